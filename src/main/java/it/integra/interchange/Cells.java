package it.integra.interchange;

import it.integra.shared.AtecoCode;
import it.integra.shared.AtecoEdition;
import it.integra.shared.CefrLevel;
import it.integra.shared.Codes;
import it.integra.shared.ContractType;
import it.integra.shared.Countries;
import it.integra.shared.InvalidValueException;
import it.integra.shared.SpreadsheetCells;
import it.integra.shared.TaxCode;
import it.integra.shared.Territory;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.format.ResolverStyle;
import java.util.Arrays;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.UnaryOperator;
import java.util.stream.Collectors;

/** The cell readers of the contract: each gives the parser and the staging column type. */
public final class Cells {

    /** A reader of one kind of cell and the PostgreSQL type its staged value goes into. */
    public record Cell(CellParser parser, String sqlType) {
    }

    /** The first and the last year a date of an import may have. */
    public static final int FIRST_YEAR = 1900;
    public static final int LAST_YEAR = 2100;

    private static final int REMEMBERED = 50_000;

    private static final DateTimeFormatter ISO_DATE = DateTimeFormatter.ofPattern("uuuu-MM-dd")
            .withResolverStyle(ResolverStyle.STRICT);

    private Cells() {
    }

    /** Free text, trimmed, at most {@code maxLength} characters. */
    public static Cell text(int maxLength) {
        return new Cell(cell -> {
            String value = cell.strip();
            if (value.length() > maxLength) {
                throw new CellException("import.cell.tooLong", maxLength, value.length());
            }
            return value;
        }, "text");
    }

    /**
     * A name (of a person, a provider, a host, a call): free text as {@link #text(int)}, refused when it
     * begins with a character that makes a spreadsheet read the cell as a formula ({@code = + - @}).
     * Datasets are files for programs and are exported exactly as stored, so such a value is kept out
     * rather than altered on the way out; the round trip stays exact.
     */
    public static Cell name(int maxLength) {
        CellParser text = text(maxLength).parser();
        return new Cell(cell -> {
            String value = text.parse(cell);
            if (SpreadsheetCells.startsLikeFormula(value)) {
                throw new CellException("import.cell.formula", value);
            }
            return value;
        }, "text");
    }

    /** A code of the contract: case-sensitive, 1 to 40 characters from A-Z a-z 0-9 - _ . */
    public static Cell code() {
        return new Cell(cell -> {
            if (!Codes.isValid(cell)) {
                throw new CellException("import.cell.code", cell);
            }
            return cell;
        }, "text");
    }

    /** An ISO-8601 calendar date such as 2020-03-31, in the years {@value #FIRST_YEAR} to {@value #LAST_YEAR}. */
    public static Cell date() {
        return remembered(new Cell(cell -> {
            LocalDate date;
            try {
                date = LocalDate.parse(cell.strip(), ISO_DATE);
            } catch (DateTimeParseException e) {
                throw new CellException("import.cell.date", cell);
            }
            checkYear(date.getYear(), cell);
            return date.toString();
        }, "date"));
    }

    /**
     * Refuses a year outside {@value #FIRST_YEAR}-{@value #LAST_YEAR}: no record of a programme lies
     * there, and PostgreSQL cannot take year 0 or years past 9999 as ISO text.
     */
    public static void checkYear(int year, String cell) {
        if (year < FIRST_YEAR || year > LAST_YEAR) {
            throw new CellException("import.cell.dateRange", cell.strip(), FIRST_YEAR, LAST_YEAR);
        }
    }

    /** A decimal number with at most {@code scale} decimals, not below {@code minimum}. */
    public static Cell decimal(int scale, BigDecimal minimum) {
        return new Cell(cell -> {
            BigDecimal value;
            try {
                value = new BigDecimal(cell.strip());
            } catch (NumberFormatException e) {
                throw new CellException("import.cell.decimal", cell);
            }
            if (value.stripTrailingZeros().scale() > scale) {
                throw new CellException("import.cell.decimals", scale);
            }
            if (value.compareTo(minimum) < 0) {
                throw new CellException("import.cell.minimum", minimum.toPlainString());
            }
            if (value.precision() - value.scale() > 13) {
                throw new CellException("import.cell.tooLarge", cell);
            }
            return value.toPlainString();
        }, "numeric");
    }

