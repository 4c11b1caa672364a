package it.integra.participant;

import java.util.Optional;

/** What someone does to a transfer request, and the status it leads to (none for a share). */
public enum TransferStep {
    APPROVE(TransferStatus.APPROVED),
    REFUSE(TransferStatus.REFUSED),
    RELEASE(TransferStatus.RELEASED),
    WITHDRAW(TransferStatus.WITHDRAWN),
    SHARE(null);

    private final TransferStatus leadsTo;

    TransferStep(TransferStatus leadsTo) {
        this.leadsTo = leadsTo;
    }

    public Optional<TransferStatus> leadsTo() {
        return Optional.ofNullable(leadsTo);
    }
}
