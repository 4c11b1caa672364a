package it.integra.outcome.internal;

import it.integra.interchange.RecordFormat;
import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.Arrays;
import java.util.Locale;
import java.util.Set;
import org.springframework.stereotype.Component;

/**
 * The ministry's format of the mandatory communications for the {@code contracts} dataset: a UniLav
 * XML document with one or many communications, or a ZIP archive of such documents. Whether a file is
 * an archive is decided by its first bytes, not by what the sender declared.
 */
@Component
class UnilavFormat implements RecordFormat {

    private static final Set<String> MEDIA_TYPES = Set.of("application/xml", "text/xml", "application/zip",
            "application/x-zip-compressed");
    private static final byte[] ZIP_MAGIC = {'P', 'K', 3, 4};
    private static final byte[] EMPTY_ZIP_MAGIC = {'P', 'K', 5, 6};

    @Override
    public boolean reads(String mediaType, String fileName) {
        if (mediaType != null) {
            return MEDIA_TYPES.contains(mediaType.toLowerCase(Locale.ROOT));
        }
        String name = fileName == null ? "" : fileName.toLowerCase(Locale.ROOT);
        return name.endsWith(".xml") || name.endsWith(".zip");
    }

    @Override
    public void read(InputStream in, String fileName, Sink sink) throws IOException {
        BufferedInputStream buffered = new BufferedInputStream(in, 1 << 16);
        buffered.mark(ZIP_MAGIC.length);
        byte[] start = buffered.readNBytes(ZIP_MAGIC.length);
        buffered.reset();
        if (Arrays.equals(start, ZIP_MAGIC) || Arrays.equals(start, EMPTY_ZIP_MAGIC)) {
            UnilavArchive.read(buffered, fileName, sink);
        } else {
            UnilavDocument.read(buffered, fileName, sink);
        }
    }
}
