package it.integra.provider;

/**
 * An operating seat (sede operativa) of a provider: where it delivers services. Text is trimmed and
 * the province upper-cased; whether the values are acceptable is for the registry's rules to say.
 */
public record OperatingSeat(String province, String address) {

    public OperatingSeat {
        province = Text.upper(province);
        address = Text.orNull(address);
    }

    /** A row of the form left empty, to be ignored. */
    public boolean isBlank() {
        return province == null && address == null;
    }
}
