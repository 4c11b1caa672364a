package it.integra.internship;

/** A company tutor of a host: who, in which role, how to reach them; inactive once they left. */
public record CompanyTutor(long id, long hostId, String name, String role, String contact, boolean active) {
}
