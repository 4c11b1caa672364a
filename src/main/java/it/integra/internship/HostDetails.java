package it.integra.internship;

import it.integra.shared.Ateco;
import it.integra.shared.AtecoClassification;
import it.integra.shared.AtecoEdition;
import java.util.List;
import java.util.Optional;

/**
 * A host of the registry with its company tutors, its ongoing trainees and its capacity; or, as
 * {@link #publicData()}, only what anyone may read of it.
 */
public record HostDetails(long id, String taxCode, String name, String ateco, AtecoEdition atecoEdition,
                          String province, String address,
                          Integer employees, int version, List<CompanyTutor> tutors, long ongoing, Integer capacity) {

    public HostDetails {
        tutors = List.copyOf(tutors);
    }

    /** The section of the host's code in the code's edition. */
    public Optional<Ateco.Section> section() {
        return sectionOf(atecoEdition, ateco);
    }

    /** The code's entry in ISTAT's list of its edition, for its title. */
    public Optional<AtecoClassification.Entry> atecoEntry() {
        return Ateco.edition(atecoEdition).entry(ateco);
    }

    /** The host as a reader who does not work with it sees it: name, tax code, ATECO code and province. */
    public HostDetails publicData() {
        return new HostDetails(id, taxCode, name, ateco, atecoEdition, province, null, null, version, List.of(), 0, null);
    }

    public List<CompanyTutor> activeTutors() {
        return tutors.stream().filter(CompanyTutor::active).toList();
    }

    static Optional<Ateco.Section> sectionOf(AtecoEdition edition, String ateco) {
        return Ateco.sectionOf(edition, ateco);
    }
}
