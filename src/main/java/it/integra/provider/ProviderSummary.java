package it.integra.provider;

/** A provider as listed. */
public record ProviderSummary(long id, String code, String taxCode, String name, String type, String province) {
}
