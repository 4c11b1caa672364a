package it.integra.outcome;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/** The breakdowns of the outcome figures. Age is taken at the start of the internship. */
public enum Dimension {
    CALL, PROVINCE, TARGET_GROUP, SEX, AGE_BAND, SECTOR;

    /** The name in URLs, e.g. {@code targetGroup}. */
    public String param() {
        String[] words = name().toLowerCase(Locale.ROOT).split("_");
        StringBuilder param = new StringBuilder(words[0]);
        for (int i = 1; i < words.length; i++) {
            param.append(Character.toUpperCase(words[i].charAt(0))).append(words[i].substring(1));
        }
        return param.toString();
    }

    public static Optional<Dimension> ofParam(String param) {
        return Arrays.stream(values()).filter(d -> d.param().equals(param)).findFirst();
    }
}
