package it.integra.participant;

/**
 * A provider tried to take in charge a person another provider has in charge: it must ask for a
 * transfer instead. Carries only the tax code the provider gave, nothing of the record.
 */
public class InChargeElsewhereException extends RuntimeException {

    private final String taxCode;
    private final ChargeSituation situation;

    public InChargeElsewhereException(String taxCode, ChargeSituation situation) {
        super("the person is in charge of another provider: " + situation, null, false, false);
        this.taxCode = taxCode;
        this.situation = situation;
    }

    public String taxCode() {
        return taxCode;
    }

    public ChargeSituation situation() {
        return situation;
    }
}
