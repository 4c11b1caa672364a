package it.integra.participant;

/**
 * Another module's share of a person's data, for the subject-access export. Modules above
 * participants (clearances, internships, contracts) implement it; the export adds each as a section.
 */
public interface PersonalDataSource {

    /** The section's name in the export, e.g. {@code clearances}. */
    String section();

    /** The person's data kept by the module, as a JSON document. */
    String personalData(long participantId);
}
