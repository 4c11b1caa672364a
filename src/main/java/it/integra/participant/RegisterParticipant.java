package it.integra.participant;

import java.time.LocalDate;

/**
 * Registers a person. A provider's operator takes them in charge at once, on {@code takenOn}
 * (today when null); staff register without an intake.
 */
public record RegisterParticipant(String taxCode, ParticipantData data, LocalDate takenOn) {

    public RegisterParticipant {
        taxCode = ParticipantData.clean(taxCode);
    }
}
