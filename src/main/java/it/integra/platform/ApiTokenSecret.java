package it.integra.platform;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.HexFormat;
import java.util.regex.Pattern;

/**
 * The secret of an API token: {@value #PREFIX} and 256 random bits in URL-safe Base64 (43 characters),
 * so that a leaked token is recognisable in logs and by secret scanners. Only its SHA-256 is stored:
 * the secret is random enough that a fast hash is safe, and looking it up costs no password hashing.
 */
final class ApiTokenSecret {

    static final String PREFIX = "itg_";
    static final int HINT_LENGTH = PREFIX.length() + 6;
    private static final Pattern FORM = Pattern.compile(Pattern.quote(PREFIX) + "[A-Za-z0-9_-]{43}");
    private static final SecureRandom RANDOM = new SecureRandom();

    private ApiTokenSecret() {
    }

    static String generate() {
        byte[] bytes = new byte[32];
        RANDOM.nextBytes(bytes);
        return PREFIX + Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }

    /** Whether the text can be a token at all; anything else is refused without a database lookup. */
    static boolean wellFormed(String presented) {
        return presented != null && FORM.matcher(presented).matches();
    }

    static String hash(String secret) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(secret.getBytes(StandardCharsets.US_ASCII));
            return HexFormat.of().formatHex(digest);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java runtime has SHA-256", e);
        }
    }

    /** The first characters, shown in lists so that a person can tell their tokens apart. */
    static String hint(String secret) {
        return secret.substring(0, HINT_LENGTH);
    }
}
