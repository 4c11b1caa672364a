package it.integra.interchange;

import java.util.List;

/** A rule across the cells of one row (for example: closes on or after it opens). */
@FunctionalInterface
public interface RowRule {

    List<RowError> check(ParsedRow row);
}
