package it.integra.interchange;

import it.integra.platform.CurrentUser;
import java.util.List;

/**
 * One dataset of the interchange contract, contributed as a bean by the module that owns its data.
 * The import engine reads the file against {@link #columns()}, applies {@link #rowRules()}, stages
 * the valid rows, runs {@link #referenceChecks()} and, when nothing is wrong, calls {@link #upsert}.
 */
public interface Dataset {

    /** The name in the URL, e.g. {@code providers}. */
    String name();

    /** Position in the contract's import order (calls first, contracts last). */
    int importOrder();

    /** The columns in the order of the contract, which is also the export order. */
    List<Column> columns();

    /** The columns that identify a row; a file may not hold the same key twice. */
    List<String> key();

    default List<RowRule> rowRules() {
        return List.of();
    }

    default List<ReferenceCheck> referenceChecks() {
        return List.of();
    }

    /**
     * The checks of one import, which may depend on who imports and on today (a provider's operator
     * may address only its own records); the same as {@link #referenceChecks()} unless overridden.
     */
    default List<ReferenceCheck> referenceChecks(ImportContext context) {
        return referenceChecks();
    }

    /**
     * What each valid row is matched to in memory while the file is read, for one import (its lookup
     * may be loaded through the import's transaction); none by default, when every valid row is staged.
     */
    default RowMatch rowMatch(ImportContext context) {
        return null;
    }

    /**
     * The rows of one import written straight into their table while the file is read (for example the
     * certainly new contracts of a large extract); none by default, when every valid row is staged.
     */
    default DirectLoad directLoad(ImportContext context) {
        return null;
    }

    /** File formats other than CSV that this dataset also reads (none by default). */
    default List<RecordFormat> formats() {
        return List.of();
    }

    /** Writes the rows of the temporary table {@code staging} with set-based SQL. */
    UpsertCounts upsert(ImportContext context);

    /**
     * Writes the staged rows after {@code loadedDirectly} rows were written straight by the dataset's
     * {@link DirectLoad} (counted as inserted by the engine, not in the answer); by default as
     * {@link #upsert(ImportContext)}.
     */
    default UpsertCounts upsert(ImportContext context, long loadedDirectly) {
        return upsert(context);
    }

    /**
     * The tables the upsert writes (schema-qualified). After a large import the engine brings their
     * planner statistics up to date in the same transaction, so that what runs next (the rest of the
     * import, the next import, a report) is planned on the new rows rather than on an empty table.
     */
    default List<String> tables() {
        return List.of();
    }

    /**
     * A query returning the dataset in the contract's columns (named as them) and a stable order,
     * limited to what the user may see.
     */
    String exportQuery(CurrentUser user);

    /**
     * A query counting the people that {@link #exportQuery} names (by name or tax code) for this user,
     * or null when the dataset names nobody. An export that names people is announced with that count
     * ({@link PeopleExported}) and lands in the access log.
     */
    default String namedPeopleQuery(CurrentUser user) {
        return null;
    }

    default boolean mayImport(CurrentUser user) {
        return user.isAuthorityStaff();
    }

    default boolean mayExport(CurrentUser user) {
        return user.isAuthorityStaff();
    }
}
