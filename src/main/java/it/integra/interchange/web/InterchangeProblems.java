package it.integra.interchange.web;

import it.integra.interchange.ImportRejectedException;
import it.integra.interchange.RowError;
import it.integra.interchange.UnknownDatasetException;
import it.integra.interchange.UnsupportedFormatException;
import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.List;
import java.util.Locale;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;

/** RFC 9457 answers for the interchange API: a rejected file lists every row error. */
@RestControllerAdvice(assignableTypes = InterchangeApiController.class)
class InterchangeProblems {

    private final MessageSource messages;

    InterchangeProblems(MessageSource messages) {
        this.messages = messages;
    }

    @ExceptionHandler(ImportRejectedException.class)
    ProblemDetail rejected(ImportRejectedException e) {
        Locale locale = LocaleContextHolder.getLocale();
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.UNPROCESSABLE_CONTENT,
                messages.getMessage("import.rejected.detail", new Object[] {e.errorCount()}, locale));
        problem.setTitle(messages.getMessage("import.rejected.title", null, locale));
        problem.setProperty("dataset", e.dataset());
        problem.setProperty("errorCount", e.errorCount());
        problem.setProperty("errors", rows(e.errors(), locale));
        return problem;
    }

    @ExceptionHandler(UnknownDatasetException.class)
    ProblemDetail unknown(UnknownDatasetException e) {
        Locale locale = LocaleContextHolder.getLocale();
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.NOT_FOUND,
                messages.getMessage("import.dataset.unknown", new Object[] {e.dataset()}, locale));
        problem.setTitle(messages.getMessage("import.dataset.unknown.title", null, locale));
        return problem;
    }

    @ExceptionHandler(UnsupportedFormatException.class)
    ProblemDetail unsupported(UnsupportedFormatException e) {
        Locale locale = LocaleContextHolder.getLocale();
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.UNSUPPORTED_MEDIA_TYPE,
                messages.getMessage("import.format.unsupported", new Object[] {e.dataset(), e.mediaType()}, locale));
        problem.setTitle(messages.getMessage("import.format.unsupported.title", null, locale));
        return problem;
    }

    /** One row error as the contract writes it; files other than CSV also say where the record is. */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    record ErrorRow(int row, String column, String message, String location) {
    }

    private List<ErrorRow> rows(List<RowError> errors, Locale locale) {
        return errors.stream()
                .map(error -> new ErrorRow(error.row(), error.column(),
                        messages.getMessage(error.messageKey(), error.arguments(), locale), error.location()))
                .toList();
    }
}
