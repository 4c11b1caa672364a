package it.integra.outcome.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.HashSet;
import java.util.Random;
import java.util.Set;
import org.junit.jupiter.api.Test;

class LongSetTests {

    @Test
    void holdsWhatAHashSetHolds() {
        Random random = new Random(3);
        for (int round = 0; round < 20; round++) {
            LongSet set = new LongSet();
            Set<Long> expected = new HashSet<>();
            int values = random.nextInt(50_000);
            // sequential ids, repeats, and hashes spread over all 64 bits
            for (int i = 0; i < values; i++) {
                long value = switch (random.nextInt(3)) {
                    case 0 -> 1 + random.nextInt(1_000);
                    case 1 -> 1 + random.nextInt(100_000);
                    default -> random.nextLong() | 1;
                };
                assertThat(set.add(value)).isEqualTo(expected.add(value));
            }
            assertThat(set.size()).isEqualTo(expected.size());
            for (int i = 0; i < 1_000; i++) {
                long probe = random.nextBoolean() ? 1 + random.nextInt(200_000) : random.nextLong();
                assertThat(set.contains(probe)).isEqualTo(expected.contains(probe));
            }
            Set<Long> listed = new HashSet<>();
            set.forEach(listed::add);
            assertThat(listed).isEqualTo(expected);
        }
    }

    @Test
    void refusesZeroWhichMarksAnEmptySlot() {
        LongSet set = new LongSet();
        assertThat(set.contains(0)).isFalse();
        assertThatThrownBy(() -> set.add(0)).isInstanceOf(IllegalArgumentException.class);
    }
}
