package it.integra.internship.internal;

import it.integra.internship.ProviderTutor;
import java.util.List;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The provider's operators who may tutor internships (enabled users bound to the provider), with the
 * trainees each follows now.
 */
@Component
public class ProviderTutors {

    private final JdbcClient jdbc;

    ProviderTutors(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public List<ProviderTutor> of(long providerId) {
        return jdbc.sql("""
                        SELECT u.id, u.display_name AS name,
                               (SELECT count(*) FROM internship.internship i
                                WHERE i.provider_tutor_id = u.id AND i.status = 'ONGOING') AS ongoing
                        FROM platform.app_user u
                        WHERE u.role = 'PROVIDER' AND u.provider_id = :provider AND u.enabled
                        ORDER BY u.display_name, u.id""")
                .param("provider", providerId).query(ProviderTutor.class).list();
    }

    public boolean isOperatorOf(long userId, long providerId) {
        return jdbc.sql("""
                        SELECT count(*) > 0 FROM platform.app_user
                        WHERE id = :user AND role = 'PROVIDER' AND provider_id = :provider AND enabled""")
                .param("user", userId).param("provider", providerId).query(Boolean.class).single();
    }

    /** The trainees the operator tutors now, counted after taking a lock on the tutor. */
    public long lockAndCountOngoing(long userId) {
        jdbc.sql("SELECT pg_advisory_xact_lock(hashtext('internship.tutor:' || :user))").param("user", userId)
                .query(Object.class).list();
        return jdbc.sql("SELECT count(*) FROM internship.internship WHERE provider_tutor_id = :user AND status = 'ONGOING'")
                .param("user", userId).query(Long.class).single();
    }
}
