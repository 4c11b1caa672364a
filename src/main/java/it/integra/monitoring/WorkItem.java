package it.integra.monitoring;

import java.time.LocalDate;

/** One line of a home page's work list: what is waiting, how many, since when, and where to go. */
public record WorkItem(String key, long count, LocalDate oldest, String link) {
}
