package it.integra;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The declared expectations of the access matrix, read from {@code access-matrix.txt} next to this
 * class: one line per route (method, path pattern as mapped, then one expectation per audience, then
 * the dataset keys that fill the path variables in order and {@code ?name=key} query parameters).
 * The file's header explains the tokens.
 */
final class AccessDeclarations {

    static final String FILE = "access-matrix.txt";
    private static final String KNOWN_LEAK = "known-leak(";

    /** Who asks: nobody, the authority's staff, the operators of the owning and of another provider, analysts. */
    enum Audience {
        ANONYMOUS("anon"), ADMIN("admin"), OFFICER("officer"), PROVIDER_OWN("own"), PROVIDER_OTHER("other"),
        ANALYST("analyst"), ANALYST_REGION("region");

        final String column;

        Audience(String column) {
            this.column = column;
        }

        static Audience ofColumn(String column) {
            return Arrays.stream(values()).filter(a -> a.column.equals(column)).findFirst()
                    .orElseThrow(() -> new IllegalArgumentException("unknown audience " + column));
        }
    }

    /** What one audience must get: {@code ok}, {@code login}, {@code skip} or an exact status. */
    record Expectation(String token) {

        Expectation {
            if (!Set.of("ok", "login", "skip").contains(token) && !token.matches("[1-5]\\d\\d")) {
                throw new IllegalArgumentException("unknown expectation " + token);
            }
        }

        boolean ok() {
            return token.equals("ok");
        }

        boolean login() {
            return token.equals("login");
        }

        boolean skip() {
            return token.equals("skip");
        }

        /** A refusal: the request must change nothing, so it is safe to send before the allowed writes. */
        boolean refusal() {
            return !ok() && !skip();
        }

        int status() {
            return Integer.parseInt(token);
        }
    }

    /**
     * One line of the file.
     *
     * @param knownLeaks audiences whose failure is reported but does not fail the test, until the fix of
     *                   {@code leakReason} (another engineer's part of the issue) is merged
     */
    record Declaration(String route, Map<Audience, Expectation> expected, List<String> pathValues,
                       Map<String, String> query, Set<Audience> knownLeaks, String leakReason, int line) {

        /** The request's path and query, with dataset keys replaced by their values ({@code 'x'} is literal). */
        String url(String pattern, Map<String, String> values) {
            StringBuilder url = new StringBuilder();
            int next = 0;
            for (String part : pattern.split("(?=\\{)|(?<=})")) {
                if (part.startsWith("{")) {
                    if (next >= pathValues.size()) {
                        throw new IllegalStateException("line " + line + ": no value for " + part);
                    }
                    url.append(resolve(pathValues.get(next++), values));
                } else {
                    url.append(part);
                }
            }
            String separator = "?";
            for (Map.Entry<String, String> parameter : query.entrySet()) {
                url.append(separator).append(parameter.getKey()).append('=')
                        .append(resolve(parameter.getValue(), values));
                separator = "&";
            }
            return url.toString();
        }

        private String resolve(String token, Map<String, String> values) {
            if (token.startsWith("'") && token.endsWith("'")) {
                return token.substring(1, token.length() - 1);
            }
            String value = values.get(token);
            if (value == null) {
                throw new IllegalStateException("line " + line + ": unknown dataset key " + token);
            }
            return value;
        }
    }

    private AccessDeclarations() {
    }

    /**
     * Every route's declarations, by the route's key ({@code METHOD /path} with the mapping's condition when
     * it has one): its line, then the further samples written {@code +METHOD /path} with other values.
     */
    static Map<String, List<Declaration>> read() throws IOException {
        try (InputStream in = AccessDeclarations.class.getResourceAsStream(FILE)) {
            if (in == null) {
                throw new IllegalStateException(FILE + " is missing");
            }
            String[] lines = new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n");
            Map<String, List<Declaration>> declarations = new LinkedHashMap<>();
            for (int i = 0; i < lines.length; i++) {
                String text = lines[i].strip();
                if (text.isEmpty() || text.startsWith("#")) {
                    continue;
                }
                boolean sample = text.startsWith("+");
                Declaration declaration = parse(sample ? text.substring(1) : text, i + 1);
                if (sample != declarations.containsKey(declaration.route())) {
                    throw new IllegalStateException("line " + (i + 1) + ": " + declaration.route()
                            + (sample ? " is a further sample of a route not declared above" : " declared twice"));
                }
                declarations.computeIfAbsent(declaration.route(), route -> new ArrayList<>()).add(declaration);
            }
            return declarations;
        }
    }

    private static Declaration parse(String text, int line) {
        int marker = text.indexOf(KNOWN_LEAK);
        String[] tokens = (marker < 0 ? text : text.substring(0, marker)).strip().split("\\s+");
        Audience[] audiences = Audience.values();
        if (tokens.length < 2 + audiences.length) {
            throw new IllegalStateException("line " + line + ": expected a route and " + audiences.length + " outcomes");
        }
        Map<Audience, Expectation> expected = new EnumMap<>(Audience.class);
        for (int a = 0; a < audiences.length; a++) {
            expected.put(audiences[a], new Expectation(tokens[2 + a]));
        }
        List<String> pathValues = new ArrayList<>();
        Map<String, String> query = new LinkedHashMap<>();
        for (int t = 2 + audiences.length; t < tokens.length; t++) {
            if (tokens[t].startsWith("?")) {
                String[] parameter = tokens[t].substring(1).split("=", 2);
                query.put(parameter[0], parameter[1]);
            } else {
                pathValues.add(tokens[t]);
            }
        }
        String leak = marker < 0 ? null : text.substring(marker + KNOWN_LEAK.length());
        return new Declaration(tokens[0] + " " + tokens[1], expected, pathValues, query, leakAudiences(leak, line),
                leak == null ? null : leak.substring(leak.indexOf("):") + 2).strip(), line);
    }

    /** The audiences of a {@code known-leak(own,other): reason} marker, read after its opening parenthesis. */
    private static Set<Audience> leakAudiences(String marker, int line) {
        Set<Audience> audiences = EnumSet.noneOf(Audience.class);
        if (marker == null) {
            return audiences;
        }
        if (!marker.contains("):")) {
            throw new IllegalStateException("line " + line + ": write known-leak(audience,...): reason");
        }
        for (String column : marker.substring(0, marker.indexOf("):")).split(",")) {
            audiences.add(Audience.ofColumn(column.strip()));
        }
        return audiences;
    }
}
