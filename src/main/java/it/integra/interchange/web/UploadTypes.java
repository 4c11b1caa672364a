package it.integra.interchange.web;

import java.util.Locale;
import java.util.Set;
import org.springframework.http.InvalidMediaTypeException;
import org.springframework.http.MediaType;

/**
 * Which files the upload page takes. A browser labels a file part with the type its operating system
 * maps the file's extension to: a CSV is {@code text/csv} on most systems but
 * {@code application/vnd.ms-excel} where Excel is installed on Windows, and an unknown extension is
 * {@code application/octet-stream}. So the page decides by the file name's extension, and refuses a part
 * whose declared type contradicts it: a {@code .csv} with one of the types browsers give CSV files or
 * the generic one; a {@code .xml} or {@code .zip}, for a dataset that reads them, with an XML or ZIP
 * type or the generic one.
 */
final class UploadTypes {

    static final Set<String> CSV = Set.of("text/csv", "text/plain", "application/csv", "text/comma-separated-values",
            "application/vnd.ms-excel");
    static final Set<String> OTHER = Set.of("application/xml", "text/xml", "application/zip",
            "application/x-zip-compressed");
    private static final String GENERIC = "application/octet-stream";

    private UploadTypes() {
    }

    static boolean isCsv(String fileName) {
        return fileName != null && fileName.toLowerCase(Locale.ROOT).endsWith(".csv");
    }

    /** Whether a part of this declared type may be the CSV file its name says. */
    static boolean csvPart(String partType) {
        String type = bare(partType);
        return type == null || type.equals(GENERIC) || CSV.contains(type);
    }

    /** Whether a part of this declared type may be an XML document or a ZIP archive. */
    static boolean otherPart(String partType) {
        String type = bare(partType);
        return type == null || type.equals(GENERIC) || OTHER.contains(type);
    }

    /** The type without parameters, lower-case; null when the part declares none. */
    private static String bare(String partType) {
        if (partType == null || partType.isBlank()) {
            return null;
        }
        try {
            MediaType type = MediaType.parseMediaType(partType);
            return (type.getType() + "/" + type.getSubtype()).toLowerCase(Locale.ROOT);
        } catch (InvalidMediaTypeException e) {
            return "invalid";
        }
    }
}
