package it.integra.internship;

import it.integra.shared.Ateco;
import java.util.List;
import java.util.Optional;

/** A host of the registry with its company tutors, its ongoing trainees and its capacity. */
public record HostDetails(long id, String taxCode, String name, String ateco, String province, String address,
                          Integer employees, int version, List<CompanyTutor> tutors, long ongoing, Integer capacity) {

    public HostDetails {
        tutors = List.copyOf(tutors);
    }

    public Optional<Ateco.Section> section() {
        return sectionOf(ateco);
    }

    public List<CompanyTutor> activeTutors() {
        return tutors.stream().filter(CompanyTutor::active).toList();
    }

    static Optional<Ateco.Section> sectionOf(String ateco) {
        return ateco == null || ateco.length() < 2 ? Optional.empty() : Ateco.sectionOfDivision(ateco.substring(0, 2));
    }
}
