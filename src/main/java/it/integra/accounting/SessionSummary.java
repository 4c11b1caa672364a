package it.integra.accounting;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

/** A logged session as the list of hours shows it: one line, whatever the number of people (named in {@code names}). */
public record SessionSummary(long sessionId, LocalDate deliveredOn, String area, BigDecimal hours, String mode,
                             String operator, String note, long people, String names, String providerName,
                             List<Long> participantIds) {

    public SessionSummary {
        participantIds = List.copyOf(participantIds);
    }

    public boolean group() {
        return people > 1;
    }
}
