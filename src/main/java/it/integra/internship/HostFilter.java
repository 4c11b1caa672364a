package it.integra.internship;

import it.integra.shared.SearchText;
import java.util.Locale;

/** Filters of the host registry; null means any. */
public record HostFilter(String text, String province, String section) {

    public HostFilter {
        text = SearchText.of(text);
        province = province == null || province.isBlank() ? null : province.strip().toUpperCase(Locale.ROOT);
        section = section == null || section.isBlank() ? null : section.strip().toUpperCase(Locale.ROOT);
    }
}
