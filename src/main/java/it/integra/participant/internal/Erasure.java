package it.integra.participant.internal;

import it.integra.participant.Retention;
import it.integra.platform.Identifiers;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The end of a record's retention period and its pseudonymisation. Names, tax codes (current and
 * earlier), contacts, place of birth, permit number and the free texts go; the birth date keeps its
 * year only; attachments are deleted. What the reports count (sex, citizenship, target group,
 * profile, intakes' dates, links to clearances and contracts) stays, so aggregates do not move. The
 * identifiers are read first ({@link #identifiers}), so that the copies other records keep of them can
 * be found and forgotten too.
 */
@Component
public class Erasure {

    /**
     * The retention that governs {@code p}, as a lateral subquery {@code r(reference, years)}: of the
     * calls in which the person has a clearance, the one whose closing date plus its own retention
     * comes last; with no clearance, the latest intake (its closing, or its date while open) or the
     * record's creation, plus the default retention.
     */
    private static final String GOVERNING = """
            CROSS JOIN LATERAL (
                SELECT reference, years FROM (
                    SELECT c.closes_on AS reference, c.retention_years AS years
                    FROM clearance.clearance k JOIN programme.call c ON c.id = k.call_id
                    WHERE k.participant_id = p.id
                    UNION ALL
                    SELECT coalesce((SELECT max(coalesce(i.closed_on, i.taken_on)) FROM participant.intake i
                                     WHERE i.participant_id = p.id), p.created_at::date), CAST(:years AS integer)
                    WHERE NOT EXISTS (SELECT 1 FROM clearance.clearance k WHERE k.participant_id = p.id)) candidates
                ORDER BY reference + make_interval(years => years) DESC, reference DESC
                LIMIT 1) r""";

    private static final String IN_CHARGE = """
            EXISTS (SELECT 1 FROM participant.intake i WHERE i.participant_id = p.id AND i.closed_on IS NULL)""";

    private final JdbcClient jdbc;
    private final int years;

    Erasure(JdbcClient jdbc, @Value("${integra.retention-years:10}") int years) {
        this.jdbc = jdbc;
        this.years = years;
    }

    public Retention retention(long participantId) {
        return jdbc.sql("SELECT r.reference, r.years, " + IN_CHARGE + " AS in_charge FROM participant.participant p "
                        + GOVERNING + " WHERE p.id = :id")
                .param("id", participantId).param("years", years)
                .query((rs, n) -> new Retention(rs.getObject("reference", LocalDate.class), rs.getInt("years"),
                        rs.getBoolean("in_charge")))
                .single();
    }

    /** The records whose retention has ended by {@code today} and that are not erased yet. */
    public List<Long> due(LocalDate today) {
        return jdbc.sql("SELECT p.id FROM participant.participant p " + GOVERNING + " WHERE p.erased_on IS NULL AND NOT "
                        + IN_CHARGE + " AND (r.reference + make_interval(years => r.years))::date < :today ORDER BY p.id")
                .param("years", years).param("today", today).query(Long.class).list();
    }

    /** What the person is erased into: the pseudonym that now stands for the name, and for the tax code. */
    public record Pseudonyms(String pseudonym, String taxCode) {
    }

    /**
     * The values that identify the person today: names, tax codes (current and earlier), birth date and
     * place, contacts, permit number.
     */
    public Identifiers identifiers(long participantId) {
        List<String> values = new ArrayList<>(jdbc.sql("""
                        SELECT unnest(ARRAY[tax_code, family_name, given_name, birth_date::text, birth_place, phone,
                                            email, address, permit_number])
                        FROM participant.participant WHERE id = :id""")
                .param("id", participantId).query(String.class).list());
        values.addAll(jdbc.sql("SELECT tax_code FROM participant.earlier_tax_code WHERE participant_id = :id")
                .param("id", participantId).query(String.class).list());
        return Identifiers.of(values);
    }

    public Pseudonyms erase(long participantId, LocalDate today) {
        Pseudonyms pseudonyms = jdbc.sql("""
                        UPDATE participant.participant SET tax_code = 'ANON' || substr(pseudonym, 2),
                            family_name = pseudonym, given_name = '', birth_date = make_date(extract(year FROM birth_date)::int, 1, 1),
                            birth_place = NULL, phone = NULL, email = NULL, address = NULL, permit_number = NULL,
                            qualification = NULL, work_experience = NULL, erased_on = :today, updated_at = now(),
                            version = version + 1
                        WHERE id = :id RETURNING pseudonym, tax_code""")
                .param("id", participantId).param("today", today).query(Pseudonyms.class).single();
        jdbc.sql("DELETE FROM participant.earlier_tax_code WHERE participant_id = :id").param("id", participantId).update();
        jdbc.sql("DELETE FROM participant.document WHERE participant_id = :id").param("id", participantId).update();
        jdbc.sql("UPDATE participant.intake SET action_plan = NULL, training_plan = NULL WHERE participant_id = :id")
                .param("id", participantId).update();
        jdbc.sql("""
                        UPDATE participant.transfer_request SET reason = '', decision_note = NULL, tax_code = 'ANON'
                        WHERE participant_id = :id""").param("id", participantId).update();
        return pseudonyms;
    }

    /** The default retention, for people with no clearance in any call. */
    public int years() {
        return years;
    }
}
