package it.integra.outcome.internal;

import it.integra.interchange.KeyHash;
import org.springframework.jdbc.core.RowCallbackHandler;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The communication ids of the stored contracts, read at the start of an import as one 64-bit hash
 * each in a flat array (8 bytes a slot, 64 MB for 5,000,000 contracts): a row whose id is not there is
 * certainly new. A row whose hash is there may be stored (two ids can share a hash): it goes the way
 * of the stored ones, compared in SQL, which costs a little time and never a wrong answer.
 */
final class StoredContracts {

    private static final long SEED = 0x5DEECE66DL;

    private long[] hashes = new long[1 << 12];
    private int size;

    static StoredContracts load(JdbcClient jdbc) {
        StoredContracts stored = new StoredContracts();
        RowCallbackHandler add = rs -> stored.add(rs.getString(1));
        jdbc.sql("SELECT communication_id FROM outcome.contract").withFetchSize(50_000).query(add);
        return stored;
    }

    /** Whether a contract with this id may be stored; false means certainly not. */
    boolean mayHold(String communicationId) {
        long hash = hash(communicationId);
        int mask = hashes.length - 1;
        for (int slot = (int) hash & mask; hashes[slot] != 0; slot = (slot + 1) & mask) {
            if (hashes[slot] == hash) {
                return true;
            }
        }
        return false;
    }

    void add(String communicationId) {
        if (++size * 3 > hashes.length * 2) {
            grow();
        }
        put(hashes, hash(communicationId));
    }

    private void grow() {
        long[] old = hashes;
        hashes = new long[old.length * 2];
        for (long hash : old) {
            if (hash != 0) {
                put(hashes, hash);
            }
        }
    }

    private static void put(long[] table, long hash) {
        int mask = table.length - 1;
        int slot = (int) hash & mask;
        while (table[slot] != 0 && table[slot] != hash) {
            slot = (slot + 1) & mask;
        }
        table[slot] = hash;
    }

    /** Never 0, which marks an empty slot. */
    private static long hash(String communicationId) {
        long hash = KeyHash.of(communicationId, SEED);
        return hash == 0 ? 1 : hash;
    }
}
