package it.integra.platform.web;

import it.integra.platform.CurrentUser;
import jakarta.servlet.DispatcherType;
import java.time.Clock;
import java.time.ZoneId;
import java.util.List;
import java.util.Locale;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.MethodParameter;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.bind.support.WebDataBinderFactory;
import org.springframework.web.context.request.NativeWebRequest;
import org.springframework.web.method.support.HandlerMethodArgumentResolver;
import org.springframework.web.method.support.ModelAndViewContainer;
import org.springframework.web.servlet.LocaleResolver;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;
import org.springframework.web.servlet.i18n.LocaleChangeInterceptor;
import org.springframework.web.servlet.resource.ResourceUrlEncodingFilter;

/**
 * Locale (Italian unless the user switches), the clock, the {@link CurrentUser} handler argument, and
 * the links to static resources ({@link StaticResourceLinks}).
 */
@Configuration(proxyBeanMethods = false)
class WebConfiguration implements WebMvcConfigurer {

    static final Locale ITALIAN = Locale.ITALIAN;
    static final List<Locale> SUPPORTED = List.of(Locale.ITALIAN, Locale.ENGLISH);

    @Bean
    Clock clock() {
        return Clock.system(ZoneId.of("Europe/Rome"));
    }

    @Bean
    LocaleResolver localeResolver() {
        return new UserLocaleResolver();
    }

    /**
     * In place of Spring Boot's resource URL filter, which would resolve every link of a page (Boot
     * registers its own only while no registration of this declared type exists).
     */
    @Bean
    FilterRegistrationBean<ResourceUrlEncodingFilter> staticResourceLinks() {
        FilterRegistrationBean<ResourceUrlEncodingFilter> registration = new FilterRegistrationBean<>(new StaticResourceLinks());
        registration.setDispatcherTypes(DispatcherType.REQUEST, DispatcherType.ERROR);
        return registration;
    }

    @Override
    public void addInterceptors(InterceptorRegistry registry) {
        LocaleChangeInterceptor lang = new LocaleChangeInterceptor();
        lang.setParamName("lang");
        lang.setIgnoreInvalidLocale(true);
        // the error page reads no parameter: a request refused for its parameters must not fail again there
        registry.addInterceptor(lang).excludePathPatterns(ErrorPages.PATH);
    }

    @Override
    public void addArgumentResolvers(List<HandlerMethodArgumentResolver> resolvers) {
        resolvers.add(new CurrentUserArgumentResolver());
    }

    static final class CurrentUserArgumentResolver implements HandlerMethodArgumentResolver {
        @Override
        public boolean supportsParameter(MethodParameter parameter) {
            return parameter.getParameterType().equals(CurrentUser.class);
        }

        @Override
        public Object resolveArgument(MethodParameter parameter, ModelAndViewContainer container,
                                      NativeWebRequest request, WebDataBinderFactory binders) {
            Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
            return authentication == null ? null : CurrentUsers.of(authentication).orElse(null);
        }
    }
}
