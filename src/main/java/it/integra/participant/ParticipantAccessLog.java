package it.integra.participant;

import it.integra.participant.internal.AccessLog;
import it.integra.platform.CurrentUser;
import java.util.Collection;
import java.util.Objects;
import java.util.stream.Collectors;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The access log as the other modules write to it: every page of theirs that shows a named person's
 * data (a clearance, an internship, an IBAN, a pathway, a history) and every bulk export that names
 * people. Reads are written in the caller's transaction, or in one of their own.
 */
@Service
@Transactional
public class ParticipantAccessLog {

    private final AccessLog log;

    ParticipantAccessLog(AccessLog log) {
        this.log = log;
    }

    /**
     * A read of the person's data on {@code target}, a record of theirs that is not their own record
     * (e.g. {@code clearance/42}). Nothing is written for a person that does not exist.
     *
     * @throws IllegalArgumentException when {@code action} is not a read of one person
     */
    public void read(long participantId, CurrentUser user, AccessAction action, String target) {
        log.record(participantId, user, action, target);
    }

    /**
     * A search or export that showed {@code people} named people, asked with {@code filter}: one entry
     * per request, not one per person. Nothing is written when it named nobody.
     *
     * @throws IllegalArgumentException when {@code action} is a read of one person
     */
    public void readMany(CurrentUser user, AccessAction action, String filter, long people) {
        readMany(user, action, null, filter, people);
    }

    /** The same, on the list {@code list} (e.g. {@code clearances}). */
    public void readMany(CurrentUser user, AccessAction action, String list, String filter, long people) {
        if (people > 0) {
            log.recordMany(user, action, list, filter, people);
        }
    }

    /**
     * A filter as the log keeps it, from names and values in turn: {@code filter("q", "rossi", "call",
     * null)} is {@code q=rossi}. Empty values are left out; a list is joined with commas.
     */
    public static String filter(Object... namesAndValues) {
        StringBuilder text = new StringBuilder();
        for (int i = 0; i + 1 < namesAndValues.length; i += 2) {
            String value = namesAndValues[i + 1] instanceof Collection<?> list
                    ? list.stream().map(String::valueOf).collect(Collectors.joining(","))
                    : Objects.toString(namesAndValues[i + 1], "");
            if (!value.isBlank()) {
                text.append(namesAndValues[i]).append('=').append(value.strip()).append(' ');
            }
        }
        return text.toString().strip();
    }
}
