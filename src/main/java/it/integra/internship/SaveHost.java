package it.integra.internship;

import it.integra.shared.AtecoEdition;
import java.util.Locale;

/**
 * A host's data as a provider's operator or the authority types them, to register a new host or to
 * change one: its ATECO code comes with the edition it belongs to. Checked by the host rules, which
 * report every field at fault.
 */
public record SaveHost(String taxCode, String name, String ateco, AtecoEdition atecoEdition, String province,
                       String address, Integer employees) {

    /** A host whose code is of ATECO 2007, the edition of the clearances' codes and of earlier data. */
    public SaveHost(String taxCode, String name, String ateco, String province, String address, Integer employees) {
        this(taxCode, name, ateco, AtecoEdition.DEFAULT, province, address, employees);
    }

    public SaveHost {
        taxCode = taxCode == null ? null : taxCode.strip().toUpperCase(Locale.ROOT);
        name = name == null || name.isBlank() ? null : name.strip();
        ateco = ateco == null ? null : ateco.strip();
        province = province == null ? null : province.strip().toUpperCase(Locale.ROOT);
        address = address == null || address.isBlank() ? null : address.strip();
    }
}
