package it.integra.provider;

import java.util.List;

/**
 * A provider operator's application to a call, for the operator's own provider.
 *
 * @param declarationAccepted whether the operator ticked the declaration (dichiarazione sostitutiva)
 *                            that the provider is accredited or authorised for employment services
 */
public record SubmitApplication(String callCode, boolean declarationAccepted, List<NewAttachment> attachments) {

    public SubmitApplication {
        callCode = callCode == null || callCode.isBlank() ? null : callCode.strip();
        attachments = attachments == null ? List.of() : List.copyOf(attachments);
    }
}
