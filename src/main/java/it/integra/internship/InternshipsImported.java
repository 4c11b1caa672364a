package it.integra.internship;

import java.util.List;

/**
 * An import created or changed these internships. Published inside the import's transaction, so that
 * modules keeping facts about internships (outcomes) bring them up to date before it commits.
 */
public record InternshipsImported(List<Long> internshipIds) {

    public InternshipsImported {
        internshipIds = List.copyOf(internshipIds);
    }
}
