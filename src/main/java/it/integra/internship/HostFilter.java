package it.integra.internship;

import java.util.Locale;

/** Filters of the host registry; null means any. */
public record HostFilter(String text, String province, String section) {

    public HostFilter {
        text = text == null || text.isBlank() ? null : text.strip();
        province = province == null || province.isBlank() ? null : province.strip().toUpperCase(Locale.ROOT);
        section = section == null || section.isBlank() ? null : section.strip().toUpperCase(Locale.ROOT);
    }
}
