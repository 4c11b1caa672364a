package it.integra.platform;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.util.List;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageImpl;
import org.springframework.data.domain.Pageable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** The filtered, paginated user list: one count and one page query. */
@Component
class UserSearch {

    private static final String FILTER = """
            FROM platform.app_user
            WHERE (CAST(:pattern AS text) IS NULL OR username ILIKE :pattern OR display_name ILIKE :pattern
                   OR email ILIKE :pattern)
              AND (CAST(:role AS text) IS NULL OR role = :role)
              AND (CAST(:enabled AS boolean) IS NULL OR enabled = :enabled)
            """;

    private final JdbcClient jdbc;

    UserSearch(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    Page<UserSummary> search(UserQuery query, Pageable pageable) {
        long total = filtered("SELECT count(*) " + FILTER, query).query(Long.class).single();
        List<UserSummary> users = filtered("""
                SELECT id, username, display_name, email, role, provider_id, region_code, enabled, created_at
                """ + FILTER + " ORDER BY lower(username) LIMIT :limit OFFSET :offset", query)
                .param("limit", pageable.getPageSize())
                .param("offset", pageable.getOffset())
                .query(UserSearch::summary)
                .list();
        return new PageImpl<>(users, pageable, total);
    }

    private JdbcClient.StatementSpec filtered(String sql, UserQuery query) {
        return jdbc.sql(sql)
                .param("pattern", query.text() == null ? null : "%" + escapeLike(query.text()) + "%")
                .param("role", query.role() == null ? null : query.role().name())
                .param("enabled", query.enabled());
    }

    private static String escapeLike(String text) {
        return text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
    }

    private static UserSummary summary(ResultSet rs, int row) throws SQLException {
        Timestamp created = rs.getTimestamp("created_at");
        return new UserSummary(rs.getLong("id"), rs.getString("username"), rs.getString("display_name"),
                rs.getString("email"), Role.valueOf(rs.getString("role")), rs.getObject("provider_id", Long.class),
                rs.getString("region_code"), rs.getBoolean("enabled"), created.toInstant());
    }
}
