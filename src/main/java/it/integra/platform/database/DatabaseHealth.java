package it.integra.platform.database;

import com.zaxxer.hikari.HikariDataSource;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Duration;
import java.util.Optional;
import java.util.Properties;
import javax.sql.DataSource;
import org.postgresql.Driver;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.health.contributor.Health;
import org.springframework.boot.health.contributor.HealthIndicator;
import org.springframework.stereotype.Component;

/**
 * The database's part of {@code /actuator/health} (replacing Spring Boot's, which waits for a pooled
 * connection as long as the pool's connection timeout): DOWN at once when the embedded server's
 * postmaster is dead or the server's address refuses a connection, and otherwise a pooled connection
 * that must answer within the probe timeout.
 */
@Component("dbHealthIndicator")
class DatabaseHealth implements HealthIndicator {

    private final DataSource dataSource;
    private final ObjectProvider<EmbeddedDatabase> embedded;
    private final Duration timeout;

    DatabaseHealth(DataSource dataSource, ObjectProvider<EmbeddedDatabase> embedded,
                   @Value("${integra.database.health-timeout:2s}") Duration timeout) {
        this.dataSource = dataSource;
        this.embedded = embedded;
        this.timeout = timeout;
    }

    @Override
    public Health health() {
        EmbeddedDatabase database = embedded.getIfAvailable();
        if (database != null && !database.running()) {
            return Health.down().build();
        }
        Optional<InetSocketAddress> server = address();
        if (server.isPresent() && !accepts(server.get())) {
            return Health.down().build();
        }
        try (Connection connection = dataSource.getConnection()) {
            int seconds = (int) Math.max(1, timeout.toSeconds());
            return connection.isValid(seconds) ? Health.up().build() : Health.down().build();
        } catch (SQLException e) {
            return Health.down().build();
        }
    }

    private boolean accepts(InetSocketAddress server) {
        try (Socket socket = new Socket()) {
            socket.connect(server, (int) timeout.toMillis());
            return true;
        } catch (IOException e) {
            return false;
        }
    }

    /** The first host and port of the pool's JDBC URL. */
    private Optional<InetSocketAddress> address() {
        try {
            if (!dataSource.isWrapperFor(HikariDataSource.class)) {
                return Optional.empty();
            }
            Properties url = Driver.parseURL(dataSource.unwrap(HikariDataSource.class).getJdbcUrl(), new Properties());
            if (url == null) {
                return Optional.empty();
            }
            String host = url.getProperty("PGHOST", "localhost").split(",")[0];
            int port = Integer.parseInt(url.getProperty("PGPORT", "5432").split(",")[0]);
            return Optional.of(new InetSocketAddress(host, port));
        } catch (SQLException | RuntimeException e) {
            return Optional.empty();
        }
    }
}
