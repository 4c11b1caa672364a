package it.integra.platform.security;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.web.authentication.WebAuthenticationDetails;

/** How the throttle names who tries to log in: the name as typed, and the client address. */
class LoginAttemptTests {

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "203.0.113.7                             | 203.0.113.7",
            "::ffff:203.0.113.7                      | 203.0.113.7",
            "2001:db8:1:2:aaaa:bbbb:cccc:dddd        | 2001:db8:1:2:0:0:0:0/64",
            "2001:0DB8:0001:0002:0000:0000:0000:0001 | 2001:db8:1:2:0:0:0:0/64",
            "2001:db8:1:2::1%eth0                    | 2001:db8:1:2:0:0:0:0/64",
            "2001:db8:1:3::1                         | 2001:db8:1:3:0:0:0:0/64",
            "0:0:0:0:0:0:0:1                         | 0:0:0:0:0:0:0:0/64",
            "proxy.example.org                       | proxy.example.org",
    })
    void countsAnIpv4ClientByItsAddressAndAnIpv6ClientByItsSlash64(String remote, String expected) {
        assertThat(LoginAttempt.address(remote)).isEqualTo(expected);
    }

    @Test
    void anAttemptWithoutAClientAddressIsCountedUnderOneName() {
        assertThat(LoginAttempt.address(null)).isEqualTo("unknown");
        assertThat(LoginAttempt.address(" ")).isEqualTo("unknown");
    }

    @Test
    void takesTheNameAsTypedIgnoringCaseAndSurroundingSpacesAndTheAddressFromTheRequestDetails() {
        UsernamePasswordAuthenticationToken token = UsernamePasswordAuthenticationToken.unauthenticated(" Admin ", "x");
        token.setDetails(new WebAuthenticationDetails("198.51.100.4", null));

        assertThat(LoginAttempt.of(token)).isEqualTo(new LoginAttempt("admin", "198.51.100.4"));
        assertThat(LoginAttempt.of(UsernamePasswordAuthenticationToken.unauthenticated("x".repeat(300), "x")))
                .isEqualTo(new LoginAttempt("x".repeat(200), "unknown"));
    }
}
