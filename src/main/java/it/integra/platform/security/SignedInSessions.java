package it.integra.platform.security;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.web.context.HttpSessionSecurityContextRepository;
import org.springframework.security.web.context.SecurityContextRepository;
import org.springframework.stereotype.Component;

/** The browser session of the signed-in user, for the pages that change what it must carry. */
@Component
public class SignedInSessions {

    private final SecurityContextRepository sessions = new HttpSessionSecurityContextRepository();

    /**
     * Keeps the current session alive after the user's credentials version changed (their own password
     * change), under a new session id, while every other session of theirs ends at its next request.
     */
    public void renew(int credentialsVersion, HttpServletRequest request, HttpServletResponse response) {
        Authentication current = SecurityContextHolder.getContext().getAuthentication();
        if (current == null || !(current.getPrincipal() instanceof IntegraUserDetails user)) {
            throw new IllegalStateException("no signed-in user to renew the session of");
        }
        IntegraUserDetails renewed = user.withCredentialsVersion(credentialsVersion);
        UsernamePasswordAuthenticationToken authentication =
                UsernamePasswordAuthenticationToken.authenticated(renewed, null, renewed.getAuthorities());
        authentication.setDetails(current.getDetails());
        SecurityContext context = SecurityContextHolder.createEmptyContext();
        context.setAuthentication(authentication);
        SecurityContextHolder.setContext(context);
        request.changeSessionId();
        sessions.saveContext(context, request, response);
    }
}
