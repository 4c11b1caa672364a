package it.integra.interchange;

/**
 * Reads one non-empty cell and returns its normalised text as it will be stored (for example an
 * upper-cased tax code), or throws {@link CellException} naming the problem.
 */
@FunctionalInterface
public interface CellParser {

    String parse(String cell);
}
