package it.integra.platform.load;

import java.time.Duration;
import java.util.EnumMap;
import java.util.Map;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import org.springframework.stereotype.Component;

/**
 * A small number of permits per class of {@link HeavyWork}: a request takes one for as long as it runs
 * (a streamed export until its last byte), waits at most {@link LoadSettings#waitForPermit()} for one,
 * and is refused otherwise. The permits are fair: the longest waiting request gets the next one.
 */
@Component
public class WorkLimiter {

    private final Map<HeavyWork, Semaphore> permits = new EnumMap<>(HeavyWork.class);
    private final Map<HeavyWork, Integer> sizes = new EnumMap<>(HeavyWork.class);
    private final AtomicLong abandoned = new AtomicLong();

    WorkLimiter(LoadSettings settings) {
        for (HeavyWork work : HeavyWork.values()) {
            sizes.put(work, settings.permits(work));
            permits.put(work, new Semaphore(settings.permits(work), true));
        }
    }

    /** Takes a permit, waiting at most {@code wait}; false if none came free in time. */
    public boolean acquire(HeavyWork work, Duration wait) {
        Semaphore semaphore = permits.get(work);
        if (semaphore.tryAcquire()) {
            return true;
        }
        try {
            return semaphore.tryAcquire(wait.toNanos(), TimeUnit.NANOSECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }

    public void release(HeavyWork work) {
        permits.get(work).release();
    }

    /** Permits of the class free at this moment. */
    public int available(HeavyWork work) {
        return permits.get(work).availablePermits();
    }

    /** Permits of the class in all. */
    public int size(HeavyWork work) {
        return sizes.get(work);
    }

    /** Requests waiting for a permit of the class at this moment. */
    public int waiting(HeavyWork work) {
        return permits.get(work).getQueueLength();
    }

    /** Heavy requests not started (or dropped after their wait) because their client had gone. */
    public long abandoned() {
        return abandoned.get();
    }

    void countAbandoned() {
        abandoned.incrementAndGet();
    }
}
