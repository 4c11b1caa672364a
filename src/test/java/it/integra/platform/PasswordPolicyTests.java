package it.integra.platform;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** What a chosen password must be: 12 characters at least, 72 bytes at most, and not a common one. */
class PasswordPolicyTests {

    private final PasswordPolicy policy = new PasswordPolicy();

    @ParameterizedTest
    @ValueSource(strings = {
            "qwerty123456", // in the list as it is
            "QWERTY123456", // case does not matter
            "1qaz2wsx3edc", // a keyboard walk in the list
            "password1234", // "password" followed by digits
            "Password2026!", // ... by digits and symbols
            "iloveyou!!!!", // ... by symbols only
            "qwertyqwerty", // "qwerty" repeated
            "monkeymonkey12", // repeated, then digits
            "123456123456", // digits only, a listed entry repeated
    })
    void refusesACommonPasswordItsRepetitionsAndItsTrailingDigitsOrSymbols(String password) {
        assertThat(policy.check("password", password)).containsExactly(Violation.of("password", "users.error.password.common"));
    }

    @ParameterizedTest
    @ValueSource(strings = {
            "test-password-1234", // TestUsers.PASSWORD
            "admin-test-password", // the test configuration's first administrator
            "demo-funzionario", "demo-operatore", "demo-analista", "demo-analista-piemonte", // the demo users
            "password-operatore", "una-password-lunga", "a-fresh-chosen-passphrase",
            "1234password", // digits before a listed entry are not stripped
            "qwertyqwertx", // almost a repetition
            "correct horse battery staple",
    })
    void acceptsPasswordsThatAreNotCommonVariations(String password) {
        assertThat(policy.check("password", password)).isEmpty();
    }

    @Test
    void namesTheFieldItWasGiven() {
        assertThat(policy.check("newPassword", "qwerty123456"))
                .containsExactly(Violation.of("newPassword", "users.error.password.common"));
    }

    @Test
    void stillRefusesShortAndOverlongPasswordsFirst() {
        assertThat(policy.check("password", "qwerty")).containsExactly(Violation.of("password", "users.error.password.tooShort", 12));
        assertThat(policy.check("password", "è".repeat(37))).containsExactly(Violation.of("password", "users.error.password.tooLong", 72));
    }

    @Test
    void shipsTheWholeZxcvbnListAndGeneratesPasswordsThatPass() {
        assertThat(CommonPasswords.shipped().size()).isEqualTo(47_023);
        for (int i = 0; i < 100; i++) {
            assertThat(policy.check("password", policy.generate())).isEqualTo(List.of());
        }
    }
}
