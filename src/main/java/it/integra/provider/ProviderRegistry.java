package it.integra.provider;

import it.integra.platform.CurrentUser;
import it.integra.provider.internal.ProviderStore;
import java.util.List;
import java.util.Optional;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageImpl;
import org.springframework.data.domain.Pageable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Reads the provider registry within the user's scope: a provider's operator sees only its own
 * provider; everyone else sees them all.
 */
@Service
@Transactional(readOnly = true)
public class ProviderRegistry {

    private static final String FILTER = """
            FROM provider.provider p
            WHERE (CAST(:scope AS bigint) IS NULL OR p.id = :scope)
              AND (CAST(:pattern AS text) IS NULL OR p.code ILIKE :pattern OR p.name ILIKE :pattern
                   OR p.tax_code ILIKE :pattern)
              AND (CAST(:type AS text) IS NULL OR p.type = :type)
              AND (CAST(:province AS text) IS NULL OR p.province = :province)
            """;

    private final JdbcClient jdbc;
    private final ProviderStore store;

    ProviderRegistry(JdbcClient jdbc, ProviderStore store) {
        this.jdbc = jdbc;
        this.store = store;
    }

    public Page<ProviderSummary> search(ProviderQuery query, Pageable pageable, CurrentUser user) {
        long total = filtered("SELECT count(*) " + FILTER, query, user).query(Long.class).single();
        List<ProviderSummary> rows = filtered("SELECT p.id, p.code, p.tax_code, p.name, p.type, p.province "
                + FILTER + " ORDER BY p.name, p.code LIMIT :limit OFFSET :offset", query, user)
                .param("limit", pageable.getPageSize())
                .param("offset", pageable.getOffset())
                .query(ProviderSummary.class).list();
        return new PageImpl<>(rows, pageable, total);
    }

    /** The provider, if it exists and the user may see it. */
    public Optional<ProviderSummary> find(long id, CurrentUser user) {
        if (user.providerScope().filter(own -> own != id).isPresent()) {
            return Optional.empty();
        }
        return jdbc.sql("SELECT id, code, tax_code, name, type, province FROM provider.provider WHERE id = :id")
                .param("id", id).query(ProviderSummary.class).optional();
    }

    /** Whether the provider's application to the call was found eligible. */
    public boolean eligibleFor(long providerId, long callId) {
        return jdbc.sql("""
                        SELECT count(*) > 0 FROM provider.application
                        WHERE provider_id = :provider AND call_id = :call AND outcome = 'ELIGIBLE'""")
                .param("provider", providerId).param("call", callId).query(Boolean.class).single();
    }

    /** The provider with its contacts and seats, if it exists and the user may see it. */
    public Optional<ProviderDetails> details(long id, CurrentUser user) {
        return find(id, user).flatMap(p -> store.byId(id));
    }

    /** The provider with this code, if it exists and the user may see it. */
    public Optional<ProviderDetails> details(String code, CurrentUser user) {
        return store.idOf(code).flatMap(id -> details(id, user));
    }

    private JdbcClient.StatementSpec filtered(String sql, ProviderQuery query, CurrentUser user) {
        return jdbc.sql(sql)
                .param("scope", user.providerScope().orElse(null))
                .param("pattern", query.text() == null ? null : "%" + escapeLike(query.text()) + "%")
                .param("type", query.type())
                .param("province", query.province());
    }

    private static String escapeLike(String text) {
        return text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
    }
}
