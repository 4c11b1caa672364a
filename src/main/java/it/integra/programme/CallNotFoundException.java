package it.integra.programme;

/** No call has this code. */
public class CallNotFoundException extends RuntimeException {

    public CallNotFoundException(String code) {
        super("no call " + code, null, false, false);
    }
}
