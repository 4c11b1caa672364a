package it.integra.programme;

/** Creates a draft call of a programme, with a copy of the programme's model. */
public record CreateCall(String code, String programme, CallTerms terms) {
}
