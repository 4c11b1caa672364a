package it.integra.internship.web;

import it.integra.clearance.ClearanceNotFoundException;
import it.integra.internship.HostNotFoundException;
import it.integra.internship.InternshipNotFoundException;
import org.springframework.http.HttpStatus;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.ResponseStatus;

/** A record that does not exist, or that the user may not see, is a 404 page on the internship pages. */
@ControllerAdvice(basePackageClasses = InternshipPagesAdvice.class)
class InternshipPagesAdvice {

    @ExceptionHandler({InternshipNotFoundException.class, HostNotFoundException.class, ClearanceNotFoundException.class})
    @ResponseStatus(HttpStatus.NOT_FOUND)
    String notFound(Model model) {
        model.addAttribute("status", 404);
        return "error";
    }
}
