package it.integra;

import it.integra.AccessDeclarations.Audience;
import it.integra.AccessMatrixTests.Call;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Function;
import org.springframework.mock.web.MockHttpServletResponse;

/**
 * What the access matrix found: answers otherwise than declared or showing forbidden values (failures),
 * the same under a known-leak marker (reported, not failing), and markers whose leak is closed.
 */
final class AccessReport {

    final List<String> failures = new ArrayList<>();
    final List<String> knownLeaks = new ArrayList<>();
    final Set<String> closedLeaks = new TreeSet<>();
    int sent;
    int skipped;

    private final Function<Audience, List<String>> forbidden;

    AccessReport(Function<Audience, List<String>> forbidden) {
        this.forbidden = forbidden;
    }

    void record(Call call, MockHttpServletResponse response) throws Exception {
        sent++;
        String problem = AccessRoutes.verdict(call.route(), call.expected(), response);
        if (problem != null && response.getStatus() >= 500) {
            String body = response.getContentAsString(StandardCharsets.UTF_8);
            problem += " (" + body.substring(0, Math.min(160, body.length())).replaceAll("\\s+", " ") + ")";
        }
        List<String> leaked = leaked(call, response);
        if (!leaked.isEmpty()) {
            problem = (problem == null ? "" : problem + "; ") + "body shows " + leaked;
        }
        boolean known = call.declaration().knownLeaks().contains(call.audience());
        if (problem != null) {
            (known ? knownLeaks : failures).add(call.name() + ": " + problem
                    + (known ? " [" + call.declaration().leakReason() + "]" : ""));
        } else if (known) {
            closedLeaks.add(call.name() + " [" + call.declaration().leakReason() + "]: marker can go");
        }
    }

    /** The forbidden values in a textual answer, once the request's own path (an error may echo it) is left out. */
    private List<String> leaked(Call call, MockHttpServletResponse response) throws Exception {
        String type = response.getContentType();
        if (type != null && !type.startsWith("text/") && !type.contains("json") && !type.contains("xml")) {
            return List.of();
        }
        String body = response.getContentAsString(StandardCharsets.UTF_8).replace(call.url().split("\\?")[0], "");
        return forbidden.apply(call.audience()).stream().filter(body::contains).toList();
    }

    @Override
    public String toString() {
        return "Access matrix: " + sent + " requests, " + skipped + " declared skips, " + failures.size()
                + " failures\n  " + String.join("\n  ", failures) + "\nKnown leaks still open (" + knownLeaks.size()
                + "):\n  " + String.join("\n  ", knownLeaks) + "\nKnown-leak markers no longer needed ("
                + closedLeaks.size() + "):\n  " + String.join("\n  ", closedLeaks);
    }
}
