package it.integra.platform.startup;

import it.integra.platform.StartupSteps;
import it.integra.platform.StartupTask;
import java.util.List;
import javax.sql.DataSource;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.availability.AvailabilityChangeEvent;
import org.springframework.boot.availability.ReadinessState;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.core.annotation.Order;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Runs the {@link StartupTask}s in order under the {@link BootstrapLock}. The web server already
 * answers while they run, but readiness (and so the root health) says the application refuses traffic
 * until they are done: Spring Boot switches readiness to accepting only after every runner has run.
 */
@Component
@Order(0)
class Bootstrap implements ApplicationRunner {

    private final List<StartupTask> tasks;
    private final DataSource dataSource;
    private final JdbcClient jdbc;
    private final ApplicationEventPublisher events;

    Bootstrap(List<StartupTask> tasks, DataSource dataSource, JdbcClient jdbc, ApplicationEventPublisher events) {
        this.tasks = tasks;
        this.dataSource = dataSource;
        this.jdbc = jdbc;
        this.events = events;
    }

    @Override
    public void run(ApplicationArguments args) {
        AvailabilityChangeEvent.publish(events, this, ReadinessState.REFUSING_TRAFFIC);
        try (BootstrapLock lock = BootstrapLock.acquire(dataSource)) {
            tasks.forEach(task -> task.run(new StartupSteps(jdbc, task.name())));
        }
    }
}
