package it.integra.platform.database;

import org.springframework.boot.diagnostics.AbstractFailureAnalyzer;
import org.springframework.boot.diagnostics.FailureAnalysis;

/** A refused restore ends the start with Spring Boot's short failure report: what and how to fix, no stack trace. */
class RestoreRefusedFailureAnalyzer extends AbstractFailureAnalyzer<RestoreRefusedException> {

    @Override
    protected FailureAnalysis analyze(Throwable rootFailure, RestoreRefusedException cause) {
        return new FailureAnalysis(cause.getMessage(), "Restore with --integra.restore-from=FILE (a backup written by "
                + "Integra) into an empty or new folder given with --integra.data-dir=PATH; see \"Backup and restore\" in "
                + "the README.", cause);
    }
}
