package it.integra.platform;

/** Disable a user: they can no longer log in. {@code actorId} is the administrator who asks. */
public record DisableUser(long userId, long actorId) {
}
