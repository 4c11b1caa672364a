package it.integra.outcome.internal;

import java.util.Collection;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Keeps {@code outcome.internship_outcome} equal to what the contracts say about each ended internship
 * (COMPLETED or TERMINATED). Every method runs in the caller's transaction, so the facts change
 * together with the contracts or internships they are made of; a failed import leaves them as they were.
 */
@Component
public class OutcomeFacts {

    private static final String COLUMNS = """
            internship_id, participant_id, call_id, provider_id, province, region_code, status, start_date,
            end_date, host_section, first_employment_start, first_contract_type, first_contract_end,
            months_to_employment, host_employment_start, months_to_host_employment, employed_on_leaving,
            employed_at_six_months""";

    /**
     * The host's section is kept with its ATECO edition (a letter for ATECO 2007, as before editions;
     * {@code 2025-K} for ATECO 2025), so the breakdown by sector never adds the two editions' sections.
     * The facts of the ended internships that {@code condition} (on i, the internship, or k, its
     * clearance) selects, computed from scratch in one pass over their participants' employment
     * contracts. Contracts that ended before the internship did say nothing about it and are left out of
     * the join. The first contract (earliest start, then lowest communication id) is found in the same
     * pass as the least of a byte-ordered key, start date, communication id, type and end date joined by
     * a control character; a second pass over the contracts would cost more than the rest together. The
     * two dates each contract is compared with (28 days and six months after the end) are computed once
     * per internship, not once per contract.
     */
    private static String compute(String condition) {
        return """
                SELECT a.id, a.participant_id, a.call_id, a.provider_id, a.province, a.region_code, a.status,
                       a.start_date, a.end_date, a.host_section, a.first_start,
                       nullif(split_part(a.first, chr(1), 3), ''),
                       CAST(nullif(split_part(a.first, chr(1), 4), '') AS date),
                       outcome.months_until(a.end_date, a.first_start), a.host_start,
                       outcome.months_until(a.end_date, a.host_start), a.on_leaving, a.at_six_months
                FROM (
                    SELECT i.id, i.participant_id, i.call_id, i.provider_id, i.province, i.region_code, i.status,
                           i.start_date, i.end_date, i.host_section,
                           min(c.start_date) FILTER (WHERE c.start_date >= i.end_date) AS first_start,
                           min((to_char(c.start_date, 'YYYYMMDD') || chr(1) || c.communication_id || chr(1)
                                || c.contract_type || chr(1) || coalesce(to_char(c.end_date, 'YYYY-MM-DD'), ''))
                               COLLATE "C") FILTER (WHERE c.start_date >= i.end_date) AS first,
                           min(c.start_date) FILTER (WHERE c.start_date >= i.end_date
                                                       AND c.employer_tax_code = i.host_tax_code) AS host_start,
                           coalesce(bool_or(c.start_date <= i.leaving), false) AS on_leaving,
                           coalesce(bool_or(c.start_date <= i.six_months
                                            AND (c.end_date IS NULL OR c.end_date >= i.six_months)), false)
                               AS at_six_months
                    FROM (SELECT i.id, k.participant_id, k.call_id, k.provider_id, k.province, k.region_code,
                                 i.status, i.start_date, i.end_date,
                                 CASE WHEN i.host_ateco_edition = 2007 THEN i.host_section::text
                                      ELSE i.host_ateco_edition || '-' || i.host_section END AS host_section,
                                 i.host_tax_code,
                                 i.end_date + 28 AS leaving, CAST(i.end_date + interval '6 months' AS date) AS six_months
                          FROM internship.internship i
                          JOIN clearance.clearance k ON k.id = i.clearance_id
                          WHERE i.status IN ('COMPLETED', 'TERMINATED') AND %s) i
                    LEFT JOIN outcome.contract c ON c.participant_id = i.participant_id AND c.employment
                                                AND (c.end_date IS NULL OR c.end_date >= i.end_date)
                    GROUP BY i.id, i.participant_id, i.call_id, i.provider_id, i.province, i.region_code, i.status,
                             i.start_date, i.end_date, i.host_section) a""".formatted(condition);
    }

