package it.integra.provider;

/**
 * How to reach a provider: e-mail, telephone and certified e-mail (PEC), each optional. Text is
 * trimmed and empty values become null.
 */
public record ProviderContacts(String email, String phone, String pec) {

    public ProviderContacts {
        email = Text.orNull(email);
        phone = Text.orNull(phone);
        pec = Text.orNull(pec);
    }

    public static ProviderContacts none() {
        return new ProviderContacts(null, null, null);
    }
}
