package it.integra.participant.internal;

import it.integra.participant.ParticipantQuery;
import it.integra.participant.ParticipantSummary;
import it.integra.participant.PermitAlert;
import it.integra.platform.CurrentUser;
import it.integra.platform.Role;
import java.time.LocalDate;
import java.util.List;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageImpl;
import org.springframework.data.domain.Pageable;
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

    private static final String ROWS = """
            SELECT p.id, p.pseudonym,
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
                    AS status, lower(p.family_name) AS family_key, lower(p.given_name) AS given_key
            FROM participant.participant p
            WHERE """ + Scope.VISIBLE + """
              AND (CAST(:text AS text) IS NULL
                   OR (:masked AND p.pseudonym = upper(:text))
                   OR (NOT :masked AND (p.tax_code LIKE :codePrefix
                       OR EXISTS (SELECT 1 FROM participant.earlier_tax_code e
                                  WHERE e.participant_id = p.id AND e.tax_code LIKE :codePrefix)
                       OR participant.fold(p.family_name || ' ' || p.given_name) LIKE participant.fold(:pattern)
                       OR participant.fold(p.given_name || ' ' || p.family_name) LIKE participant.fold(:pattern))))
              AND (CAST(:call AS text) IS NULL OR EXISTS (
                   SELECT 1 FROM clearance.clearance k JOIN programme.call c ON c.id = k.call_id
                   WHERE k.participant_id = p.id AND c.code = :call
                     AND (CAST(:scope AS bigint) IS NULL OR k.provider_id = :scope)))
              AND (CAST(:provider AS text) IS NULL
                   OR EXISTS (SELECT 1 FROM participant.intake i JOIN provider.provider pr ON pr.id = i.provider_id
                              WHERE i.participant_id = p.id AND i.closed_on IS NULL AND pr.code = :provider)
                   OR EXISTS (SELECT 1 FROM clearance.clearance k JOIN provider.provider pr ON pr.id = k.provider_id
                              WHERE k.participant_id = p.id AND k.status IN ('REQUESTED', 'GRANTED') AND pr.code = :provider))
              AND (CAST(:region AS text) IS NULL OR EXISTS (
                   SELECT 1 FROM clearance.clearance kr WHERE kr.participant_id = p.id AND kr.region_code = :region))
              AND (CAST(:group AS text) IS NULL OR p.target_group = :group)
              AND (NOT :alerts OR (p.permit_expires_on <= :warnUntil AND p.erased_on IS NULL))""";

    private static final String FILTERED = "SELECT * FROM (" + ROWS + ") r WHERE (CAST(:status AS text) IS NULL OR r.status = :status)";

    private final JdbcClient jdbc;

    SearchQueries(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public Page<ParticipantSummary> search(ParticipantQuery query, Pageable pageable, CurrentUser user, LocalDate today) {
        boolean masked = user.is(Role.ANALYST);
        long total = bind("SELECT count(*) FROM (" + FILTERED + ") c", query, user, today).query(Long.class).single();
        String order = masked ? " ORDER BY pseudonym" : " ORDER BY family_key, given_key, id";
        List<ParticipantSummary> rows = bind(FILTERED + order + " LIMIT :limit OFFSET :offset", query, user, today)
                .param("limit", pageable.getPageSize()).param("offset", pageable.getOffset())
                .query(ParticipantSummary.class).list();
        return new PageImpl<>(rows, pageable, total);
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
                .param("alerts", query.alertsOnly())
                .param("warnUntil", today.plusDays(PermitAlert.WARNING_DAYS));
    }

    private static String escapeLike(String text) {
        return text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
    }
}
