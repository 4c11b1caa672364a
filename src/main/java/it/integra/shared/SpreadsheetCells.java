package it.integra.shared;

import java.util.Arrays;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Cells of the files people open in a spreadsheet (CSV and XLSX downloads of pages and reports): a text
 * that begins with {@code = + - @}, a tab or a carriage return would be read as a formula, so it gets a
 * leading single quote, as OWASP recommends against CSV injection. Numbers stay numbers: a value that
 * is not text, or a text that is a plain number such as {@code -12.50}, is left alone. The interchange
 * datasets, files for programs, are not written through here: they refuse such names at import instead.
 */
public final class SpreadsheetCells {

    private static final String FORMULA_START = "=+-@\t\r";
    private static final Pattern PLAIN_NUMBER = Pattern.compile("[+-]?(\\d+([.,]\\d*)?|[.,]\\d+)([eE][+-]?\\d+)?");

    private SpreadsheetCells() {
    }

    /**
     * Whether a name begins like a formula ({@code = + - @}): names are refused so by the forms and the
     * imports, so that the interchange files, which keep every value exactly, stay harmless.
     */
    public static boolean startsLikeFormula(String name) {
        String value = name == null ? "" : name.strip();
        return !value.isEmpty() && "=+-@".indexOf(value.charAt(0)) >= 0;
    }

    /** The text as a spreadsheet cell should hold it: quoted when it would start a formula. */
    public static String text(String value) {
        if (value == null || value.isEmpty() || FORMULA_START.indexOf(value.charAt(0)) < 0
                || PLAIN_NUMBER.matcher(value).matches()) {
            return value;
        }
        return "'" + value;
    }

    /** One value of a row: a text neutralised by {@link #text(String)}, any other value (a number, a date) as it is. */
    public static Object value(Object value) {
        return value instanceof CharSequence text ? text(text.toString()) : value;
    }

    /** The values of a row, each through {@link #value(Object)}. */
    public static Object[] row(Object... values) {
        return Arrays.stream(values).map(SpreadsheetCells::value).toArray();
    }

    /** The values of a row, each through {@link #value(Object)}. */
    public static List<Object> row(List<?> values) {
        return values.stream().map(SpreadsheetCells::value).toList();
    }
}
