package it.integra.provider;

import java.util.List;

/** A provider with everything its page shows about it; {@code version} guards concurrent edits. */
public record ProviderDetails(long id, String code, String taxCode, String name, String type, String province,
                              String accreditation, ProviderContacts contacts, List<OperatingSeat> seats, int version) {

    public ProviderDetails {
        seats = List.copyOf(seats);
    }

    public ProviderData data() {
        return new ProviderData(taxCode, name, type, province, accreditation, contacts, seats);
    }
}
