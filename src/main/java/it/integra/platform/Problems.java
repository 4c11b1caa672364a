package it.integra.platform;

import java.net.URI;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Component;

/**
 * The one way the API says what went wrong: an RFC 9457 problem ({@code type}, {@code title},
 * {@code status}, {@code detail}, {@code instance}) whose title and detail come from the bundles in the
 * reader's language. Never a stack trace, an exception message or SQL: only texts of the bundles and
 * the values they are given.
 */
@Component
public class Problems {

    /** The problem type of every answer: no further documentation than the title and detail. */
    public static final URI TYPE = URI.create("about:blank");

    private final MessageSource messages;

    Problems(MessageSource messages) {
        this.messages = messages;
    }

    /** A problem with the title and the detail of these keys, in the language of the current request. */
    public ProblemDetail of(HttpStatusCode status, String titleKey, String detailKey, Object... arguments) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(status, text(detailKey, arguments));
        problem.setType(TYPE);
        problem.setTitle(text(titleKey));
        return problem;
    }

    /**
     * A refusal of one or more fields (400 unless said otherwise): the detail lists them, and
     * {@code errors} gives each {@code {"field": ..., "message": ...}}.
     */
    public ProblemDetail invalid(HttpStatusCode status, List<Violation> violations) {
        List<Map<String, String>> errors = violations.stream()
                .map(v -> Map.of("field", v.field(), "message", text(v.code(), v.arguments().toArray())))
                .toList();
        String detail = String.join(" ", errors.stream().map(error -> error.get("message")).toList());
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(status, detail);
        problem.setType(TYPE);
        problem.setTitle(text("problem.invalid.title"));
        problem.setProperty("errors", errors);
        return problem;
    }

    /** The answer carrying a problem, typed {@code application/problem+json} whatever the client accepts. */
    public static ResponseEntity<ProblemDetail> answer(ProblemDetail problem, String instance) {
        if (problem.getInstance() == null && instance != null) {
            problem.setInstance(URI.create(instance));
        }
        return ResponseEntity.status(problem.getStatus()).contentType(MediaType.APPLICATION_PROBLEM_JSON).body(problem);
    }

    /** A text of the bundles in the language of the current request. */
    public String text(String key, Object... arguments) {
        Locale locale = LocaleContextHolder.getLocale();
        return messages.getMessage(key, arguments, key, locale);
    }
}
