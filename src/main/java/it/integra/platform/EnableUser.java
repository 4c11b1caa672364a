package it.integra.platform;

/** Let a disabled user log in again. */
public record EnableUser(long userId) {
}
