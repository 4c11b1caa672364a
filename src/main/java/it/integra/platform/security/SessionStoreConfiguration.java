package it.integra.platform.security;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.session.jdbc.PostgreSqlJdbcIndexedSessionRepositoryCustomizer;

/**
 * The browser sessions are kept in {@code platform.spring_session} (Spring Session JDBC, configured in
 * {@code application.yml}) so that every node shares them. A page and its htmx requests often reach the
 * server together with the same session: PostgreSQL's upsert lets two of them save the same attribute
 * without one failing on the other's row.
 */
@Configuration(proxyBeanMethods = false)
class SessionStoreConfiguration {

    @Bean
    PostgreSqlJdbcIndexedSessionRepositoryCustomizer sessionUpserts() {
        return new PostgreSqlJdbcIndexedSessionRepositoryCustomizer();
    }
}
