package it.integra.participant.internal;

import it.integra.participant.ParticipantQuery;
import it.integra.participant.ParticipantSummary;
import it.integra.participant.PermitAlert;
import it.integra.platform.CurrentUser;
import it.integra.platform.ListTotal;
import it.integra.platform.Role;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.jdbc.core.DataClassRowMapper;
import org.springframework.jdbc.core.RowMapper;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The participants' list as SQL: scoped to what the user may see, filtered, one page at a time.
 * For analysts the identities are masked in the query itself, and they can look for a pseudonym only
 * (a search by name or tax code would tell them whether a known person is in the programmes). An
 * analyst bound to a region lists only the people with a clearance in that region (the territory of a
 * pathway is its clearance's province, as in the reports).
 */
@Component
public class SearchQueries {

    private static final String STATUS = """
            CASE WHEN p.erased_on IS NOT NULL THEN 'ERASED'
                 WHEN EXISTS (SELECT 1 FROM clearance.clearance k WHERE k.participant_id = p.id AND k.status = 'GRANTED')
                     THEN 'CLEARANCE_GRANTED'
                 WHEN EXISTS (SELECT 1 FROM clearance.clearance k WHERE k.participant_id = p.id AND k.status = 'REQUESTED')
                     THEN 'CLEARANCE_REQUESTED'
                 WHEN EXISTS (SELECT 1 FROM participant.intake i WHERE i.participant_id = p.id AND i.closed_on IS NULL)
                     THEN 'IN_CHARGE'
                 ELSE 'REGISTERED' END""";

    /**
     * The columns of a listed person ({@code page}: the ids of one page of people), computed for the page
     * only; the total of the people a text found ({@code matches}) comes with them, or else a null.
     */
    private static final String COLUMNS = """
            SELECT %s AS matched, p.id, p.pseudonym,
                   CASE WHEN :masked THEN NULL ELSE p.tax_code END AS tax_code,
                   CASE WHEN :masked THEN NULL ELSE p.family_name END AS family_name,
                   CASE WHEN :masked THEN NULL ELSE p.given_name END AS given_name,
                   CASE WHEN :masked THEN NULL ELSE extract(year FROM p.birth_date)::int END AS birth_year,
                   p.citizenship, p.target_group, p.permit_expires_on,
                   (SELECT max(i.did_on) FROM participant.intake i WHERE i.participant_id = p.id AND i.closed_on IS NULL
                      AND (CAST(:scope AS bigint) IS NULL OR i.provider_id = :scope)) AS did_on,
                   CASE WHEN CAST(:scope AS bigint) IS NULL AND NOT :masked THEN
                       (SELECT string_agg(pr.code, ', ' ORDER BY pr.code) FROM participant.intake i
                        JOIN provider.provider pr ON pr.id = i.provider_id
                        WHERE i.participant_id = p.id AND i.closed_on IS NULL) END AS providers,
                   """ + STATUS + """
                    AS status
            FROM page JOIN participant.participant p ON p.id = page.id""";

    /** A part of the name (either order, folded), or the beginning of a tax code, current or earlier. */
    private static final String TEXT = """
            (p.tax_code LIKE :codePrefix
             OR p.id = ANY (ARRAY(SELECT e.participant_id FROM participant.earlier_tax_code e
                                  WHERE e.tax_code LIKE :codePrefix))
             OR participant.fold(p.family_name || ' ' || p.given_name) LIKE participant.fold(:pattern)
             OR participant.fold(p.given_name || ' ' || p.family_name) LIKE participant.fold(:pattern))""";

    private static final String ORDER = " ORDER BY lower(p.family_name), lower(p.given_name), p.id";
    private static final String MASKED_ORDER = " ORDER BY p.pseudonym";

    /** The length from which a text has trigrams (pg_trgm's), and so an index that finds it. */
    private static final int TRIGRAM = 3;

    private final JdbcClient jdbc;

    SearchQueries(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /**
     * One page of the people the user sees that match the query, in the list's order, with its total as
     * {@link ListTotal} counts it. The conditions are only those of the filters given, so that each one
     * can use its index; the columns that need other tables are computed for the page's rows only.
     * Without a text the page is read along the index in the list's order. The people a text finds are
     * read through the text's indexes and sorted: their names cluster in the order ("okon" under O), so
     * looking for them along it could read most of the list before the first page is full. A text of one
     * or two letters has no trigram and is looked for along the order. The people a text found are
     * counted exactly along with the page; the other lists count with {@link ListTotal#countOf}.
     */
    public Page<ParticipantSummary> search(ParticipantQuery query, Pageable pageable, CurrentUser user, LocalDate today) {
        String where = conditions(query, user);
        String matching = "SELECT p.id FROM participant.participant p WHERE " + where;
        String order = user.is(Role.ANALYST) ? MASKED_ORDER : ORDER;
        boolean text = query.text() != null && query.text().length() >= TRIGRAM;
        String page = text
                ? "WITH matches AS MATERIALIZED (SELECT p.id, p.family_name, p.given_name, p.pseudonym "
                        + "FROM participant.participant p WHERE " + where + "), "
                        + "page AS MATERIALIZED (SELECT p.id FROM matches p" + order + " LIMIT :limit OFFSET :offset) "
                : "WITH page AS MATERIALIZED (" + matching + order + " LIMIT :limit OFFSET :offset) ";
        String columns = COLUMNS.formatted(text ? "(SELECT count(*) FROM matches)" : "CAST(NULL AS bigint)");
        List<Long> matched = new ArrayList<>();
        RowMapper<ParticipantSummary> summary = new DataClassRowMapper<>(ParticipantSummary.class);
        List<ParticipantSummary> rows = bind(page + columns + order, query, user, today)
                .param("limit", ListTotal.limit(pageable)).param("offset", pageable.getOffset())
                .query((rs, n) -> {
                    matched.add(rs.getObject("matched", Long.class));
                    return summary.mapRow(rs, n);
                }).list();
        if (text && !matched.isEmpty()) {
            return ListTotal.pageOfKnownTotal(rows, pageable, matched.get(0));
        }
        long counted = bind(ListTotal.countOf(matching), query, user, today).query(Long.class).single();
        return ListTotal.page(rows, pageable, counted);
    }

    private static String conditions(ParticipantQuery query, CurrentUser user) {
        List<String> where = new ArrayList<>();
        if (user.providerScope().isPresent()) {
            where.add(Scope.VISIBLE_TO_PROVIDER);
        }
        if (query.text() != null) {
            where.add(user.is(Role.ANALYST) ? "p.pseudonym = upper(:text)" : TEXT);
        }
        if (query.callCode() != null) {
            where.add("""
                    EXISTS (SELECT 1 FROM clearance.clearance k JOIN programme.call c ON c.id = k.call_id
                            WHERE k.participant_id = p.id AND c.code = :call
                              AND (CAST(:scope AS bigint) IS NULL OR k.provider_id = :scope))""");
        }
        if (query.providerCode() != null) {
            where.add("""
                    (EXISTS (SELECT 1 FROM participant.intake i JOIN provider.provider pr ON pr.id = i.provider_id
                             WHERE i.participant_id = p.id AND i.closed_on IS NULL AND pr.code = :provider)
                     OR EXISTS (SELECT 1 FROM clearance.clearance k JOIN provider.provider pr ON pr.id = k.provider_id
                                WHERE k.participant_id = p.id AND k.status IN ('REQUESTED', 'GRANTED')
                                  AND pr.code = :provider))""");
        }
        if (user.regionScope().isPresent()) {
            where.add("EXISTS (SELECT 1 FROM clearance.clearance kr WHERE kr.participant_id = p.id AND kr.region_code = :region)");
        }
        if (query.targetGroup() != null) {
            where.add("p.target_group = :group");
        }
        if (query.alertsOnly()) {
            where.add("p.permit_expires_on <= :warnUntil AND p.erased_on IS NULL");
        }
        if (query.status() != null) {
            where.add("(" + STATUS + ") = :status");
        }
        return where.isEmpty() ? "true" : String.join("\n  AND ", where);
    }

    private JdbcClient.StatementSpec bind(String sql, ParticipantQuery query, CurrentUser user, LocalDate today) {
        String text = query.text();
        return jdbc.sql(sql)
                .param("masked", user.is(Role.ANALYST))
                .param("scope", user.providerScope().orElse(null))
                .param("region", user.regionScope().orElse(null))
                .param("text", text)
                .param("codePrefix", text == null ? null : escapeLike(text.toUpperCase(java.util.Locale.ROOT)) + "%")
                .param("pattern", text == null ? null : "%" + escapeLike(text) + "%")
                .param("call", query.callCode())
                .param("provider", query.providerCode())
                .param("group", query.targetGroup() == null ? null : query.targetGroup().name())
                .param("status", query.status() == null ? null : query.status().name())
                .param("warnUntil", today.plusDays(PermitAlert.WARNING_DAYS));
    }

    private static String escapeLike(String text) {
        return text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
    }
}
