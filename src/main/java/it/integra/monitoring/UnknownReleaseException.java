package it.integra.monitoring;

/** No release of open data is published for the call, programme or year asked: 404. */
public class UnknownReleaseException extends UnknownFilterException {

    public UnknownReleaseException(String value) {
        super("published.release.unknown", value);
    }
}
