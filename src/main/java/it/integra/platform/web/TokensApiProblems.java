package it.integra.platform.web;

import it.integra.platform.ViolationException;
import java.util.List;
import java.util.Locale;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;

/** A refused token request answers 422 with every field at fault, in the client's language. */
@RestControllerAdvice(assignableTypes = TokensApiController.class)
class TokensApiProblems {

    /** One refused field and why. */
    record FieldError(String field, String message) {
    }

    private final MessageSource messages;

    TokensApiProblems(MessageSource messages) {
        this.messages = messages;
    }

    @ExceptionHandler(ViolationException.class)
    ProblemDetail refused(ViolationException e) {
        Locale locale = LocaleContextHolder.getLocale();
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.UNPROCESSABLE_CONTENT,
                messages.getMessage("form.hasErrors", null, locale));
        problem.setTitle(messages.getMessage("tokens.refused.title", null, locale));
        List<FieldError> errors = e.violations().stream()
                .map(v -> new FieldError(v.field(), messages.getMessage(v.code(), v.arguments().toArray(), locale)))
                .toList();
        problem.setProperty("errors", errors);
        return problem;
    }
}
