package it.integra.platform.security;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import java.io.IOException;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Ends a session whose user has since been disabled or deleted, or whose password has changed: the
 * user's credentials version in the database (raised by each of those) no longer matches the one the
 * session was opened with. It runs in both chains. In the API chain it comes right after the
 * session's security context is read, before the CSRF check and the request's own credentials (Basic
 * or a token, which are checked afresh anyway), so an ended session's request is simply unsigned and
 * answered 401. In the pages chain it comes just before authorisation, so an ended session's form post
 * still passes the CSRF check and lands on the login page. One primary-key lookup per request that
 * comes with a signed-in session; the state is in the database, so it holds for sessions of any node.
 */
final class SessionValidityFilter extends OncePerRequestFilter {

    private final JdbcClient jdbc;

    SessionValidityFilter(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
        if (authentication != null && authentication.getPrincipal() instanceof IntegraUserDetails user
                && !stillValid(user)) {
            SecurityContextHolder.clearContext();
            HttpSession session = request.getSession(false);
            if (session != null) {
                session.invalidate();
            }
        }
        chain.doFilter(request, response);
    }

    private boolean stillValid(IntegraUserDetails user) {
        Optional<Integer> current = jdbc.sql("""
                        SELECT credentials_version FROM platform.app_user WHERE id = :id AND enabled""")
                .param("id", user.currentUser().id())
                .query(Integer.class).optional();
        return current.isPresent() && current.get() == user.credentialsVersion();
    }
}
