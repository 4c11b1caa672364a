package it.integra.provider;

/**
 * Filters of the provider list; null means "any".
 *
 * @param text part of the code, name or tax code, in any case
 */
public record ProviderQuery(String text, String type, String province) {

    public ProviderQuery {
        text = blankToNull(text);
        type = blankToNull(type);
        province = blankToNull(province);
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }
}