    /** A number greater than {@code exclusiveMinimum} and at most {@code maximum}, with up to 2 decimals. */
    public static Cell decimalBetween(BigDecimal exclusiveMinimum, BigDecimal maximum) {
        return new Cell(cell -> {
            String value = decimal(2, exclusiveMinimum).parser().parse(cell);
            BigDecimal number = new BigDecimal(value);
            if (number.compareTo(exclusiveMinimum) <= 0 || number.compareTo(maximum) > 0) {
                throw new CellException("import.cell.range", exclusiveMinimum.toPlainString(), maximum.toPlainString());
            }
            return value;
        }, "numeric");
    }

    /** {@code true} or {@code false}. */
    public static Cell bool() {
        return new Cell(cell -> switch (cell.strip().toLowerCase(Locale.ROOT)) {
            case "true" -> "true";
            case "false" -> "false";
            default -> throw new CellException("import.cell.boolean", cell);
        }, "boolean");
    }

    /** One of the names of an enum, exactly as written in the contract. */
    public static Cell oneOf(Class<? extends Enum<?>> type) {
        Set<String> names = Arrays.stream(type.getEnumConstants()).map(Enum::name)
                .collect(Collectors.toCollection(java.util.LinkedHashSet::new));
        return oneOf(names);
    }

    /** One of the given values, exactly as written. */
    public static Cell oneOf(Set<String> values) {
        String allowed = String.join(", ", values);
        return new Cell(cell -> {
            String value = cell.strip();
            if (!values.contains(value)) {
                throw new CellException("import.cell.oneOf", value, allowed);
            }
            return value;
        }, "text");
    }

    /**
     * A tax code of either form, stored upper-case. Strict: a code with spaces, dashes or the IT prefix
     * is refused with a message that says what to remove.
     */
    public static Cell taxCode() {
        return shared(text -> TaxCode.parse(text).value());
    }

    /** A business's tax code (a host's, an employer's): as {@link #taxCode()}, and a VAT number's office code must exist. */
    public static Cell businessTaxCode() {
        return shared(text -> TaxCode.parseOfBusiness(text).value());
    }

    /**
     * An ATECO code at any depth from division to sub-category, checked for its form: whether it exists
     * depends on its edition, which the dataset checks with the row ({@code AtecoCode.existing}).
     */
    public static Cell atecoCode() {
        return remembered(shared(AtecoCode::form));
    }

    /** An ATECO edition written as its year, 2007 or 2025. */
    public static Cell atecoEdition() {
        return shared(text -> AtecoEdition.parse(text).toString());
    }

    /** A province by its abbreviation (sigla), compared and stored upper-case. */
    public static Cell province() {
        return remembered(new Cell(cell -> Territory.province(cell).map(Territory.Province::code)
                .orElseThrow(() -> new CellException("import.province.unknown", cell.strip())), "text"));
    }

    /** A country by its ISO 3166-1 alpha-2 code, stored upper-case. */
    public static Cell country() {
        return new Cell(cell -> {
            String code = cell.strip().toUpperCase(Locale.ROOT);
            if (!Countries.isValid(code)) {
                throw new CellException("country.unknown", cell.strip());
            }
            return code;
        }, "text");
    }

    /** A contract type of the mandatory communications, such as A.01.00. */
    public static Cell contractType() {
        return remembered(shared(text -> ContractType.parse(text).code()));
    }

    /** A {@code ;}-separated list of CEFR levels, stored in order. */
    public static Cell cefrLevels() {
        return shared(text -> CefrLevel.format(CefrLevel.parseList(text)));
    }

    /**
     * The same reader, remembering what it answered for the valid cells it met: dates, ATECO codes,
     * provinces and contract types repeat across a large file, and a map lookup is much cheaper than
     * reading the text again. Refusals are not remembered; the memory stops growing at a bound.
     */
    private static Cell remembered(Cell cell) {
        Map<String, String> answers = new ConcurrentHashMap<>();
        return new Cell(text -> {
            String known = answers.get(text);
            if (known != null) {
                return known;
            }
            String answer = cell.parser().parse(text);
            if (answers.size() < REMEMBERED) {
                answers.put(text, answer);
            }
            return answer;
        }, cell.sqlType());
    }

    private static Cell shared(UnaryOperator<String> reader) {
        return new Cell(cell -> {
            try {
                return reader.apply(cell);
            } catch (InvalidValueException e) {
                throw new CellException(e.messageKey(), e.arguments());
            }
        }, "text");
    }

    /** A cell read by a value type of the shared module; {@code normaliser} throws CellException. */
    public static Cell of(UnaryOperator<String> normaliser, String sqlType) {
        return new Cell(normaliser::apply, sqlType);
    }
}
