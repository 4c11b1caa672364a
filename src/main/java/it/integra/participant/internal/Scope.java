package it.integra.participant.internal;

import it.integra.platform.CurrentUser;
import it.integra.platform.Role;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Who sees whom. The authority's staff see everyone. A provider's operator sees a person while the
 * provider has them in charge (an open intake) or holds a clearance for them that is requested or
 * granted. Analysts see lists without identities and open no record.
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

    public boolean inCharge(long participantId, long providerId) {
        return jdbc.sql("""
                        SELECT count(*) > 0 FROM participant.intake
                        WHERE participant_id = :id AND provider_id = :provider AND closed_on IS NULL""")
                .param("id", participantId).param("provider", providerId).query(Boolean.class).single();
    }
}
