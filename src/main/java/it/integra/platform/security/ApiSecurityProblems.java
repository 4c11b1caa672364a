package it.integra.platform.security;

import it.integra.platform.database.DatabaseFailures;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import org.springframework.http.MediaType;
import org.springframework.security.web.AuthenticationEntryPoint;
import org.springframework.security.web.access.AccessDeniedHandler;
import org.springframework.security.web.csrf.CsrfException;

/**
 * RFC 9457 answers for API clients that are not signed in (401), present a token that does not open
 * the API (401), lack the right (403), or write with a browser session but no CSRF token (403).
 */
final class ApiSecurityProblems {

    private ApiSecurityProblems() {
    }

    static AuthenticationEntryPoint unauthorized() {
        return (request, response, e) -> {
            if (DatabaseFailures.unavailable(e)) {
                throw e; // the credentials could not be checked: a 503 from the error page, not a 401
            }
            response.setHeader("WWW-Authenticate", "Basic realm=\"Integra\", charset=\"UTF-8\"");
            write(response, HttpServletResponse.SC_UNAUTHORIZED, "Unauthorized",
                    "Credenziali mancanti o non valide / Missing or invalid credentials", request.getRequestURI());
        };
    }

    /** An unknown, expired or revoked token, or a disabled user's: the same answer for all, so it reveals nothing. */
    static void invalidToken(HttpServletRequest request, HttpServletResponse response) throws IOException {
        response.setHeader("WWW-Authenticate", "Bearer realm=\"Integra\", error=\"invalid_token\"");
        write(response, HttpServletResponse.SC_UNAUTHORIZED, "Unauthorized",
                "Token non valido, scaduto o revocato / Invalid, expired or revoked token", request.getRequestURI());
    }

    static AccessDeniedHandler forbidden() {
        return (request, response, e) -> {
            if (e instanceof CsrfException) {
                write(response, HttpServletResponse.SC_FORBIDDEN, "Forbidden",
                        "Scrittura con la sola sessione del browser senza token CSRF: usa HTTP Basic o un token API"
                                + " / Write with the browser session alone and no CSRF token: use HTTP Basic or an API token",
                        request.getRequestURI());
            } else {
                write(response, HttpServletResponse.SC_FORBIDDEN, "Forbidden",
                        "Operazione non consentita al tuo ruolo / Your role does not allow this operation",
                        request.getRequestURI());
            }
        };
    }

    private static void write(HttpServletResponse response, int status, String title, String detail, String instance)
            throws IOException {
        response.setStatus(status);
        response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
        response.setCharacterEncoding(StandardCharsets.UTF_8.name());
        response.getWriter().write("{\"type\":\"about:blank\",\"title\":\"" + title + "\",\"status\":" + status
                + ",\"detail\":\"" + detail + "\",\"instance\":\"" + instance.replace("\"", "") + "\"}");
    }
}
