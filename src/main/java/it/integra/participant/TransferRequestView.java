package it.integra.participant;

import java.time.LocalDate;
import java.util.List;

/**
 * A transfer request as its reader may see it. The person's name is there only for readers who may
 * open the record (the requester does not until the request is granted); the tax code for those and
 * for the requester, who gave it; the provider the person leaves only for the authority and that
 * provider; who has the person in charge now only for the authority.
 */
public record TransferRequestView(long id, long participantId, String taxCode, String personName,
                                  long fromProviderId, String fromProviderName, long toProviderId,
                                  String toProviderName, String reason, TransferStatus status, LocalDate requestedOn,
                                  String requestedBy, LocalDate decidedOn, String decidedBy, String decisionNote,
                                  List<SharedPart> shared, String inChargeNow) {

    public TransferRequestView {
        shared = List.copyOf(shared);
    }

    public boolean shares(SharedPart part) {
        return shared.contains(part);
    }
}
