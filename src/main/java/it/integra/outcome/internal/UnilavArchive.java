package it.integra.outcome.internal;

import it.integra.interchange.MalformedFileException;
import it.integra.interchange.RecordFormat;
import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.Locale;
import java.util.zip.ZipEntry;
import java.util.zip.ZipException;
import java.util.zip.ZipInputStream;

/**
 * A ZIP archive of UniLav XML files, read entry by entry without unpacking it to disk. Folders and
 * the metadata that archivers add ({@code __MACOSX/}, hidden files) are passed over; any other file
 * that is not {@code .xml} refuses the archive. Limits on entries and unpacked size keep a hostile
 * archive from exhausting the server.
 */
final class UnilavArchive {

    static final int MAX_FILES = 10_000;
    static final long MAX_UNPACKED_BYTES = 4L << 30;

    private UnilavArchive() {
    }

    static void read(InputStream in, String archiveName, RecordFormat.Sink sink) throws IOException {
        String archive = archiveName == null ? "-" : archiveName;
        Budget budget = new Budget(new ZipInputStream(in), archive);
        int files = 0;
        try {
            ZipEntry entry;
            while ((entry = budget.zip.getNextEntry()) != null) {
                String name = entry.getName();
                if (entry.isDirectory() || metadata(name)) {
                    continue;
                }
                if (!name.toLowerCase(Locale.ROOT).endsWith(".xml")) {
                    throw new MalformedFileException("import.unilav.notXml", 0, archive + "/" + name, name);
                }
                if (++files > MAX_FILES) {
                    throw new MalformedFileException("import.unilav.tooManyFiles", 0, archive, MAX_FILES);
                }
                UnilavDocument.read(budget, name, sink);
            }
        } catch (ZipException e) {
            throw new MalformedFileException("import.unilav.badArchive", 0, archive, archive, String.valueOf(e.getMessage()));
        }
        if (files == 0) {
            throw new MalformedFileException("import.unilav.emptyArchive", 0, archive, archive);
        }
    }

    private static boolean metadata(String name) {
        String last = name.substring(name.lastIndexOf('/') + 1);
        return name.startsWith("__MACOSX/") || last.startsWith(".");
    }

    /** The current entry's bytes, counted against the limit, and never closed by the XML reader. */
    private static final class Budget extends FilterInputStream {

        private final ZipInputStream zip;
        private final String archive;
        private long read;

        Budget(ZipInputStream zip, String archive) {
            super(zip);
            this.zip = zip;
            this.archive = archive;
        }

        @Override
        public int read() throws IOException {
            int b = super.read();
            count(b < 0 ? 0 : 1);
            return b;
        }

        @Override
        public int read(byte[] buffer, int offset, int length) throws IOException {
            int n = super.read(buffer, offset, length);
            count(Math.max(n, 0));
            return n;
        }

        @Override
        public void close() {
            // the archive stays open for its next entry
        }

        private void count(int bytes) {
            read += bytes;
            if (read > MAX_UNPACKED_BYTES) {
                throw new MalformedFileException("import.unilav.tooLarge", 0, archive, archive, MAX_UNPACKED_BYTES >> 30);
            }
        }
    }
}
