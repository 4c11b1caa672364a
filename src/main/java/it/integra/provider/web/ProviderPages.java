package it.integra.provider.web;

import it.integra.programme.CallNotFoundException;
import java.util.NoSuchElementException;
import org.springframework.http.HttpStatus;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.ResponseStatus;

/** What the provider pages answer when they name something that does not exist: the 404 page. */
@ControllerAdvice(assignableTypes = {ProvidersController.class, ProviderFormController.class,
        OperatorsController.class, ApplicationsController.class, ApplicationFormController.class})
class ProviderPages {

    @ExceptionHandler({NoSuchElementException.class, CallNotFoundException.class})
    @ResponseStatus(HttpStatus.NOT_FOUND)
    String notFound(Model model) {
        model.addAttribute("status", 404);
        return "error";
    }
}
