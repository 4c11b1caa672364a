package it.integra.platform;

import java.util.List;

/**
 * Values that go into a redirect's address. A value with a line break is refused (400 naming the field)
 * rather than carried into the {@code Location} header, and a target is only ever a path of this
 * application, so a link cannot send a signed-in user elsewhere.
 */
public final class Redirects {

    private Redirects() {
    }

    /** The value itself; refused naming {@code field} when it holds a line break. Null stays null. */
    public static String singleLine(String field, String value) {
        if (value != null && (value.indexOf('\r') >= 0 || value.indexOf('\n') >= 0)) {
            throw new ViolationException(List.of(Violation.of(field, "input.redirect", field)));
        }
        return value;
    }

    /** Whether a target is a path of this application: one leading slash, no scheme or host, no control character or backslash. */
    public static boolean isLocalPath(String value) {
        return value != null && value.startsWith("/") && !value.startsWith("//")
                && value.chars().noneMatch(c -> c == '\\' || Character.isISOControl(c));
    }
}
