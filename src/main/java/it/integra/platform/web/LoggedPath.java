package it.integra.platform.web;

import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashSet;
import java.util.Set;
import java.util.StringJoiner;
import java.util.regex.Pattern;

/**
 * A request's path as the request log writes it: no query values (searches hold names and tax codes),
 * only the names of the parameters; a path segment shaped like a tax code, personal (16 characters,
 * omocodia letters allowed) or numeric (11 digits, also the provisional code of asylum seekers), masked
 * whether or not its check character is right (a mistyped code still points at a person); and no path
 * parameters ({@code ;jsessionid=...}).
 */
final class LoggedPath {

    static final String MASK = "{masked}";

    private static final Pattern PERSONAL_CODE = Pattern.compile(
            "[A-Z]{6}[0-9LMNPQRSTUV]{2}[A-Z][0-9LMNPQRSTUV]{2}[A-Z][0-9LMNPQRSTUV]{3}[A-Z]", Pattern.CASE_INSENSITIVE);
    private static final Pattern NUMERIC_CODE = Pattern.compile("[0-9]{11}");
    private static final Pattern PARAMETER_NAME = Pattern.compile("[A-Za-z0-9_.\\[\\]-]{1,40}");

    private LoggedPath() {
    }

    static String of(String requestUri, String queryString) {
        return maskedPath(requestUri == null ? "" : requestUri) + parameterNames(queryString);
    }

    private static String maskedPath(String uri) {
        StringJoiner path = new StringJoiner("/");
        for (String segment : uri.split("/", -1)) {
            int parameters = segment.indexOf(';');
            String plain = parameters < 0 ? segment : segment.substring(0, parameters);
            path.add(identifiesSomeone(decoded(plain)) ? MASK : plain);
        }
        return path.toString();
    }

    private static boolean identifiesSomeone(String segment) {
        String code = segment.strip();
        return PERSONAL_CODE.matcher(code).matches() || NUMERIC_CODE.matcher(code).matches();
    }

    private static String decoded(String segment) {
        try {
            return URLDecoder.decode(segment.replace("+", "%2B"), StandardCharsets.UTF_8);
        } catch (IllegalArgumentException e) {
            return segment;
        }
    }

    /**
     * {@code ?name&other}: each name once, in order; a name that is not a plain word, or is shaped like a
     * tax code, shown as {@code ?}.
     */
    private static String parameterNames(String query) {
        if (query == null || query.isEmpty()) {
            return "";
        }
        Set<String> names = new LinkedHashSet<>();
        for (String pair : query.split("&")) {
            if (pair.isEmpty()) {
                continue;
            }
            int equals = pair.indexOf('=');
            String name = equals < 0 ? pair : pair.substring(0, equals);
            names.add(PARAMETER_NAME.matcher(name).matches() && !identifiesSomeone(name) ? name : "?");
        }
        return names.isEmpty() ? "" : "?" + String.join("&", names);
    }
}
