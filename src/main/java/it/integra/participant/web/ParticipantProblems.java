package it.integra.participant.web;

import it.integra.participant.ParticipantNotFoundException;
import jakarta.servlet.http.HttpServletRequest;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.servlet.ModelAndView;

/**
 * A person not found, or not within the user's scope, is a 404 for the participant pages (the error
 * page) and for the API (a problem document): the two cases are not told apart.
 */
@ControllerAdvice(basePackageClasses = ParticipantProblems.class)
class ParticipantProblems {

    @ExceptionHandler(ParticipantNotFoundException.class)
    Object notFound(HttpServletRequest request) {
        if (request.getRequestURI().startsWith(request.getContextPath() + "/api/")) {
            ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.NOT_FOUND,
                    "Nessuna persona con questo codice nel tuo ambito / No person with this code within your scope");
            return ResponseEntity.status(HttpStatus.NOT_FOUND).body(problem);
        }
        ModelAndView page = new ModelAndView("error", HttpStatus.NOT_FOUND);
        page.addObject("status", 404);
        return page;
    }
}
