package it.integra.platform.database;

import javax.sql.DataSource;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.core.JdbcTemplate;

/** The one {@link JdbcTemplate}, embedded or external database alike (Spring Boot's own then backs off). */
@Configuration(proxyBeanMethods = false)
class JdbcConfiguration {

    @Bean
    JdbcTemplate jdbcTemplate(DataSource dataSource) {
        return new BudgetedJdbcTemplate(dataSource);
    }
}