    private final JdbcClient jdbc;

    private final BulkThreshold bulk;

    OutcomeFacts(JdbcClient jdbc, BulkThreshold bulk) {
        this.jdbc = jdbc;
        this.bulk = bulk;
    }

    /**
     * Recomputes the facts of every internship of the participants that {@code participantIds} (a
     * query with one column of participant ids) returns: their contracts changed.
     */
    @Transactional(propagation = Propagation.MANDATORY)
    public int refreshParticipants(String participantIds) {
        int deleted = jdbc.sql("DELETE FROM outcome.internship_outcome WHERE participant_id IN (" + participantIds + ")")
                .update();
        // rewriting many facts, building the indexes again costs less than inserting through them (each key
        // also checked against the row just deleted)
        SuspendedIndexes indexes = bulk.applies(jdbc, "outcome.internship_outcome", deleted)
                ? SuspendedIndexes.of(jdbc, "outcome.internship_outcome") : null;
        int inserted = jdbc.sql("INSERT INTO outcome.internship_outcome (" + COLUMNS + ") "
                + compute("k.participant_id IN (" + participantIds + ")")).update();
        if (indexes != null) {
            indexes.rebuild();
        }
        return inserted;
    }

    /** Recomputes the facts of these internships: they were created or changed. */
    @Transactional(propagation = Propagation.MANDATORY)
    public int refreshInternships(Collection<Long> internshipIds) {
        if (internshipIds.isEmpty()) {
            return 0;
        }
        Long[] ids = internshipIds.toArray(Long[]::new);
        jdbc.sql("DELETE FROM outcome.internship_outcome WHERE internship_id = ANY(:ids)").param("ids", ids).update();
        return jdbc.sql("INSERT INTO outcome.internship_outcome (" + COLUMNS + ") " + compute("i.id = ANY(:ids)"))
                .param("ids", ids).update();
    }

    /**
     * Recomputes every fact from scratch, for example after clearances were re-keyed or most contracts
     * rewritten by an import. PostgreSQL plans no parallel workers for an INSERT, but does for a CREATE
     * TABLE AS: the facts are computed into a temporary table on both cores (costed as cheap to share,
     * which the planner otherwise doubts for a few hundred thousand groups: 4 s alone against 3 s on two
     * cores at 135,000 facts) and copied from it into the emptied table, whose indexes are built afterwards.
     * Emptying takes the table's exclusive lock, as suspending its indexes does, until the transaction ends.
     */
    @Transactional
    public int rebuild() {
        SuspendedIndexes indexes = SuspendedIndexes.of(jdbc, "outcome.internship_outcome");
        jdbc.sql("TRUNCATE outcome.internship_outcome").update();
        jdbc.sql("DROP TABLE IF EXISTS recomputed_outcome").update();
        String costs = jdbc.sql("SELECT current_setting('parallel_setup_cost') || ' ' || current_setting('parallel_tuple_cost')")
                .query(String.class).single();
        parallelCosts("0", "0");
        jdbc.sql("CREATE TEMPORARY TABLE recomputed_outcome (" + COLUMNS + ") ON COMMIT DROP AS " + compute("true"))
                .update();
        parallelCosts(costs.split(" ")[0], costs.split(" ")[1]);
        int inserted = jdbc.sql("INSERT INTO outcome.internship_outcome (" + COLUMNS + ") SELECT * FROM recomputed_outcome")
                .update();
        jdbc.sql("DROP TABLE recomputed_outcome").update();
        indexes.rebuild();
        return inserted;
    }

    /** The planner's price of starting workers and of passing them a row, until the transaction ends. */
    private void parallelCosts(String setup, String tuple) {
        jdbc.sql("SELECT set_config('parallel_setup_cost', :setup, true), set_config('parallel_tuple_cost', :tuple, true)")
                .param("setup", setup).param("tuple", tuple).query().singleRow();
    }
}
