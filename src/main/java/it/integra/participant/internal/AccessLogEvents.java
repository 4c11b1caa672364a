package it.integra.participant.internal;

import it.integra.interchange.PeopleExported;
import it.integra.participant.AccessAction;
import it.integra.participant.ParticipantManagement;
import it.integra.platform.HistoryRead;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Reads announced by the modules below this one, which cannot write the access log themselves: the
 * history of a person's record (platform) and exports that name people (interchange). Each module
 * above announces reads of its own records through {@link it.integra.participant.ParticipantAccessLog}.
 */
@Component
class AccessLogEvents {

    private final AccessLog log;

    AccessLogEvents(AccessLog log) {
        this.log = log;
    }

    @EventListener
    @Transactional
    void on(HistoryRead read) {
        if (ParticipantManagement.AUDIT_TYPE.equals(read.entityType())) {
            log.record(read.entityId(), read.user(), AccessAction.HISTORY, read.target());
        }
    }

    @EventListener
    @Transactional
    void on(PeopleExported export) {
        if (export.people() > 0) {
            log.recordMany(export.user(), AccessAction.DATASET_EXPORT, export.filter(), export.people());
        }
    }
}
