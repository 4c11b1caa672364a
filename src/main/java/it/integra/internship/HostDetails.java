package it.integra.internship;

import it.integra.shared.Ateco;
import java.util.List;
import java.util.Optional;

/**
 * A host of the registry with its company tutors, its ongoing trainees and its capacity; or, as
 * {@link #publicData()}, only what anyone may read of it.
 */
public record HostDetails(long id, String taxCode, String name, String ateco, String province, String address,
                          Integer employees, int version, List<CompanyTutor> tutors, long ongoing, Integer capacity) {

    public HostDetails {
        tutors = List.copyOf(tutors);
    }

    public Optional<Ateco.Section> section() {
        return sectionOf(ateco);
    }

    /** The host as a reader who does not work with it sees it: name, tax code, ATECO code and province. */
    public HostDetails publicData() {
        return new HostDetails(id, taxCode, name, ateco, province, null, null, version, List.of(), 0, null);
    }

    public List<CompanyTutor> activeTutors() {
        return tutors.stream().filter(CompanyTutor::active).toList();
    }

    static Optional<Ateco.Section> sectionOf(String ateco) {
        return ateco == null || ateco.length() < 2 ? Optional.empty() : Ateco.sectionOfDivision(ateco.substring(0, 2));
    }
}
