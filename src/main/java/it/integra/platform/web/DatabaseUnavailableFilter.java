package it.integra.platform.web;

import it.integra.platform.database.DatabaseFailures;
import it.integra.platform.load.LoadSettings;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.MessageSource;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpHeaders;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;
import org.springframework.web.servlet.LocaleResolver;
import org.springframework.web.util.HtmlUtils;
import tools.jackson.databind.json.JsonMapper;

/**
 * A filter (the login, a session or token check) that could not reach the database, or found no pooled
 * connection free in time: 503 with
 * {@code Retry-After}, one line in the log instead of the container's stack trace for every request
 * while the database is down. The answer is written here, not by an error dispatch: the error page
 * would look up the session (kept in the database) again and end as the container's bare page.
 * Handlers' failures are {@link DatabaseUnavailableAdvice}'s.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE + 10)
class DatabaseUnavailableFilter extends OncePerRequestFilter {

    private static final Logger log = LoggerFactory.getLogger(DatabaseUnavailableFilter.class);
    private static final JsonMapper JSON = JsonMapper.builder().build();

    private final MessageSource messages;
    private final LocaleResolver locales;
    private final LoadSettings load;

    DatabaseUnavailableFilter(MessageSource messages, LocaleResolver locales, LoadSettings load) {
        this.messages = messages;
        this.locales = locales;
        this.load = load;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        try {
            chain.doFilter(request, response);
        } catch (RuntimeException | ServletException e) {
            if (!DatabaseFailures.unavailable(e) || response.isCommitted()) {
                throw e;
            }
            if (DatabaseFailures.unreachable(e)) {
                log.warn("Answered 503 to {} {}: the database cannot be reached ({})", request.getMethod(),
                        request.getRequestURI(), e.getMessage());
                answer(request, response, "problem.unavailable.title", "problem.unavailable.detail",
                        "error.unavailable.heading", "error.unavailable",
                        Long.toString(Refusals.RETRY_AFTER_SECONDS));
            } else {
                log.info("No database connection came free in time for {} {}: answered 503", request.getMethod(),
                        request.getRequestURI());
                answer(request, response, "problem.503.title", "problem.503.detail", "problem.503.title",
                        "problem.503.detail",
                        load.retryAfterSeconds());
            }
        }
    }

    private void answer(HttpServletRequest request, HttpServletResponse response, String problemTitle,
            String problemDetail, String heading, String message, String retryAfter) throws IOException {
        Locale locale = locales.resolveLocale(request);
        response.resetBuffer();
        response.setStatus(HttpServletResponse.SC_SERVICE_UNAVAILABLE);
        response.setHeader(HttpHeaders.RETRY_AFTER, retryAfter);
        response.setCharacterEncoding(StandardCharsets.UTF_8.name());
        if (ErrorPages.isApi(request)) {
            Map<String, Object> body = new LinkedHashMap<>();
            body.put("type", "about:blank");
            body.put("title", text(problemTitle, locale));
            body.put("status", HttpServletResponse.SC_SERVICE_UNAVAILABLE);
            body.put("detail", text(problemDetail, locale));
            body.put("instance", ErrorPages.originalUri(request));
            response.setContentType("application/problem+json");
            response.getWriter().write(JSON.writeValueAsString(body));
            return;
        }
        String title = html(heading, locale);
        response.setContentType("text/html");
        response.getWriter().write("""
                <!DOCTYPE html>
                <html lang="%s">
                <head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
                <title>%s</title>
                <link rel="stylesheet" href="%s/webjars/bootstrap-italia/dist/css/bootstrap-italia.min.css"></head>
                <body><header class="it-header-wrapper">
                <div class="it-header-slim-wrapper"><div class="container"><div class="it-header-slim-wrapper-content">
                <span class="navbar-brand">%s</span></div></div></div>
                <div class="it-nav-wrapper"><div class="it-header-center-wrapper"><div class="container">
                <div class="it-header-center-content-wrapper"><div class="it-brand-wrapper"><a href="%s/">
                <div class="it-brand-text"><div class="it-brand-title">%s</div>
                <div class="it-brand-tagline d-none d-md-block">%s</div></div></a></div></div></div></div></div>
                </header>
                <main id="main" class="container my-5"><h1>%s</h1>
                <div class="alert alert-warning" role="alert">%s</div>
                <a class="btn btn-outline-primary" href="%s/">%s</a></main></body>
                </html>
                """.formatted(locale.getLanguage(), title, request.getContextPath(),
                html("layout.authority", locale), request.getContextPath(),
                html("app.name", locale), html("app.tagline", locale), title,
                html(message, locale), request.getContextPath(),
                html("error.back", locale)));
    }

    private String html(String code, Locale locale) {
        return HtmlUtils.htmlEscape(text(code, locale), StandardCharsets.UTF_8.name());
    }

    private String text(String code, Locale locale) {
        return messages.getMessage(code, null, code, locale);
    }
}
