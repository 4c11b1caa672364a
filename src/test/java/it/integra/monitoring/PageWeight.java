package it.integra.monitoring;

import java.nio.charset.StandardCharsets;
import java.util.regex.Pattern;

/**
 * What a page weighs as issue 17 counts it: its links (anchors with an address, each built by the
 * template's link expressions) and the bytes of its HTML in UTF-8, before compression.
 */
public record PageWeight(long links, int bytes) {

    public static final int MAX_LINKS = 200;
    public static final int MAX_BYTES = 60_000;

    private static final Pattern LINK = Pattern.compile("<a\\s[^>]*href=");

    public static PageWeight of(String html) {
        return new PageWeight(LINK.matcher(html).results().count(), html.getBytes(StandardCharsets.UTF_8).length);
    }
}
