package it.integra.participant;

import it.integra.participant.internal.AccessLog;
import it.integra.platform.CurrentUser;
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
        if (people > 0) {
            log.recordMany(user, action, filter, people);
        }
    }
}
