package it.integra.platform.security;

import it.integra.platform.ApiTokens;
import it.integra.platform.Role;
import it.integra.platform.database.DatabaseFailures;
import it.integra.platform.web.RequestUserFilter;
import jakarta.servlet.http.HttpServletRequest;
import java.util.Set;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.authentication.dao.DaoAuthenticationProvider;
import org.springframework.security.config.annotation.method.configuration.EnableMethodSecurity;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.crypto.factory.PasswordEncoderFactories;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.access.intercept.AuthorizationFilter;
import org.springframework.security.web.authentication.AuthenticationFailureHandler;
import org.springframework.security.web.authentication.www.BasicAuthenticationFilter;
import org.springframework.security.web.context.SecurityContextHolderFilter;
import org.springframework.security.web.header.writers.ReferrerPolicyHeaderWriter;

/**
 * Three doors: the API with HTTP Basic or a Bearer token and no session of its own, the pages with form
 * login, session and CSRF, and the actuator (health for anyone, the rest for administrators, with Basic or
 * a token as a metrics scraper sends them). All end a session whose user was disabled or changed password
 * since.
 * Which role may do what is declared next to each handler ({@code @PreAuthorize}); here only the
 * coarse rules live.
 */
@Configuration(proxyBeanMethods = false)
@EnableMethodSecurity
class SecurityConfiguration {

    private static final Set<String> SAFE_METHODS = Set.of("GET", "HEAD", "OPTIONS", "TRACE");

    static final String CONTENT_SECURITY_POLICY = "default-src 'self'; script-src 'self'; "
            + "style-src 'self' 'unsafe-inline'; img-src 'self' data:; font-src 'self' data:; "
            + "connect-src 'self'; frame-ancestors 'none'; form-action 'self'; base-uri 'self'; object-src 'none'";

    @Bean
    PasswordEncoder passwordEncoder() {
        return PasswordEncoderFactories.createDelegatingPasswordEncoder();
    }

    @Bean
    AuthenticationProvider authenticationProvider(JdbcClient jdbc, PasswordEncoder encoder, LoginThrottle throttle) {
        DaoAuthenticationProvider passwords = new DaoAuthenticationProvider(new DatabaseUserDetailsService(jdbc));
        passwords.setPasswordEncoder(encoder);
        return new ThrottledAuthenticationProvider(passwords, throttle);
    }

    /**
     * Health answers anyone (load balancers, probes); metrics and the build information only
     * administrators, with HTTP Basic or a token as a scraper sends them, or their signed-in session.
     */
    @Bean
    @Order(0)
    SecurityFilterChain actuator(HttpSecurity http, JdbcClient jdbc, ApiTokens tokens) throws Exception {
        http.securityMatcher("/actuator/**")
                .addFilterAfter(new SessionValidityFilter(jdbc), SecurityContextHolderFilter.class)
                .addFilterBefore(new BearerTokenFilter(tokens), BasicAuthenticationFilter.class)
                .addFilterBefore(new RequestUserFilter(), AuthorizationFilter.class)
                .authorizeHttpRequests(requests -> requests
                        .requestMatchers("/actuator/health", "/actuator/health/**").permitAll()
                        .anyRequest().hasRole(Role.ADMIN.name()))
                .httpBasic(basic -> basic.authenticationEntryPoint(ApiSecurityProblems.unauthorized()))
                .sessionManagement(session -> session.sessionCreationPolicy(SessionCreationPolicy.NEVER))
                .csrf(csrf -> csrf.requireCsrfProtectionMatcher(SecurityConfiguration::writeCarriedBySession))
                .exceptionHandling(errors -> errors
                        .authenticationEntryPoint(ApiSecurityProblems.unauthorized())
                        .accessDeniedHandler(ApiSecurityProblems.forbidden()));
        return http.build();
    }

