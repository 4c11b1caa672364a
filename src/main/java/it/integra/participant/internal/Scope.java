package it.integra.participant.internal;

import it.integra.participant.SharedPart;
import it.integra.platform.CurrentUser;
import it.integra.platform.Role;
import java.util.ArrayList;
import java.util.List;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Who sees whom. The authority's staff see everyone. A provider's operator sees a person while the
 * provider has them in charge (an open intake) or holds a clearance for them that is requested or
 * granted. Analysts see lists without identities and open no record.
 *
 * <p>Seeing a person is not seeing what other providers did with them: a provider reads the documents
 * its own operators or the authority attached, and its own intakes, plans and pathway; another
 * provider's only when the authority shared them on the transfer request that brought the person over.
 */
@Component
public class Scope {

    /**
     * The condition on {@code p} (participant.participant) for the provider in the parameter
     * {@code :scope}; a null scope sees everyone.
     */
    public static final String VISIBLE = """
            (CAST(:scope AS bigint) IS NULL
             OR EXISTS (SELECT 1 FROM participant.intake si
                        WHERE si.participant_id = p.id AND si.provider_id = :scope AND si.closed_on IS NULL)
             OR EXISTS (SELECT 1 FROM clearance.clearance sk
                        WHERE sk.participant_id = p.id AND sk.provider_id = :scope AND sk.status IN ('REQUESTED', 'GRANTED')))""";

    /**
     * {@link #VISIBLE} for a provider {@code :scope} that is not null, as a set rather than a test per
     * person: the provider's people are read from its intakes and clearances (indexed by provider), so
     * that a list of a million people reads only the provider's few thousand.
     */
    public static final String VISIBLE_TO_PROVIDER = """
            p.id IN (SELECT si.participant_id FROM participant.intake si
                     WHERE si.provider_id = :scope AND si.closed_on IS NULL
                     UNION ALL
                     SELECT sk.participant_id FROM clearance.clearance sk
                     WHERE sk.provider_id = :scope AND sk.status IN ('REQUESTED', 'GRANTED'))""";

    /**
     * The providers whose part of {@code :person}'s record was shared with the provider {@code :scope}
     * on a granted transfer request; {@code :part} names the part.
     */
    private static final String SHARED_FROM = """
            SELECT t.from_provider_id FROM participant.transfer_request t
            JOIN participant.transfer_share s ON s.request_id = t.id AND s.part = :part
            WHERE t.participant_id = %s AND t.to_provider_id = :scope AND t.status IN ('APPROVED', 'RELEASED')""";

    /**
     * The condition on {@code d} (participant.document) for the provider in {@code :scope}: the
     * documents the authority attached, those of its own operators, and those shared with it.
     */
    public static final String DOCUMENT_VISIBLE = "(CAST(:scope AS bigint) IS NULL OR d.provider_id IS NULL "
            + "OR d.provider_id = :scope OR d.provider_id IN (" + SHARED_FROM.formatted("d.participant_id")
            .replace(":part", "'DOCUMENTS'") + "))";

    private final JdbcClient jdbc;

    Scope(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Whether the user may open the person's record. */
    public boolean mayOpen(long participantId, CurrentUser user) {
        if (user == null || user.is(Role.ANALYST)) {
            return false;
        }
        return jdbc.sql("SELECT count(*) > 0 FROM participant.participant p WHERE p.id = :id AND " + VISIBLE)
                .param("id", participantId).param("scope", user.providerScope().orElse(null))
                .query(Boolean.class).single();
    }

    /** Whether the user may change the record: staff, or the provider that has the person in charge. */
    public boolean mayChange(long participantId, CurrentUser user) {
        if (user == null) {
            return false;
        }
        if (user.isAuthorityStaff()) {
            return true;
        }
        return user.is(Role.PROVIDER) && inCharge(participantId, user.providerId());
    }

    /**
     * The providers whose pathway (intakes, plans, hours, clearances, internships) the provider sees
     * for the person: itself, and those whose history was shared with it.
     */
    public List<Long> historyProviders(long participantId, long providerId) {
        List<Long> providers = new ArrayList<>(List.of(providerId));
        providers.addAll(jdbc.sql(SHARED_FROM.formatted(":person")).param("part", SharedPart.PATHWAY_HISTORY.name())
                .param("person", participantId).param("scope", providerId).query(Long.class).list());
        return providers.stream().distinct().toList();
    }

    /**
     * The providers the user sees the pathway of: null (all) for staff, its own and those shared for a
     * provider's operator, none for anyone else.
     */
    public List<Long> historyProviders(long participantId, CurrentUser user) {
        if (user.isAuthorityStaff()) {
            return null;
        }
        return user.providerScope().map(provider -> historyProviders(participantId, provider)).orElse(List.of());
    }

    public boolean inCharge(long participantId, long providerId) {
        return jdbc.sql("""
                        SELECT count(*) > 0 FROM participant.intake
                        WHERE participant_id = :id AND provider_id = :provider AND closed_on IS NULL""")
                .param("id", participantId).param("provider", providerId).query(Boolean.class).single();
    }
}
