package it.integra.internship;

/** An operator of the provider who may tutor an internship, with the trainees they follow now. */
public record ProviderTutor(long id, String name, long ongoing) {
}
