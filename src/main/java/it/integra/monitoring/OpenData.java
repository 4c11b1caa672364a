package it.integra.monitoring;

import it.integra.monitoring.internal.ReleaseQueries;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The open data: every release (whole call, whole programme, calendar year) of the territory and
 * sectors tables, suppressed all together ({@link JointSuppression}). The suppression is computed again
 * only when the counts have changed since the last time.
 */
@Service
@Transactional(readOnly = true)
public class OpenData {

    private final ReleaseQueries queries;
    private Computed last;

    private record Computed(ReleaseCounts counts, PublishedReleases published) {
    }

    OpenData(ReleaseQueries queries) {
        this.queries = queries;
    }

    public PublishedReleases releases() {
        ReleaseCounts counts = queries.counts();
        synchronized (this) {
            if (last == null || !last.counts().sameAs(counts)) {
                last = new Computed(counts, JointSuppression.publish(counts));
            }
            return last.published();
        }
    }
}
