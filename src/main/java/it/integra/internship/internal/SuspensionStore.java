package it.integra.internship.internal;

import it.integra.internship.Suspension;
import it.integra.internship.SuspendInternship;
import java.util.List;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** Reads and writes the suspensions of internships. */
@Component
public class SuspensionStore {

    private final JdbcClient jdbc;

    SuspensionStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public List<Suspension> of(long internshipId) {
        return jdbc.sql("""
                        SELECT id, internship_id, cause, from_date AS "from", to_date AS "to", note
                        FROM internship.suspension WHERE internship_id = :id ORDER BY from_date, id""")
                .param("id", internshipId).query(Suspension.class).list();
    }

    public long insert(SuspendInternship suspend, long userId) {
        return jdbc.sql("""
                        INSERT INTO internship.suspension (internship_id, cause, from_date, to_date, note, created_by)
                        VALUES (:internship, :cause, :from, :to, :note, :user) RETURNING id""")
                .param("internship", suspend.internshipId()).param("cause", suspend.cause().name())
                .param("from", suspend.from()).param("to", suspend.to()).param("note", suspend.note())
                .param("user", userId).query(Long.class).single();
    }
}
