package it.integra.participant.web;

import it.integra.participant.ParticipantNotFoundException;
import it.integra.platform.Problems;
import jakarta.servlet.http.HttpServletRequest;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.servlet.ModelAndView;

/**
 * A person not found, or not within the user's scope, is a 404 for the participant pages (the error
 * page) and for the API (a problem document): the two cases are not told apart.
 */
@ControllerAdvice(basePackageClasses = ParticipantProblems.class)
class ParticipantProblems {

    private final Problems problems;

    ParticipantProblems(Problems problems) {
        this.problems = problems;
    }

    @ExceptionHandler(ParticipantNotFoundException.class)
    Object notFound(HttpServletRequest request) {
        if (request.getRequestURI().startsWith(request.getContextPath() + "/api/")) {
            return Problems.answer(problems.of(HttpStatus.NOT_FOUND, "problem.404.title", "participant.api.notFound"),
                    request.getRequestURI());
        }
        ModelAndView page = new ModelAndView("error", HttpStatus.NOT_FOUND);
        page.addObject("status", 404);
        return page;
    }
}