    @Bean
    @Order(1)
    SecurityFilterChain api(HttpSecurity http, JdbcClient jdbc, ApiTokens tokens) throws Exception {
        http.securityMatcher("/api/**")
                .addFilterAfter(new SessionValidityFilter(jdbc), SecurityContextHolderFilter.class)
                .addFilterBefore(new BearerTokenFilter(tokens), BasicAuthenticationFilter.class)
                .addFilterBefore(new RequestUserFilter(), AuthorizationFilter.class)
                .authorizeHttpRequests(requests -> requests
                        .requestMatchers(HttpMethod.GET, "/api/v1/published/**").permitAll()
                        // refused by role before the body is read, so a non-administrator never learns what it lacks
                        .requestMatchers("/api/v1/tokens/**", "/api/v1/users/**").hasRole(Role.ADMIN.name())
                        .anyRequest().authenticated())
                .httpBasic(basic -> basic.authenticationEntryPoint(ApiSecurityProblems.unauthorized()))
                // API clients authenticate with HTTP Basic or a token and get no session; the browser's own
                // session is honoured, but a write it alone carries needs the page's CSRF token
                .sessionManagement(session -> session.sessionCreationPolicy(SessionCreationPolicy.NEVER))
                .csrf(csrf -> csrf.requireCsrfProtectionMatcher(SecurityConfiguration::writeCarriedBySession))
                .exceptionHandling(errors -> errors
                        .authenticationEntryPoint(ApiSecurityProblems.unauthorized())
                        .accessDeniedHandler(ApiSecurityProblems.forbidden()))
                .headers(headers -> headers.contentSecurityPolicy(csp -> csp.policyDirectives(CONTENT_SECURITY_POLICY)));
        return http.build();
    }

    /**
     * A write (not GET, HEAD, OPTIONS, TRACE) whose only credentials are a signed-in browser session:
     * no Basic or Bearer header, which a page of another site could not add without CORS, which Integra
     * does not allow. Runs after the session's context is read and checked, before any other credentials.
     */
    static boolean writeCarriedBySession(HttpServletRequest request) {
        if (SAFE_METHODS.contains(request.getMethod())) {
            return false;
        }
        String authorization = request.getHeader(HttpHeaders.AUTHORIZATION);
        boolean ownCredentials = authorization != null && (BearerTokenFilter.presentsToken(request)
                || authorization.regionMatches(true, 0, "Basic ", 0, "Basic ".length()));
        return !ownCredentials && SecurityContextHolder.getContext().getAuthentication() != null;
    }

    @Bean
    @Order(2)
    SecurityFilterChain pages(HttpSecurity http, JdbcClient jdbc) throws Exception {
        http.addFilterBefore(new SessionValidityFilter(jdbc), AuthorizationFilter.class)
                .addFilterBefore(new RequestUserFilter(), AuthorizationFilter.class)
                .authorizeHttpRequests(requests -> requests
                        .requestMatchers("/webjars/**", "/css/**", "/js/**", "/img/**", "/favicon.ico", "/login",
                                "/error", "/v3/api-docs/**",
                                "/swagger-ui/**", "/swagger-ui.html").permitAll()
                        .requestMatchers("/admin/**").hasRole(Role.ADMIN.name())
                        .anyRequest().authenticated())
                .formLogin(form -> form.loginPage("/login").failureHandler(loginFailure()).permitAll())
                .logout(logout -> logout.logoutSuccessUrl("/login?logout").permitAll())
                .headers(headers -> headers
                        .contentSecurityPolicy(csp -> csp.policyDirectives(CONTENT_SECURITY_POLICY))
                        .referrerPolicy(referrer -> referrer.policy(ReferrerPolicyHeaderWriter.ReferrerPolicy.SAME_ORIGIN)));
        return http.build();
    }

    private static AuthenticationFailureHandler loginFailure() {
        return (request, response, exception) -> {
            if (DatabaseFailures.unavailable(exception)) {
                throw exception; // not a failed login: the error page says the service is unavailable
            }
            String outcome = exception instanceof LoginThrottledException ? "locked" : "error";
            request.getSession().setAttribute("LOGIN_USERNAME", request.getParameter("username"));
            response.sendRedirect(request.getContextPath() + "/login?" + outcome);
        };
    }
}
