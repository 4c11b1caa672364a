package it.integra.participant;

import it.integra.shared.CefrLevel;
import java.time.LocalDate;
import java.util.Objects;

/** A certificate of Italian at a CEFR level; the date is unknown for levels that came by import. */
public record LanguageCertificate(CefrLevel level, LocalDate obtainedOn) {

    public LanguageCertificate {
        Objects.requireNonNull(level, "level");
    }
}
