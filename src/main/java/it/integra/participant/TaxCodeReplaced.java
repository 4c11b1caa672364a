package it.integra.participant;

/** A person's tax code was replaced (usually the provisional code by the definitive one). */
public record TaxCodeReplaced(long participantId, String earlierTaxCode, String taxCode) {
}
