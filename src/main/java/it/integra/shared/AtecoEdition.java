package it.integra.shared;

/**
 * An edition of the ATECO classification. The same code can name a different activity in each
 * (division 62 is section J in 2007 and K in 2025), so a code is kept with its edition.
 */
public enum AtecoEdition {

    /** ATECO 2007 in its 2022 update: in force until 31 March 2025; the edition of existing data. */
    ATECO_2007(2007, "/reference/ateco/ateco2007.csv"),
    /** ATECO 2025 (NACE Rev. 2.1), in force since 1 April 2025. */
    ATECO_2025(2025, "/reference/ateco/ateco2025.csv");

    /** The edition a code means when none is given: the one of every record written before editions. */
    public static final AtecoEdition DEFAULT = ATECO_2007;

    private final int year;
    private final String resource;

    AtecoEdition(int year, String resource) {
        this.year = year;
        this.resource = resource;
    }

    public int year() {
        return year;
    }

    String resource() {
        return resource;
    }

    /** The edition of a year, 2007 or 2025. */
    public static AtecoEdition of(int year) {
        for (AtecoEdition edition : values()) {
            if (edition.year == year) {
                return edition;
            }
        }
        throw new InvalidValueException("ateco.edition", String.valueOf(year));
    }

    /** The edition written as its year; blank gives the default. */
    public static AtecoEdition parse(String text) {
        if (text == null || text.isBlank()) {
            return DEFAULT;
        }
        String year = text.strip();
        if (!year.matches("\\d{4}")) {
            throw new InvalidValueException("ateco.edition", year);
        }
        return of(Integer.parseInt(year));
    }

    @Override
    public String toString() {
        return String.valueOf(year);
    }
}
