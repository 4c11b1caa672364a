package it.integra.interchange.web;

import it.integra.interchange.ImportRejectedException;
import it.integra.interchange.RowError;
import it.integra.interchange.UnknownDatasetException;
import it.integra.interchange.UnsupportedFormatException;
import it.integra.platform.Problems;
import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.List;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;

/** RFC 9457 answers for the interchange API: a rejected file lists every row error. */
@RestControllerAdvice(assignableTypes = InterchangeApiController.class)
class InterchangeProblems {

    private final Problems problems;

    InterchangeProblems(Problems problems) {
        this.problems = problems;
    }

    @ExceptionHandler(ImportRejectedException.class)
    ProblemDetail rejected(ImportRejectedException e) {
        ProblemDetail problem = problems.of(HttpStatus.UNPROCESSABLE_CONTENT, "import.rejected.title",
                "import.rejected.detail", e.errorCount());
        problem.setProperty("dataset", e.dataset());
        problem.setProperty("errorCount", e.errorCount());
        problem.setProperty("errors", rows(e.errors()));
        return problem;
    }

    @ExceptionHandler(UnknownDatasetException.class)
    ProblemDetail unknown(UnknownDatasetException e) {
        return problems.of(HttpStatus.NOT_FOUND, "import.dataset.unknown.title", "import.dataset.unknown", e.dataset());
    }

    @ExceptionHandler(UnsupportedFormatException.class)
    ProblemDetail unsupported(UnsupportedFormatException e) {
        return problems.of(HttpStatus.UNSUPPORTED_MEDIA_TYPE, "import.format.unsupported.title",
                "import.format.unsupported", e.dataset(), e.mediaType());
    }

    /** One row error as the contract writes it; files other than CSV also say where the record is. */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    record ErrorRow(int row, String column, String message, String location) {
    }

    private List<ErrorRow> rows(List<RowError> errors) {
        return errors.stream()
                .map(error -> new ErrorRow(error.row(), error.column(),
                        problems.text(error.messageKey(), error.arguments()), error.location()))
                .toList();
    }
}
