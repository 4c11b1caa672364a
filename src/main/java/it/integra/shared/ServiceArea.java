package it.integra.shared;

/** The areas of the intervention models' services. */
public enum ServiceArea {
    INTAKE, SPECIALIST_GUIDANCE, TRAINING, TUTORING, JOB_SEARCH_GUIDANCE, COVID_GUIDANCE
}
