package it.integra.interchange;

/** The dataset does not accept files of this media type. */
public class UnsupportedFormatException extends RuntimeException {

    private final String dataset;
    private final String mediaType;

    public UnsupportedFormatException(String dataset, String mediaType) {
        super("dataset " + dataset + " does not read " + mediaType, null, false, false);
        this.dataset = dataset;
        this.mediaType = mediaType;
    }

    public String dataset() {
        return dataset;
    }

    public String mediaType() {
        return mediaType;
    }
}
