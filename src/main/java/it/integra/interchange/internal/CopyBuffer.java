package it.integra.interchange.internal;

import java.nio.charset.StandardCharsets;
import java.sql.SQLException;
import org.postgresql.copy.CopyIn;

/**
 * Streams rows into a running {@code COPY ... FROM STDIN} in PostgreSQL's text format, flushing in
 * chunks so that a large file never sits whole in memory.
 */
final class CopyBuffer {

    private static final int FLUSH_AT = 1 << 20;

    private final CopyIn copy;
    private final StringBuilder buffer = new StringBuilder(FLUSH_AT + 4096);

    CopyBuffer(CopyIn copy) {
        this.copy = copy;
    }

    void row(int rowNumber, String[] values) throws SQLException {
        row(rowNumber, values, null, false);
    }

    /** A row with one more value after the others (null is staged as NULL). */
    void row(int rowNumber, String[] values, String extra) throws SQLException {
        row(rowNumber, values, extra, true);
    }

    private void row(int rowNumber, String[] values, String extra, boolean withExtra) throws SQLException {
        buffer.append(rowNumber);
        for (String value : values) {
            cell(value);
        }
        if (withExtra) {
            cell(extra);
        }
        buffer.append('\n');
        if (buffer.length() >= FLUSH_AT) {
            flush();
        }
    }

    private void cell(String value) {
        buffer.append('\t');
        if (value == null) {
            buffer.append("\\N");
        } else {
            escape(value);
        }
    }

    private void escape(String value) {
        if (plain(value)) {
            buffer.append(value);
            return;
        }
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            switch (c) {
                case '\\' -> buffer.append("\\\\");
                case '\t' -> buffer.append("\\t");
                case '\n' -> buffer.append("\\n");
                case '\r' -> buffer.append("\\r");
                default -> buffer.append(c);
            }
        }
    }

    /** Most cells hold nothing that COPY's text format needs escaped. */
    private static boolean plain(String value) {
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            if (c == '\\' || c == '\t' || c == '\n' || c == '\r') {
                return false;
            }
        }
        return true;
    }

    private void flush() throws SQLException {
        byte[] bytes = buffer.toString().getBytes(StandardCharsets.UTF_8);
        copy.writeToCopy(bytes, 0, bytes.length);
        buffer.setLength(0);
    }

    /** Abandons the COPY after a failure; the transaction is rolled back anyway. */
    void cancel() {
        try {
            if (copy.isActive()) {
                copy.cancelCopy();
            }
        } catch (SQLException ignored) {
            // the connection reports the failure again when the transaction rolls back
        }
    }

    long finish() throws SQLException {
        flush();
        return copy.endCopy();
    }
}
