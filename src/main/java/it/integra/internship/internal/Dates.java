package it.integra.internship.internal;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;

/** Dates as the messages show them, the Italian way the pages use in both languages. */
public final class Dates {

    private static final DateTimeFormatter FORMAT = DateTimeFormatter.ofPattern("dd/MM/yyyy");

    private Dates() {
    }

    public static String format(LocalDate date) {
        return date == null ? "-" : FORMAT.format(date);
    }
}
