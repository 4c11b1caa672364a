package it.integra.platform.security;

import it.integra.platform.CurrentUser;
import it.integra.platform.Role;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;

/** Users from {@code platform.app_user}, found by name regardless of case. */
class DatabaseUserDetailsService implements UserDetailsService {

    private final JdbcClient jdbc;

    DatabaseUserDetailsService(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public UserDetails loadUserByUsername(String username) {
        return jdbc.sql("""
                        SELECT id, username, display_name, password_hash, role, provider_id, region_code, enabled,
                               credentials_version
                        FROM platform.app_user WHERE lower(username) = lower(:username)""")
                .param("username", username)
                .query((rs, n) -> new IntegraUserDetails(
                        new CurrentUser(rs.getLong("id"), rs.getString("username"), rs.getString("display_name"),
                                Role.valueOf(rs.getString("role")), rs.getObject("provider_id", Long.class),
                                rs.getString("region_code")),
                        rs.getString("password_hash"), rs.getBoolean("enabled"), rs.getInt("credentials_version")))
                .optional()
                .orElseThrow(() -> new UsernameNotFoundException("no such user"));
    }
}
