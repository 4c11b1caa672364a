package it.integra.interchange;

/** A 64-bit hash of a key's characters, for sets that remember keys without keeping them. */
public final class KeyHash {

    private KeyHash() {
    }

    /**
     * The characters mixed one by one and at the end with the finaliser of SplitMix64; different
     * seeds give independent hashes of the same key.
     */
    public static long of(CharSequence key, long seed) {
        long h = seed ^ key.length();
        for (int i = 0; i < key.length(); i++) {
            h = (h ^ key.charAt(i)) * 0xBF58476D1CE4E5B9L;
            h ^= h >>> 31;
        }
        h = (h ^ (h >>> 30)) * 0xBF58476D1CE4E5B9L;
        h = (h ^ (h >>> 27)) * 0x94D049BB133111EBL;
        return h ^ (h >>> 31);
    }
}
