package it.integra.platform.web;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import org.springframework.context.i18n.LocaleContext;
import org.springframework.context.i18n.SimpleLocaleContext;
import org.springframework.web.servlet.i18n.AcceptHeaderLocaleResolver;
import org.springframework.web.servlet.i18n.CookieLocaleResolver;

/**
 * Pages speak Italian until the user picks English (kept in a cookie); API clients are answered in
 * the language of their Accept-Language header when it is Italian or English, Italian otherwise. The
 * cookie is Secure when the request is (directly, or forwarded as https by a trusted proxy).
 */
class UserLocaleResolver extends CookieLocaleResolver {

    static final String COOKIE = "integra-lang";

    private final AcceptHeaderLocaleResolver api = new AcceptHeaderLocaleResolver();
    private final CookieLocaleResolver secure = new CookieLocaleResolver(COOKIE);

    UserLocaleResolver() {
        super(COOKIE);
        for (CookieLocaleResolver cookie : List.of(this, secure)) {
            cookie.setDefaultLocale(WebConfiguration.ITALIAN);
            cookie.setCookieMaxAge(Duration.ofDays(365));
            cookie.setDefaultLocaleFunction(request -> WebConfiguration.ITALIAN);
        }
        secure.setCookieSecure(true);
        api.setSupportedLocales(WebConfiguration.SUPPORTED);
        api.setDefaultLocale(WebConfiguration.ITALIAN);
    }

    @Override
    public Locale resolveLocale(HttpServletRequest request) {
        if (ErrorPages.isApi(request)) {
            return api.resolveLocale(request);
        }
        return supported(super.resolveLocale(request));
    }

    /** Spring asks this rather than {@link #resolveLocale} for the request's locale context. */
    @Override
    public LocaleContext resolveLocaleContext(HttpServletRequest request) {
        if (ErrorPages.isApi(request)) {
            return new SimpleLocaleContext(api.resolveLocale(request));
        }
        return super.resolveLocaleContext(request);
    }

    @Override
    public void setLocale(HttpServletRequest request, HttpServletResponse response, Locale locale) {
        Locale chosen = locale == null ? null : supported(locale);
        if (request.isSecure()) {
            secure.setLocale(request, response, chosen);
        } else {
            super.setLocale(request, response, chosen);
        }
    }

    private static Locale supported(Locale locale) {
        return WebConfiguration.SUPPORTED.stream()
                .filter(l -> l.getLanguage().equals(locale.getLanguage()))
                .findFirst().orElse(WebConfiguration.ITALIAN);
    }
}
