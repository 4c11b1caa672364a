package it.integra.platform;

import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Optional;

/**
 * The one way to say "someone else got there first": the record changed between the moment the user saw
 * it and the moment the change arrived (a second click on the same button, two officers on the same
 * request). It names who changed the record last and when, as the audit trail has it, so the user reads
 * "already decided by Maria Rossi on 07/12/2026 at 10:42" rather than an error. Answered 409 on the API
 * and as a notice on the record's page; see {@link AuditTrail#changedMeanwhile}. Not a
 * {@link ViolationException}: nothing in the request is wrong, and no form has a place for it.
 */
public class ChangedMeanwhile extends RuntimeException {

    /** Message with who (0), the day (1) and the time (2) of the last change. */
    public static final String CODE = "changed.meanwhile";

    /** Message without who and when, for a record whose last change left no trace to name. */
    public static final String UNKNOWN = "changed.meanwhile.unknown";

    /** Dates and times are shown as in Italy, where the authority is, in every language. */
    private static final ZoneId ZONE = ZoneId.of("Europe/Rome");
    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("dd/MM/yyyy");
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm");

    private final String actor;
    private final OffsetDateTime at;

    /** Changed by this person (their name as shown) at this time. */
    public ChangedMeanwhile(String actor, OffsetDateTime at) {
        super("changed meanwhile" + (at == null ? "" : " (last change " + at.toInstant() + ")"));
        this.actor = actor;
        this.at = at;
    }

    /** Changed by someone, when is not known. */
    public static ChangedMeanwhile unknown() {
        return new ChangedMeanwhile(null, null);
    }

    public Optional<String> actor() {
        return Optional.ofNullable(actor);
    }

    public Optional<OffsetDateTime> at() {
        return Optional.ofNullable(at);
    }

    /** What the user reads: the message key and its arguments. */
    public Violation violation() {
        if (actor == null || at == null) {
            return Violation.of("", UNKNOWN);
        }
        var local = at.atZoneSameInstant(ZONE);
        return Violation.of("", CODE, actor, local.format(DAY), local.format(TIME));
    }
}
