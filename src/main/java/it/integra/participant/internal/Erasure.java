package it.integra.participant.internal;

import it.integra.participant.Retention;
import java.time.LocalDate;
import java.util.List;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The end of a record's retention period and its pseudonymisation. Names, tax codes (current and
 * earlier), contacts, place of birth, permit number and the free texts go; the birth date keeps its
 * year only; attachments are deleted. What the reports count (sex, citizenship, target group,
 * profile, intakes' dates, links to clearances and contracts) stays, so aggregates do not move.
 */
@Component
public class Erasure {

    /** The date the retention period counts from, for {@code p}. */
    private static final String REFERENCE = """
            coalesce(greatest(
                (SELECT max(c.closes_on) FROM clearance.clearance k JOIN programme.call c ON c.id = k.call_id
                 WHERE k.participant_id = p.id),
                (SELECT max(coalesce(i.closed_on, i.taken_on)) FROM participant.intake i WHERE i.participant_id = p.id)),
                p.created_at::date)""";

    private static final String IN_CHARGE = """
            EXISTS (SELECT 1 FROM participant.intake i WHERE i.participant_id = p.id AND i.closed_on IS NULL)""";

    private final JdbcClient jdbc;
    private final int years;

    Erasure(JdbcClient jdbc, @Value("${integra.retention-years:10}") int years) {
        this.jdbc = jdbc;
        this.years = years;
    }

    public Retention retention(long participantId) {
        return jdbc.sql("SELECT " + REFERENCE + " AS reference, " + IN_CHARGE
                        + " AS in_charge FROM participant.participant p WHERE p.id = :id")
                .param("id", participantId)
                .query((rs, n) -> new Retention(rs.getObject("reference", LocalDate.class), years,
                        rs.getBoolean("in_charge")))
                .single();
    }

    /** The records whose retention has ended by {@code today} and that are not erased yet. */
    public List<Long> due(LocalDate today) {
        return jdbc.sql("SELECT p.id FROM participant.participant p WHERE p.erased_on IS NULL AND NOT " + IN_CHARGE
                        + " AND (" + REFERENCE + " + make_interval(years => :years))::date < :today ORDER BY p.id")
                .param("years", years).param("today", today).query(Long.class).list();
    }

    public void erase(long participantId, LocalDate today) {
        jdbc.sql("""
                        UPDATE participant.participant SET tax_code = 'ANON' || substr(pseudonym, 2),
                            family_name = pseudonym, given_name = '', birth_date = make_date(extract(year FROM birth_date)::int, 1, 1),
                            birth_place = NULL, phone = NULL, email = NULL, address = NULL, permit_number = NULL,
                            qualification = NULL, work_experience = NULL, erased_on = :today, updated_at = now(),
                            version = version + 1
                        WHERE id = :id""")
                .param("id", participantId).param("today", today).update();
        jdbc.sql("DELETE FROM participant.earlier_tax_code WHERE participant_id = :id").param("id", participantId).update();
        jdbc.sql("DELETE FROM participant.document WHERE participant_id = :id").param("id", participantId).update();
        jdbc.sql("UPDATE participant.intake SET action_plan = NULL, training_plan = NULL WHERE participant_id = :id")
                .param("id", participantId).update();
    }

    public int years() {
        return years;
    }
}
