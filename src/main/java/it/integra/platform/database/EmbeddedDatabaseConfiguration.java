package it.integra.platform.database;

import com.zaxxer.hikari.HikariDataSource;
import java.nio.file.Path;
import java.time.Duration;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Condition;
import org.springframework.context.annotation.ConditionContext;
import org.springframework.context.annotation.Conditional;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.type.AnnotatedTypeMetadata;

/**
 * Starts the embedded PostgreSQL unless an external server is configured with
 * {@code SPRING_DATASOURCE_URL}; in that case Spring Boot's own data source is used.
 */
@Configuration(proxyBeanMethods = false)
@Conditional(EmbeddedDatabaseConfiguration.NoExternalDatabase.class)
class EmbeddedDatabaseConfiguration {

    @Bean(destroyMethod = "close")
    EmbeddedDatabase embeddedDatabase(@Value("${integra.data-dir:./data}") Path dataFolder,
                                      @Value("${integra.database.durable:true}") boolean durable,
                                      @Value("${integra.database.ephemeral:false}") boolean ephemeral,
                                      @Value("${integra.restore-from:}") String restoreFrom) {
        EmbeddedDatabase database = restoreFrom.isBlank()
                ? EmbeddedDatabase.start(dataFolder, durable)
                : EmbeddedDatabase.restore(Path.of(restoreFrom), dataFolder, durable);
        return database.ephemeral(ephemeral);
    }

    @Bean
    @ConfigurationProperties("spring.datasource.hikari")
    HikariDataSource dataSource(EmbeddedDatabase database) {
        HikariDataSource dataSource = new HikariDataSource();
        dataSource.setJdbcUrl(database.jdbcUrl());
        dataSource.setUsername(EmbeddedDatabase.USER);
        dataSource.setPassword(database.password());
        dataSource.setPoolName("integra");
        return dataSource;
    }

    /** Starts the embedded server again when it dies; closed before the server is, on shutdown. */
    @Bean(destroyMethod = "close")
    DatabaseWatchdog databaseWatchdog(EmbeddedDatabase database, HikariDataSource dataSource,
                                      @Value("${integra.database.watchdog-interval:5s}") Duration interval) {
        return new DatabaseWatchdog(database, dataSource, interval);
    }

    static class NoExternalDatabase implements Condition {
        @Override
        public boolean matches(ConditionContext context, AnnotatedTypeMetadata metadata) {
            return !context.getEnvironment().containsProperty("spring.datasource.url");
        }
    }

}
