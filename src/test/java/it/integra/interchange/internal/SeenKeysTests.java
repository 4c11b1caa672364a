package it.integra.interchange.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.Test;

class SeenKeysTests {

    @Test
    void answersTheFirstRowOfEveryRepeatedKeyAndZeroForEveryNewOne() {
        Random random = new Random(7);
        for (int round = 0; round < 20; round++) {
            SeenKeys seen = new SeenKeys();
            Map<String, Integer> expected = new HashMap<>();
            int rows = 1 + random.nextInt(20_000);
            for (int row = 1; row <= rows; row++) {
                // a small alphabet and short keys, so that repeats are frequent
                String key = randomKey(random, 1 + random.nextInt(4), "AB9\u0001é");
                Integer first = expected.putIfAbsent(key, row);
                assertThat(seen.putIfAbsent(key, row)).as("row %d key %s", row, key).isEqualTo(first == null ? 0 : first);
            }
        }
    }

    @Test
    void aMillionDistinctCommunicationIdsAreAllNew() {
        List<String> keys = new ArrayList<>();
        for (int n = 0; n < 1_000_000; n++) {
            keys.add("CO-" + (n % 97) + "-" + Integer.toString(n, 36) + (n % 3 == 0 ? "" : "X"));
        }
        Collections.shuffle(keys, new Random(11));
        SeenKeys seen = new SeenKeys();
        for (int i = 0; i < keys.size(); i++) {
            assertThat(seen.putIfAbsent(keys.get(i), i + 1)).isZero();
        }
        assertThat(seen.putIfAbsent(keys.get(123_456), 2_000_000)).isEqualTo(123_457);
    }

    @Test
    void keysThatDifferOnlyInOrderOrLengthAreDifferent() {
        SeenKeys seen = new SeenKeys();
        assertThat(seen.putIfAbsent("ab", 1)).isZero();
        assertThat(seen.putIfAbsent("ba", 2)).isZero();
        assertThat(seen.putIfAbsent("ab\u0000", 3)).isZero();
        assertThat(seen.putIfAbsent("", 4)).isZero();
        assertThat(seen.putIfAbsent("\u0000", 5)).isZero();
        assertThat(seen.putIfAbsent("ba", 6)).isEqualTo(2);
        assertThat(seen.putIfAbsent("", 7)).isEqualTo(4);
    }

    private static String randomKey(Random random, int length, String alphabet) {
        StringBuilder key = new StringBuilder();
        for (int i = 0; i < length; i++) {
            key.append(alphabet.charAt(random.nextInt(alphabet.length())));
        }
        return key.toString();
    }
}
