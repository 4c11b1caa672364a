package it.integra.participant;

import java.time.LocalDate;

/** The few facts about a person that other modules need: who, born when, in which target group. */
public record ParticipantCard(long id, String taxCode, String familyName, String givenName, String sex,
                              LocalDate birthDate, String citizenship, String targetGroup) {

    public String fullName() {
        return familyName + " " + givenName;
    }
}
