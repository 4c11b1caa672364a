package it.integra.platform;

/**
 * Work that puts a database in place when the application starts: the first administrator, the demo
 * dataset. The platform runs every task in their {@code @Order}, on one node at a time (a PostgreSQL
 * advisory lock, so that two nodes starting together on an empty database do the work once), and the
 * application reports itself ready only when they are done. Modules implement it; a task that can be
 * interrupted half-way records its steps in {@link StartupSteps} and resumes on the next start.
 */
public interface StartupTask {

    /** A stable name under which the task's steps are recorded. */
    String name();

    void run(StartupSteps steps);
}
