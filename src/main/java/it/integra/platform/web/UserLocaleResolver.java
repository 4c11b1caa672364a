package it.integra.platform.web;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.time.Duration;
import java.util.Locale;
import org.springframework.context.i18n.LocaleContext;
import org.springframework.context.i18n.SimpleLocaleContext;
import org.springframework.web.servlet.i18n.AcceptHeaderLocaleResolver;
import org.springframework.web.servlet.i18n.CookieLocaleResolver;

/**
 * Pages speak Italian until the user picks English (kept in a cookie); API clients are answered in
 * the language of their Accept-Language header when it is Italian or English, Italian otherwise.
 */
class UserLocaleResolver extends CookieLocaleResolver {

    private final AcceptHeaderLocaleResolver api = new AcceptHeaderLocaleResolver();

    UserLocaleResolver() {
        super("integra-lang");
        setDefaultLocale(WebConfiguration.ITALIAN);
        setCookieMaxAge(Duration.ofDays(365));
        setDefaultLocaleFunction(request -> WebConfiguration.ITALIAN);
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
        super.setLocale(request, response, locale == null ? null : supported(locale));
    }

    private static Locale supported(Locale locale) {
        return WebConfiguration.SUPPORTED.stream()
                .filter(l -> l.getLanguage().equals(locale.getLanguage()))
                .findFirst().orElse(WebConfiguration.ITALIAN);
    }
}
