package it.integra.interchange;

import it.integra.platform.CurrentUser;
import java.time.LocalDate;
import org.springframework.jdbc.core.simple.JdbcClient;

/** What an upsert may use: the connection of the import's transaction, who imports, and today. */
public record ImportContext(JdbcClient jdbc, CurrentUser user, LocalDate today) {
}
