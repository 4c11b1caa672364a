package it.integra.platform.security;

import it.integra.platform.ApiTokens;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Optional;
import org.springframework.http.HttpHeaders;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.web.context.RequestAttributeSecurityContextRepository;
import org.springframework.security.web.context.SecurityContextRepository;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Signs in an API request that carries {@code Authorization: Bearer <token>}: the token's user, with
 * their role and scope, for this request only (nothing goes into a session). An unknown, expired or
 * revoked token, or one whose user is disabled, is answered 401 at once, whatever else the request
 * carries. No password hashing: one lookup by the token's SHA-256.
 */
final class BearerTokenFilter extends OncePerRequestFilter {

    static final String SCHEME = "Bearer ";

    private final ApiTokens tokens;
    private final SecurityContextRepository requestContexts = new RequestAttributeSecurityContextRepository();

    BearerTokenFilter(ApiTokens tokens) {
        this.tokens = tokens;
    }

    /** Whether the request presents a token (the scheme name is case-insensitive). */
    static boolean presentsToken(HttpServletRequest request) {
        String header = request.getHeader(HttpHeaders.AUTHORIZATION);
        return header != null && header.regionMatches(true, 0, SCHEME, 0, SCHEME.length());
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        if (!presentsToken(request)) {
            chain.doFilter(request, response);
            return;
        }
        String presented = request.getHeader(HttpHeaders.AUTHORIZATION).substring(SCHEME.length()).strip();
        Optional<ApiTokens.Bearer> bearer = tokens.authenticate(presented);
        if (bearer.isEmpty()) {
            SecurityContextHolder.clearContext();
            ApiSecurityProblems.invalidToken(request, response);
            return;
        }
        IntegraUserDetails user = new IntegraUserDetails(bearer.get().user(), null, true,
                bearer.get().credentialsVersion());
        SecurityContext context = SecurityContextHolder.createEmptyContext();
        context.setAuthentication(UsernamePasswordAuthenticationToken.authenticated(user, null, user.getAuthorities()));
        SecurityContextHolder.setContext(context);
        // kept for the request's later dispatches (a streamed export answers on an async dispatch)
        requestContexts.saveContext(context, request, response);
        chain.doFilter(request, response);
    }
}
