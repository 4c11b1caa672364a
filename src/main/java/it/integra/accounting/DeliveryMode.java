package it.integra.accounting;

/** How a service session was delivered. */
public enum DeliveryMode {
    IN_PERSON, REMOTE
}
