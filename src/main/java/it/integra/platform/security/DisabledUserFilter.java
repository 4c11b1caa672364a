package it.integra.platform.security;

import it.integra.platform.CurrentUser;
import it.integra.platform.web.CurrentUsers;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import java.io.IOException;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Ends the session of a user an administrator has disabled (or deleted) since they logged in, so
 * that disabling takes effect at once rather than when the session expires. The request then goes
 * on unauthenticated and is sent to the login page. One primary-key lookup per page request.
 */
final class DisabledUserFilter extends OncePerRequestFilter {

    private final JdbcClient jdbc;

    DisabledUserFilter(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        Optional<CurrentUser> user = CurrentUsers.of(SecurityContextHolder.getContext().getAuthentication());
        if (user.isPresent() && !stillEnabled(user.get().id())) {
            SecurityContextHolder.clearContext();
            HttpSession session = request.getSession(false);
            if (session != null) {
                session.invalidate();
            }
        }
        chain.doFilter(request, response);
    }

    private boolean stillEnabled(long userId) {
        return jdbc.sql("SELECT enabled FROM platform.app_user WHERE id = :id").param("id", userId)
                .query(Boolean.class).optional().orElse(false);
    }
}
