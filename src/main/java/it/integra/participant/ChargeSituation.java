package it.integra.participant;

/**
 * Where a registered person stands for a provider that wants to take them in charge: nobody else has
 * them (take them in charge at once), the provider has them already, another provider has them (ask
 * for a transfer), or the provider asked already and waits for the decision.
 */
public enum ChargeSituation {
    FREE, IN_CHARGE_HERE, ELSEWHERE, TRANSFER_REQUESTED;

    /** Another provider has the person: taking them in charge is a request. */
    public boolean elsewhere() {
        return this == ELSEWHERE || this == TRANSFER_REQUESTED;
    }
}
