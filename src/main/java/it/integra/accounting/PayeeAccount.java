package it.integra.accounting;

/** A payee with the account payments go to; {@code iban} is null until someone enters it. */
public record PayeeAccount(PayeeKind kind, long id, String name, String taxCode, String iban, int version) {

    public boolean hasIban() {
        return iban != null;
    }
}
