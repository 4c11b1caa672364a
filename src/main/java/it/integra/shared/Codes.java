package it.integra.shared;

import java.util.regex.Pattern;

/** Codes of programmes, calls, providers, clearances and internships: case-sensitive, 1 to 40 characters. */
public final class Codes {

    private static final Pattern CODE = Pattern.compile("[A-Za-z0-9._-]{1,40}");

    private Codes() {
    }

    public static boolean isValid(String code) {
        return code != null && CODE.matcher(code).matches();
    }
}
