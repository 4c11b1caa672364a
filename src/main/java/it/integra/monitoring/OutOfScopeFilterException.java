package it.integra.monitoring;

/** A report filter asks for territory outside the user's scope (a province of another region): 403. */
public class OutOfScopeFilterException extends UnknownFilterException {

    public OutOfScopeFilterException(String messageKey, String value) {
        super(messageKey, value);
    }
}
