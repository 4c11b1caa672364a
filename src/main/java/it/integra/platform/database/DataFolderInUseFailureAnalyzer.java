package it.integra.platform.database;

import org.springframework.boot.diagnostics.AbstractFailureAnalyzer;
import org.springframework.boot.diagnostics.FailureAnalysis;

/** A start refused because another instance uses the data folder: what and how to fix, without a trace. */
class DataFolderInUseFailureAnalyzer extends AbstractFailureAnalyzer<DataFolderInUseException> {

    @Override
    protected FailureAnalysis analyze(Throwable rootFailure, DataFolderInUseException cause) {
        return new FailureAnalysis(
                "The data folder " + cause.folder() + " is in use by another running Integra instance.",
                "Stop that instance, or start this one with another folder (--integra.data-dir=PATH).",
                cause);
    }
}
