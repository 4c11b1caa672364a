package it.integra.platform.security;

import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.Arrays;
import java.util.Locale;
import java.util.regex.Pattern;
import org.springframework.security.core.Authentication;
import org.springframework.security.web.authentication.WebAuthenticationDetails;

/**
 * Who tries to log in, as the throttle counts it: the user name as typed (trimmed, lowercased,
 * existing or not) and the client address as the servlet container reports it. Behind a proxy that
 * address is the client's only when {@code server.forward-headers-strategy} is set; the throttle
 * never reads forwarding headers itself, which any client could forge.
 *
 * <p>An IPv6 client is counted by its /64 network: one subscriber usually holds a whole /64 and could
 * otherwise change address at every attempt.
 */
record LoginAttempt(String username, String address) {

    static final String UNKNOWN_ADDRESS = "unknown";
    static final int MAX_USERNAME = 200;
    static final int MAX_ADDRESS = 64;
    private static final Pattern IPV4 = Pattern.compile("\\d{1,3}(\\.\\d{1,3}){3}");
    private static final Pattern IPV6 = Pattern.compile("[0-9A-Fa-f:.]*:[0-9A-Fa-f:.]*");

    static LoginAttempt of(Authentication authentication) {
        String remote = authentication.getDetails() instanceof WebAuthenticationDetails web ? web.getRemoteAddress() : null;
        return new LoginAttempt(username(authentication.getName()), address(remote));
    }

    static String username(String typed) {
        String name = typed == null ? "" : typed.strip().toLowerCase(Locale.ROOT);
        return name.length() > MAX_USERNAME ? name.substring(0, MAX_USERNAME) : name;
    }

    static String address(String remote) {
        if (remote == null || remote.isBlank()) {
            return UNKNOWN_ADDRESS;
        }
        String literal = remote.strip();
        int zone = literal.indexOf('%');
        if (zone >= 0) {
            literal = literal.substring(0, zone);
        }
        // only literals are parsed, so that InetAddress never looks a name up in the DNS
        if (!IPV4.matcher(literal).matches() && !IPV6.matcher(literal).matches()) {
            return literal.length() > MAX_ADDRESS ? literal.substring(0, MAX_ADDRESS) : literal;
        }
        try {
            byte[] bytes = InetAddress.getByName(literal).getAddress();
            if (bytes.length == 4) {
                return InetAddress.getByAddress(bytes).getHostAddress();
            }
            byte[] network = Arrays.copyOf(Arrays.copyOf(bytes, 8), 16);
            return InetAddress.getByAddress(network).getHostAddress() + "/64";
        } catch (UnknownHostException e) {
            return literal;
        }
    }
}
