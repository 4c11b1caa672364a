package it.integra.platform;

import java.nio.charset.StandardCharsets;
import java.security.SecureRandom;
import java.util.ArrayList;
import java.util.List;

/**
 * What a password must be: long enough to resist guessing, short enough for BCrypt, which ignores
 * everything after 72 bytes, and not a common or leaked password (nor one repeated or followed by
 * digits or symbols: see {@link CommonPasswords}). Also makes the random passwords handed out by
 * administrators. Every place where a person chooses a password checks it here.
 */
public final class PasswordPolicy {

    static final int MIN_LENGTH = 12;
    static final int MAX_BYTES = 72;
    private static final int GENERATED_LENGTH = 16;
    // no 0/O, 1/l/I: generated passwords are read aloud and copied by hand
    private static final String ALPHABET = "ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz23456789";

    private final SecureRandom random = new SecureRandom();

    public PasswordPolicy() {
    }

    /** Every reason why {@code password} may not be chosen, on {@code field}; empty when it may. */
    public List<Violation> check(String field, String password) {
        List<Violation> violations = new ArrayList<>();
        if (password.codePointCount(0, password.length()) < MIN_LENGTH) {
            violations.add(Violation.of(field, "users.error.password.tooShort", MIN_LENGTH));
        } else if (password.getBytes(StandardCharsets.UTF_8).length > MAX_BYTES) {
            violations.add(Violation.of(field, "users.error.password.tooLong", MAX_BYTES));
        } else if (CommonPasswords.shipped().isCommon(password)) {
            violations.add(Violation.of(field, "users.error.password.common"));
        }
        return violations;
    }

    String generate() {
        StringBuilder password = new StringBuilder(GENERATED_LENGTH);
        for (int i = 0; i < GENERATED_LENGTH; i++) {
            password.append(ALPHABET.charAt(random.nextInt(ALPHABET.length())));
        }
        return password.toString();
    }
}
