package it.integra.programme;

/** Filters of the call list; null means any. */
public record CallQuery(String text, String programme, CallStatus status) {

    public CallQuery {
        text = text == null || text.isBlank() ? null : text.strip();
        programme = programme == null || programme.isBlank() ? null : programme;
    }
}
