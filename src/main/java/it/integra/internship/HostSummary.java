package it.integra.internship;

import it.integra.shared.Ateco;
import it.integra.shared.AtecoEdition;
import java.util.Optional;

/**
 * A host as the registry lists it, with its ongoing trainees and the capacity its headcount allows
 * (null while the headcount is unknown, as for hosts that came with imported internships). For a
 * reader that does not work with the host ({@code open} false) only the public data are filled in:
 * name, tax code, ATECO code and province.
 */
public record HostSummary(long id, String taxCode, String name, String ateco, AtecoEdition atecoEdition,
                          String province, Integer employees,
                          long ongoing, Integer capacity, boolean open) {

    /** The ATECO section of the host's code in its edition, for its name in the user's language. */
    public Optional<Ateco.Section> section() {
        return HostDetails.sectionOf(atecoEdition, ateco);
    }
}
