package it.integra.participant;

import it.integra.participant.internal.AccessLog;
import it.integra.participant.internal.ParticipantStore;
import it.integra.participant.internal.Scope;
import it.integra.participant.internal.SearchQueries;
import it.integra.platform.CurrentUser;
import it.integra.platform.Role;
import it.integra.shared.TaxCode;
import java.time.Clock;
import java.time.LocalDate;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Finding and opening people's records within the user's scope. Every record opened is written to
 * the access log: who, when, which record, how.
 */
@Service
@Transactional(readOnly = true)
public class ParticipantRecords {

    private final ParticipantStore store;
    private final SearchQueries searches;
    private final Scope scope;
    private final AccessLog log;
    private final Clock clock;

    ParticipantRecords(ParticipantStore store, SearchQueries searches, Scope scope, AccessLog log, Clock clock) {
        this.store = store;
        this.searches = searches;
        this.scope = scope;
        this.log = log;
        this.clock = clock;
    }

    /** The people the user may see that match the query, as the list page asks; see the other search. */
    @Transactional
    public Page<ParticipantSummary> search(ParticipantQuery query, Pageable pageable, CurrentUser user) {
        return search(query, pageable, user, AccessAction.SEARCH);
    }

    /**
     * The people the user may see that match the query; analysts get pseudonymous rows. A page that
     * names people is one entry of the access log, with the filter and how many people it showed;
     * pseudonymous pages and empty ones name nobody and are not logged.
     *
     * @param how {@link AccessAction#SEARCH} for the pages, {@link AccessAction#API_SEARCH} for the API
     */
    @Transactional
    public Page<ParticipantSummary> search(ParticipantQuery query, Pageable pageable, CurrentUser user,
                                           AccessAction how) {
        Page<ParticipantSummary> page = searches.search(query, pageable, user, LocalDate.now(clock));
        if (!user.is(Role.ANALYST) && page.hasContent()) {
            log.recordMany(user, how, (query.describe() + " page=" + pageable.getPageNumber()).strip(),
                    page.getNumberOfElements());
        }
        return page;
    }

    /**
     * Opens a record and logs the access.
     *
     * @throws ParticipantNotFoundException when there is no such person within the user's scope
     * @throws AccessDeniedException for analysts, who open no record
     */
    @Transactional
    public ParticipantDetails open(long id, CurrentUser user, AccessAction action) {
        if (user.is(Role.ANALYST)) {
            throw new AccessDeniedException("analysts see pseudonymous lists only");
        }
        if (!scope.mayOpen(id, user)) {
            throw new ParticipantNotFoundException(id);
        }
        ParticipantDetails person = store.byId(id).orElseThrow(() -> new ParticipantNotFoundException(id));
        log.record(id, user, action);
        return person;
    }

    /** Opens the record of the person with this current or earlier tax code, and logs the access. */
    @Transactional
    public ParticipantDetails openByTaxCode(String taxCode, CurrentUser user, AccessAction action) {
        if (user.is(Role.ANALYST)) {
            throw new AccessDeniedException("analysts see pseudonymous lists only");
        }
        if (!TaxCode.isValid(taxCode)) {
            throw new ParticipantNotFoundException(taxCode);
        }
        long id = store.idByTaxCode(TaxCode.parse(taxCode).value())
                .orElseThrow(() -> new ParticipantNotFoundException(taxCode));
        return open(id, user, action);
    }

    /** Whether the user may open the record. */
    public boolean mayOpen(long id, CurrentUser user) {
        return scope.mayOpen(id, user);
    }

    /** Whether the user may change the record: staff, or the provider that has the person in charge. */
    public boolean mayChange(long id, CurrentUser user) {
        return scope.mayChange(id, user);
    }

    /** Whether the user's provider has the person in charge. */
    public boolean inCharge(long id, CurrentUser user) {
        return user.providerScope().map(provider -> scope.inCharge(id, provider)).orElse(false);
    }
}
