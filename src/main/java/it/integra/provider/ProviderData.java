package it.integra.provider;

import java.util.List;

/**
 * What the authority records about a provider, apart from its code: the values as typed (trimmed),
 * checked by the registry's rules when registered or edited. Blank seat rows are dropped.
 *
 * @param taxCode       an 11-digit VAT number or a 16-character personal tax code
 * @param type          one of {@link it.integra.shared.ProviderType}
 * @param province      the province of the registered seat (sigla)
 * @param accreditation the accreditation or authorisation reference for employment services, optional
 */
public record ProviderData(String taxCode, String name, String type, String province, String accreditation,
                           ProviderContacts contacts, List<OperatingSeat> seats) {

    public ProviderData {
        taxCode = Text.upper(taxCode);
        name = Text.orNull(name);
        type = Text.orNull(type);
        province = Text.upper(province);
        accreditation = Text.orNull(accreditation);
        contacts = contacts == null ? ProviderContacts.none() : contacts;
        seats = seats == null ? List.of() : seats.stream().filter(seat -> !seat.isBlank()).toList();
    }
}
