package it.integra.platform.database;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.beans.factory.InitializingBean;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.scheduling.concurrent.ThreadPoolTaskScheduler;
import org.springframework.scheduling.support.CronTrigger;
import org.springframework.stereotype.Component;

/**
 * Backups taken on a schedule ({@code --integra.backup.schedule=CRON}, off by default), after each of
 * which only the newest {@code --integra.backup.keep=N} backups are kept (all of them when N is 0).
 * With an external database the schedule is ignored, with a warning.
 */
@Component
class BackupSchedule implements InitializingBean, DisposableBean {

    private static final Logger log = LoggerFactory.getLogger(BackupSchedule.class);

    private final Backups backups;
    private final String cron;
    private final int keep;
    private final java.time.Clock clock;
    private ThreadPoolTaskScheduler scheduler;

    BackupSchedule(Backups backups, @Value("${integra.backup.schedule:}") String cron,
                   @Value("${integra.backup.keep:0}") int keep, java.time.Clock clock) {
        this.backups = backups;
        this.cron = cron.strip();
        this.keep = keep;
        this.clock = clock;
    }

    @Override
    public void afterPropertiesSet() {
        if (cron.isEmpty() || cron.equals("-")) {
            return;
        }
        if (!backups.available()) {
            log.warn("integra.backup.schedule is ignored: the database is external; back it up with its server's tools");
            return;
        }
        CronTrigger trigger = new CronTrigger(cron, clock.getZone()); // a bad expression stops the start, saying why
        scheduler = new ThreadPoolTaskScheduler();
        scheduler.setThreadNamePrefix("backup-");
        scheduler.initialize();
        scheduler.schedule(this::run, trigger);
        log.info("Backups scheduled ({}), keeping the newest {}", cron, keep > 0 ? keep : "all");
    }

    void run() {
        try {
            backups.create();
            backups.prune(keep);
        } catch (RuntimeException e) {
            log.error("The scheduled backup failed: {}", e.getMessage(), e);
        }
    }

    @Override
    public void destroy() {
        if (scheduler != null) {
            scheduler.shutdown();
        }
    }
}
