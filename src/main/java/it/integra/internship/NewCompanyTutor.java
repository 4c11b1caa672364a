package it.integra.internship;

/** A company tutor to add to a host. Only the name is required. */
public record NewCompanyTutor(String name, String role, String contact) {

    public NewCompanyTutor {
        name = blankToNull(name);
        role = blankToNull(role);
        contact = blankToNull(contact);
    }

    public boolean isEmpty() {
        return name == null && role == null && contact == null;
    }

    private static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }
}
