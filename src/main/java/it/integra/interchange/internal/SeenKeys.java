package it.integra.interchange.internal;

import it.integra.interchange.KeyHash;

/**
 * The keys met so far in a file, for the check that no key appears twice, without keeping the keys
 * themselves: each is remembered as two independent 64-bit hashes beside the row it was first seen on,
 * in flat arrays. A million keys held as strings in a map kept about 110 MB alive through the import,
 * which the collector copied again and again (pauses of 40 to 90 ms every second); the arrays take 20
 * bytes a slot and hold no objects. Two different keys are taken for the same only if both hashes of
 * both agree, about one chance in 10^26 for a file of a million rows.
 */
final class SeenKeys {

    private static final long SEED_ONE = 0x9E3779B97F4A7C15L;
    private static final long SEED_TWO = 0xC2B2AE3D27D4EB4FL;

    private long[] one;
    private long[] two;
    private int[] rows;
    private int size;

    SeenKeys() {
        allocate(1 << 12);
    }

    /** The row on which this key was first seen, or 0 when it is new: it is then remembered at {@code row} (1 or more). */
    int putIfAbsent(String key, int row) {
        if (row < 1) {
            throw new IllegalArgumentException("rows are numbered from 1: " + row);
        }
        long hashOne = KeyHash.of(key, SEED_ONE);
        long hashTwo = KeyHash.of(key, SEED_TWO);
        int mask = rows.length - 1;
        int slot = (int) hashOne & mask;
        while (rows[slot] != 0) {
            if (one[slot] == hashOne && two[slot] == hashTwo) {
                return rows[slot];
            }
            slot = (slot + 1) & mask;
        }
        one[slot] = hashOne;
        two[slot] = hashTwo;
        rows[slot] = row;
        if (++size * 2 > rows.length) {
            grow();
        }
        return 0;
    }

    private void allocate(int capacity) {
        one = new long[capacity];
        two = new long[capacity];
        rows = new int[capacity];
    }

    private void grow() {
        long[] oldOne = one;
        long[] oldTwo = two;
        int[] oldRows = rows;
        allocate(oldRows.length * 2);
        int mask = rows.length - 1;
        for (int i = 0; i < oldRows.length; i++) {
            if (oldRows[i] != 0) {
                int slot = (int) oldOne[i] & mask;
                while (rows[slot] != 0) {
                    slot = (slot + 1) & mask;
                }
                one[slot] = oldOne[i];
                two[slot] = oldTwo[i];
                rows[slot] = oldRows[i];
            }
        }
    }
}
