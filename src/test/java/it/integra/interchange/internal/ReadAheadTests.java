package it.integra.interchange.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

class ReadAheadTests {

    @Test
    void yieldsEveryRecordInItsOrderAcrossBatches() {
        List<Integer> source = IntStream.range(0, 2_501).boxed().toList();
        List<Integer> read = new ArrayList<>();

        try (ReadAhead<Integer> records = new ReadAhead<>(source.iterator(), "test-reader")) {
            records.forEachRemaining(read::add);
            assertThat(records.hasNext()).isFalse();
        }

        assertThat(read).isEqualTo(source);
    }

    @Test
    void aReadingFailureArrivesAfterTheRecordsBeforeIt() {
        Iterator<Integer> failing = new Iterator<>() {
            int next;

            @Override
            public boolean hasNext() {
                if (next == 1_234) {
                    throw new UncheckedIOException(new java.io.IOException("broken at 1234"));
                }
                return true;
            }

            @Override
            public Integer next() {
                return next++;
            }
        };
        List<Integer> read = new ArrayList<>();

        try (ReadAhead<Integer> records = new ReadAhead<>(failing, "test-reader")) {
            assertThatThrownBy(() -> records.forEachRemaining(read::add))
                    .isInstanceOf(UncheckedIOException.class).hasMessageContaining("broken at 1234");
            assertThat(records.hasNext()).as("finished after the failure").isFalse();
        }

        assertThat(read).hasSize(1_234).last().isEqualTo(1_233);
    }

    @Test
    void closingEarlyStopsTheReaderThoughItIsFarAhead() throws InterruptedException {
        AtomicInteger produced = new AtomicInteger();
        Iterator<Integer> endless = new Iterator<>() {
            @Override
            public boolean hasNext() {
                return true;
            }

            @Override
            public Integer next() {
                return produced.incrementAndGet();
            }
        };

        ReadAhead<Integer> records = new ReadAhead<>(endless, "test-reader-endless");
        assertThat(records.next()).isEqualTo(1);
        records.close();
        int afterClose = produced.get();
        Thread.sleep(200);

        assertThat(produced.get()).as("nothing read once closed").isEqualTo(afterClose);
        assertThat(Thread.getAllStackTraces().keySet()).noneMatch(t -> t.getName().equals("test-reader-endless"));
    }
}
