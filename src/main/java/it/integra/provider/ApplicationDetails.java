package it.integra.provider;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;

/**
 * An application with what its page shows: the declaration, who submitted it, the attachments and,
 * once decided, the outcome, its reason and who decided. {@code version} guards concurrent decisions.
 */
public record ApplicationDetails(long id, long callId, String callCode, String callTitle, long providerId,
                                 String providerCode, String providerName, LocalDate submittedOn,
                                 String submittedByName, boolean declarationAccepted, OffsetDateTime declaredAt,
                                 ApplicationStatus status, String reason, OffsetDateTime decidedAt,
                                 String decidedByName, int version, List<AttachmentSummary> attachments) {

    public ApplicationDetails {
        attachments = List.copyOf(attachments);
    }
}
