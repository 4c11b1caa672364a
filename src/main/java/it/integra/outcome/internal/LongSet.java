package it.integra.outcome.internal;

import java.util.function.LongConsumer;

/**
 * A set of non-zero longs in one flat array (open addressing, 0 marks an empty slot): 8 to 13 bytes a
 * member and no object per member, for the millions of values an import remembers.
 */
final class LongSet {

    private long[] slots = new long[1 << 12];
    private int size;

    /** Adds a value other than 0; answers whether it was new. */
    boolean add(long value) {
        if (value == 0) {
            throw new IllegalArgumentException("0 marks an empty slot");
        }
        int slot = find(slots, value);
        if (slots[slot] == value) {
            return false;
        }
        slots[slot] = value;
        if (++size * 3 > slots.length * 2) {
            grow();
        }
        return true;
    }

    boolean contains(long value) {
        return value != 0 && slots[find(slots, value)] == value;
    }

    int size() {
        return size;
    }

    void forEach(LongConsumer action) {
        for (long value : slots) {
            if (value != 0) {
                action.accept(value);
            }
        }
    }

    private void grow() {
        long[] old = slots;
        slots = new long[old.length * 2];
        for (long value : old) {
            if (value != 0) {
                slots[find(slots, value)] = value;
            }
        }
    }

    /** The slot that holds the value, or the empty slot where it would go. */
    private static int find(long[] table, long value) {
        int mask = table.length - 1;
        long mixed = value * 0x9E3779B97F4A7C15L;
        int slot = (int) (mixed ^ (mixed >>> 32)) & mask;
        while (table[slot] != 0 && table[slot] != value) {
            slot = (slot + 1) & mask;
        }
        return slot;
    }
}
