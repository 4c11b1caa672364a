package it.integra.monitoring.internal;

import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import java.util.function.Supplier;
import org.springframework.stereotype.Component;

/**
 * {@code integra.reports}: how long each monitoring report takes to compute, by report, with a
 * histogram so that the metrics endpoint can tell the 95th percentile. Pages, exports, the pack and the
 * API all compute their figures through it.
 */
@Component
public class ReportTimers {

    static final String NAME = "integra.reports";

    private final MeterRegistry registry;

    ReportTimers(MeterRegistry registry) {
        this.registry = registry;
    }

    public <T> T time(String report, Supplier<T> computing) {
        Timer timer = Timer.builder(NAME).description("Monitoring reports computed, by report")
                .tag("report", report).publishPercentileHistogram().register(registry);
        return timer.record(computing);
    }
}
