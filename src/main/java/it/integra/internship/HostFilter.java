package it.integra.internship;

import it.integra.shared.Ateco;
import it.integra.shared.SearchText;
import java.util.Locale;

/** Filters of the host registry; null means any. The section is an edition's ({@code 2025-K}; a letter alone is 2007's). */
public record HostFilter(String text, String province, String section) {

    public HostFilter {
        text = SearchText.of(text);
        province = province == null || province.isBlank() ? null : province.strip().toUpperCase(Locale.ROOT);
        section = section == null || section.isBlank() ? null
                : Ateco.sectionByKey(section).map(Ateco.Section::key).orElse(section.strip());
    }
}
