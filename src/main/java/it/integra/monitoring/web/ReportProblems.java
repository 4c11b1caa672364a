package it.integra.monitoring.web;

import it.integra.monitoring.UnknownFilterException;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;

/** A report or pack asked with a filter that names nothing known: 400 with the reason. */
@RestControllerAdvice(assignableTypes = {ReportsApiController.class, MonitoringPackController.class})
class ReportProblems {

    private final MessageSource messages;

    ReportProblems(MessageSource messages) {
        this.messages = messages;
    }

    @ExceptionHandler(UnknownFilterException.class)
    ProblemDetail unknownFilter(UnknownFilterException e) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.BAD_REQUEST,
                messages.getMessage(e.messageKey(), new Object[] {e.value()}, LocaleContextHolder.getLocale()));
        problem.setTitle(messages.getMessage("report.filter.title", null, LocaleContextHolder.getLocale()));
        return problem;
    }
}
