package it.integra.interchange;

import it.integra.platform.CurrentUser;
import java.util.Objects;

/**
 * A dataset that names people was exported: the participant module writes it to the access log, one
 * entry per export with the user, what was exported ({@code filter}: the dataset and the user's
 * scope) and how many people it named.
 */
public record PeopleExported(String dataset, String filter, long people, CurrentUser user) {

    public PeopleExported {
        Objects.requireNonNull(dataset, "dataset");
        Objects.requireNonNull(user, "user");
    }
}
