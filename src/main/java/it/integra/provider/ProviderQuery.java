package it.integra.provider;

import it.integra.shared.SearchText;

/**
 * Filters of the provider list; null means "any".
 *
 * @param text part of the code, name or tax code, in any case
 */
public record ProviderQuery(String text, String type, String province) {

    public ProviderQuery {
        text = SearchText.of(text);
        type = SearchText.of(type);
        province = SearchText.of(province);
    }
}
