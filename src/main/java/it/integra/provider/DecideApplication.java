package it.integra.provider;

/**
 * An officer's decision on a pending application. The reason is required for INELIGIBLE and
 * optional for ELIGIBLE; {@code expectedVersion} is the version the officer saw.
 */
public record DecideApplication(long applicationId, ApplicationStatus outcome, String reason, int expectedVersion) {

    public DecideApplication {
        reason = reason == null || reason.isBlank() ? null : reason.strip();
    }
}
