package it.integra.platform;

import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The steps of one {@link StartupTask} that are done, kept in the database: a step recorded here was
 * committed before it was recorded, so a task killed half-way skips these on its next start and redoes
 * at most the step it was in.
 */
public final class StartupSteps {

    private final JdbcClient jdbc;
    private final String task;

    public StartupSteps(JdbcClient jdbc, String task) {
        this.jdbc = jdbc;
        this.task = task;
    }

    public boolean done(String step) {
        return jdbc.sql("SELECT EXISTS (SELECT 1 FROM platform.startup_step WHERE task = :task AND step = :step)")
                .param("task", task).param("step", step).query(Boolean.class).single();
    }

    public void markDone(String step) {
        jdbc.sql("INSERT INTO platform.startup_step (task, step) VALUES (:task, :step) ON CONFLICT DO NOTHING")
                .param("task", task).param("step", step).update();
    }
}
