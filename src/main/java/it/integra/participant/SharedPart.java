package it.integra.participant;

/**
 * What the authority may share with the provider that took a person over, of the provider that had
 * them before: its attachments, or its pathway history (its intakes with their plans and plan
 * documents, and on the pathway timeline its service hours, clearances and internships).
 */
public enum SharedPart {
    DOCUMENTS, PATHWAY_HISTORY
}
