package it.integra.participant;

import java.time.LocalDate;

/** A tax code the person had before, usually the provisional one, and when it was replaced. */
public record EarlierTaxCode(String taxCode, LocalDate replacedOn) {
}
