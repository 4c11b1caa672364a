package it.integra.accounting.web;

import it.integra.accounting.ClaimNotFoundException;
import it.integra.accounting.PathwayNotFoundException;
import it.integra.accounting.PaymentNotFoundException;
import org.springframework.http.HttpStatus;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.ResponseStatus;

/** A record that does not exist, or that the user may not see, is a 404 page on the accounting pages. */
@ControllerAdvice(basePackageClasses = AccountingPagesAdvice.class)
class AccountingPagesAdvice {

    @ExceptionHandler({PathwayNotFoundException.class, ClaimNotFoundException.class, PaymentNotFoundException.class})
    @ResponseStatus(HttpStatus.NOT_FOUND)
    String notFound(Model model) {
        model.addAttribute("status", 404);
        return "error";
    }
}
