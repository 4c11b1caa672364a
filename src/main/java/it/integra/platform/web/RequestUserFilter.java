package it.integra.platform.web;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Notes who the request is from, for the request log ({@link RequestLogValve}), which writes its line
 * after the security filters have cleared their context. Placed in each security filter chain after the
 * sign-in filters and the session check, just before the access rules, so that a signed-in user refused
 * by a rule is named too.
 * The user's numeric id only: the log holds no names of people.
 */
public final class RequestUserFilter extends OncePerRequestFilter {

    static final String ATTRIBUTE = RequestUserFilter.class.getName() + ".userId";

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        CurrentUsers.of(SecurityContextHolder.getContext().getAuthentication())
                .ifPresent(user -> request.setAttribute(ATTRIBUTE, user.id()));
        chain.doFilter(request, response);
    }

    /** The id noted for the request, or {@code -} when nobody signed in. */
    static String userOf(HttpServletRequest request) {
        Object id = request.getAttribute(ATTRIBUTE);
        return id == null ? "-" : id.toString();
    }
}
