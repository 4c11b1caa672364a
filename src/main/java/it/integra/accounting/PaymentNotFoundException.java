package it.integra.accounting;

/** No payment order or payee is known by this reference, or the user may not see it. */
public class PaymentNotFoundException extends RuntimeException {

    public PaymentNotFoundException(Object ref) {
        super("no payment record " + ref, null, false, false);
    }
}
