package it.integra.outcome.internal;

import it.integra.interchange.KeyHash;
import org.springframework.jdbc.core.RowCallbackHandler;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The communication ids of the stored contracts, read at the start of an import as one 64-bit hash
 * each in a {@link LongSet} (8 to 13 bytes a contract, at most 64 MB for 5,000,000 contracts): a row whose id is not there is
 * certainly new. A row whose hash is there may be stored (two ids can share a hash): it goes the way
 * of the stored ones, compared in SQL, which costs a little time and never a wrong answer.
 */
final class StoredContracts {

    private static final long SEED = 0x5DEECE66DL;

    private final LongSet hashes = new LongSet();

    static StoredContracts load(JdbcClient jdbc) {
        StoredContracts stored = new StoredContracts();
        RowCallbackHandler add = rs -> stored.add(rs.getString(1));
        jdbc.sql("SELECT communication_id FROM outcome.contract").withFetchSize(50_000).query(add);
        return stored;
    }

    /** Whether a contract with this id may be stored; false means certainly not. */
    boolean mayHold(String communicationId) {
        return hashes.contains(hash(communicationId));
    }

    void add(String communicationId) {
        hashes.add(hash(communicationId));
    }

    /** Never 0, which marks an empty slot. */
    private static long hash(String communicationId) {
        long hash = KeyHash.of(communicationId, SEED);
        return hash == 0 ? 1 : hash;
    }
}
