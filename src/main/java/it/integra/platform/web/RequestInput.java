package it.integra.platform.web;

import it.integra.platform.Redirects;
import it.integra.platform.Violation;
import java.io.ByteArrayOutputStream;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What no query or form field of the application can take, whatever the field: a NUL character
 * (PostgreSQL cannot store it), bytes that are not UTF-8, a date outside 1900-2100 (PostgreSQL stores
 * year 0 and 10000 badly or not at all, and no record of a programme is that old or far), and in a
 * redirect parameter a line break or anything but a local path. Each refusal names the field.
 */
final class RequestInput {

    static final int FIRST_YEAR = 1900;
    static final int LAST_YEAR = 2100;
    /** Parameters that name where to go next; none may leave the application or break a header. */
    static final Set<String> REDIRECT_PARAMETERS = Set.of("returnTo", "return", "next", "redirect", "redirectTo",
            "redirect_uri", "continue", "target", "url");

    private static final Pattern DATE_SHAPED = Pattern.compile("\\s*([+-]?\\d{1,9})-\\d{1,2}(?:-\\d{1,2})?\\s*");
    private static final int NAME_SHOWN = 60;
    /** The server's own limit on the fields of a request (Tomcat's maxParameterCount). */
    private static final int MAX_FIELDS = 1000;

    private RequestInput() {
    }

    /** The first refusal in an {@code application/x-www-form-urlencoded} text such as a query string. */
    static Optional<Violation> checkEncoded(String encoded) {
        if (encoded == null || encoded.isEmpty()) {
            return Optional.empty();
        }
        String[] pairs = encoded.split("&");
        if (pairs.length > MAX_FIELDS) {
            return Optional.of(Violation.of("", "input.form"));
        }
        for (String pair : pairs) {
            int equals = pair.indexOf('=');
            String rawName = equals < 0 ? pair : pair.substring(0, equals);
            String rawValue = equals < 0 ? "" : pair.substring(equals + 1);
            String name = decode(rawName);
            if (name == null) {
                return Optional.of(Violation.of(shown(rawName), "input.encoding", shown(rawName)));
            }
            String value = decode(rawValue);
            Optional<Violation> refusal = value == null
                    ? Optional.of(Violation.of(shown(name), "input.encoding", shown(name)))
                    : check(name, value);
            if (refusal.isPresent()) {
                return refusal;
            }
        }
        return Optional.empty();
    }

    /** The refusal of one decoded field, if any. */
    static Optional<Violation> check(String name, String value) {
        String field = shown(name);
        if (name.indexOf('\0') >= 0 || value.indexOf('\0') >= 0) {
            return Optional.of(Violation.of(field, "input.nul", field));
        }
        if (name.indexOf('\uFFFD') >= 0 || value.indexOf('\uFFFD') >= 0) {
            // what a decoder that replaces rather than refuses leaves of bytes that were not UTF-8
            return Optional.of(Violation.of(field, "input.encoding", field));
        }
        Matcher date = DATE_SHAPED.matcher(value);
        if (date.matches() && !withinYears(date.group(1))) {
            return Optional.of(Violation.of(field, "input.date.range", field, FIRST_YEAR, LAST_YEAR));
        }
        // an empty one names no target: Spring Security's saved request comes back as "/?continue"
        if (REDIRECT_PARAMETERS.contains(name) && !value.isEmpty() && !Redirects.isLocalPath(value)) {
            return Optional.of(Violation.of(field, "input.redirect", field));
        }
        return Optional.empty();
    }

    private static boolean withinYears(String digits) {
        try {
            int year = Integer.parseInt(digits);
            return year >= FIRST_YEAR && year <= LAST_YEAR;
        } catch (NumberFormatException e) {
            return false;
        }
    }

    /** Percent-decodes ({@code +} is a space) and reads the bytes as UTF-8; null if they are not UTF-8 or a {@code %} is broken. */
    static String decode(String encoded) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream(encoded.length());
        for (int i = 0; i < encoded.length(); i++) {
            char c = encoded.charAt(i);
            if (c == '+') {
                bytes.write(' ');
            } else if (c == '%') {
                if (i + 2 >= encoded.length()) {
                    return null;
                }
                int high = Character.digit(encoded.charAt(i + 1), 16);
                int low = Character.digit(encoded.charAt(i + 2), 16);
                if (high < 0 || low < 0) {
                    return null;
                }
                bytes.write(high * 16 + low);
                i += 2;
            } else {
                byte[] utf8 = String.valueOf(c).getBytes(StandardCharsets.UTF_8);
                bytes.write(utf8, 0, utf8.length);
            }
        }
        try {
            return StandardCharsets.UTF_8.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(bytes.toByteArray())).toString();
        } catch (CharacterCodingException e) {
            return null;
        }
    }

    /** A field name as a message may show it: printable characters only, not too long. */
    static String shown(String name) {
        String printable = name.codePoints()
                .filter(c -> !Character.isISOControl(c) && c != '\uFFFD')
                .collect(StringBuilder::new, StringBuilder::appendCodePoint, StringBuilder::append).toString();
        if (printable.isBlank()) {
            return "?";
        }
        return printable.length() > NAME_SHOWN ? printable.substring(0, NAME_SHOWN) : printable;
    }
}
