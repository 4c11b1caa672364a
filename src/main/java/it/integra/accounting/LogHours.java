package it.integra.accounting;

import it.integra.shared.ServiceArea;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

/**
 * A provider's operator logs a service session: hours in one area on one day, for one pathway or, for
 * a group session, for many at once (all are logged or none). Missing values are reported by the
 * rules, not here, so that a form shows every problem at once.
 *
 * @param operatorId the provider's operator who delivered the session
 */
public record LogHours(List<PathwayRef> pathways, ServiceArea area, LocalDate deliveredOn, BigDecimal hours,
                       DeliveryMode mode, Long operatorId, String note) {

    public LogHours {
        pathways = pathways == null ? List.of() : pathways.stream().distinct().toList();
        note = note == null || note.isBlank() ? null : note.strip();
    }

    public boolean isGroup() {
        return pathways.size() > 1;
    }
}
