package it.integra.monitoring.internal;

import it.integra.monitoring.Figure.Unit;

/**
 * The columns of a page of records behind a figure, read from the matching rows {@code m}: one row per
 * pathway, or the rows of one provider or one participant gathered. Names only when the reader may
 * see them: otherwise the query does not read them at all.
 */
final class FigureRows {

    private FigureRows() {
    }

    static String select(Unit unit, boolean names) {
        String name = names ? "pa.family_name || ' ' || pa.given_name" : "CAST(NULL AS text)";
        return switch (unit) {
            case PATHWAY -> "SELECT m.provider_id, pr.name, m.participant_id, pa.pseudonym, " + name
                    + ", m.call_code, m.province, m.on_date, m.decided_on, m.start_date, m.end_date, m.status,"
                    + " m.internship_status, m.clearance_id, m.clearance_code, m.internship_id, m.internship_code, 1";
            case PROVIDER -> "SELECT m.provider_id, pr.name, CAST(NULL AS bigint), CAST(NULL AS text), CAST(NULL AS text), "
                    + gathered() + ", CAST(NULL AS date), CAST(NULL AS date), " + statuses()
                    + ", CAST(NULL AS bigint), CAST(NULL AS text), CAST(NULL AS bigint), CAST(NULL AS text), count(*)";
            case PARTICIPANT -> "SELECT CAST(NULL AS bigint), string_agg(DISTINCT pr.name, ', ' ORDER BY pr.name), "
                    + "m.participant_id, pa.pseudonym, min(" + name + "), " + gathered()
                    + ", min(m.start_date), max(m.end_date), " + statuses()
                    + ", CAST(NULL AS bigint), CAST(NULL AS text), CAST(NULL AS bigint), CAST(NULL AS text), count(*)";
        };
    }

    static String joins() {
        return " JOIN provider.provider pr ON pr.id = m.provider_id"
                + " LEFT JOIN participant.participant pa ON pa.id = m.participant_id";
    }

    /**
     * The ids of one page of providers or people, in the list's order, each with at least one matching
     * row: the page is found by walking them in order and stopping when it is full, instead of
     * gathering every matching row first.
     */
    static String page(Unit unit, String matching) {
        return switch (unit) {
            case PROVIDER -> "SELECT x.id FROM provider.provider x WHERE EXISTS (SELECT 1 FROM " + matching
                    + " WHERE m.provider_id = x.id) ORDER BY x.name, x.id";
            case PARTICIPANT -> "SELECT x.id FROM participant.participant x WHERE EXISTS (SELECT 1 FROM " + matching
                    + " WHERE m.participant_id = x.id) ORDER BY x.pseudonym, x.id";
            case PATHWAY -> throw new IllegalArgumentException("pathways are listed one per row");
        };
    }

    /** The grouping and a stable order: newest pathways first, providers by name, participants by code. */
    static String grouping(Unit unit) {
        return switch (unit) {
            case PATHWAY -> " ORDER BY m.on_date DESC, m.clearance_id DESC";
            case PROVIDER -> " GROUP BY m.provider_id, pr.name ORDER BY pr.name, m.provider_id";
            case PARTICIPANT -> " GROUP BY m.participant_id, pa.pseudonym ORDER BY pa.pseudonym, m.participant_id";
        };
    }

    private static String gathered() {
        return "string_agg(DISTINCT m.call_code, ', ' ORDER BY m.call_code), "
                + "string_agg(DISTINCT m.province, ', ' ORDER BY m.province), min(m.on_date), max(m.decided_on)";
    }

    private static String statuses() {
        return "string_agg(DISTINCT m.status, ', ' ORDER BY m.status), "
                + "string_agg(DISTINCT m.internship_status, ', ' ORDER BY m.internship_status)";
    }
}
