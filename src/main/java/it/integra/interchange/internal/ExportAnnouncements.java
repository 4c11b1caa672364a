package it.integra.interchange.internal;

import it.integra.interchange.Dataset;
import it.integra.interchange.PeopleExported;
import it.integra.platform.CurrentUser;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Announces an export that names people before it streams, so that it is in the access log even if
 * the client stops reading half way.
 */
@Component
public class ExportAnnouncements {

    private final JdbcClient jdbc;
    private final ApplicationEventPublisher events;

    ExportAnnouncements(JdbcClient jdbc, ApplicationEventPublisher events) {
        this.jdbc = jdbc;
        this.events = events;
    }

    public void announce(Dataset dataset, CurrentUser user) {
        String count = dataset.namedPeopleQuery(user);
        if (count == null) {
            return;
        }
        long people = jdbc.sql(count).query(Long.class).single();
        String scope = user.providerScope().map(provider -> " provider=" + provider).orElse("");
        events.publishEvent(new PeopleExported(dataset.name(), "dataset=" + dataset.name() + scope, people, user));
    }
}
