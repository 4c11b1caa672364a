package it.integra.monitoring;

import java.util.Arrays;
import java.util.Optional;

/**
 * One fixed release of open data: every pathway of a call, of a programme, or whose clearance was
 * requested in a calendar year. Nothing else is published: no free period, region or province, so
 * that releases cannot be cut finer and subtracted from each other.
 *
 * @param kind what the release covers
 * @param key the call or programme code, or the year
 */
public record Release(Kind kind, String key) implements Comparable<Release> {

    /** The kinds of release, in the order of the catalogue; the name is the query parameter. */
    public enum Kind {
        CALL("call"), PROGRAMME("programme"), YEAR("year");

        private final String parameter;

        Kind(String parameter) {
            this.parameter = parameter;
        }

        public String parameter() {
            return parameter;
        }

        public static Optional<Kind> ofParameter(String name) {
            return Arrays.stream(values()).filter(k -> k.parameter.equals(name)).findFirst();
        }
    }

    @Override
    public int compareTo(Release other) {
        int byKind = kind.compareTo(other.kind);
        return byKind != 0 ? byKind : key.compareTo(other.key);
    }
}
