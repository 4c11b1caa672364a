package it.integra.interchange.internal;

import java.nio.charset.StandardCharsets;
import java.sql.SQLException;

/**
 * Streams rows into a {@code COPY ... FROM STDIN} of one table in PostgreSQL's text format, flushing in
 * chunks (through the connection's {@link CopyStreams}) so that a large file never sits whole in memory.
 */
final class CopyBuffer {

    /**
     * Chunks of a quarter of a megabyte: a chunk of a megabyte was, once encoded, an array too large for
     * the collector's regions, and each such array started a concurrent collection cycle (pauses of 20 to
     * 100 ms several times a second on a million rows).
     */
    private static final int FLUSH_AT = 1 << 18;

    private final CopyStreams streams;
    private final String sql;
    private final StringBuilder buffer = new StringBuilder(FLUSH_AT + 4096);
    /** While held, rows gather in memory and nothing is sent. */
    private boolean held;

    CopyBuffer(CopyStreams streams, String sql) {
        this.streams = streams;
        this.sql = sql;
    }

    /** Keeps the rows in memory until {@link #release()}. */
    void hold() {
        held = true;
    }

    void release() throws SQLException {
        held = false;
        flush();
    }

    void row(int rowNumber, String[] values) throws SQLException {
        row(rowNumber, values, null, false);
    }

    /** A row with one more value after the others (null is staged as NULL). */
    void row(int rowNumber, String[] values, String extra) throws SQLException {
        row(rowNumber, values, extra, true);
    }

    /** A row of values alone, without the number of its line in the file. */
    void values(String[] values) throws SQLException {
        append(values[0]);
        for (int i = 1; i < values.length; i++) {
            cell(values[i]);
        }
        end();
    }

    private void row(int rowNumber, String[] values, String extra, boolean withExtra) throws SQLException {
        buffer.append(rowNumber);
        for (String value : values) {
            cell(value);
        }
        if (withExtra) {
            cell(extra);
        }
        end();
    }

    private void end() throws SQLException {
        buffer.append('\n');
        if (!held && buffer.length() >= FLUSH_AT) {
            flush();
        }
    }

    private void cell(String value) {
        buffer.append('\t');
        append(value);
    }

    private void append(String value) {
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
        if (buffer.isEmpty()) {
            return;
        }
        byte[] bytes = buffer.toString().getBytes(StandardCharsets.UTF_8);
        streams.write(sql, bytes);
        buffer.setLength(0);
    }

    /** Sends what is left; the COPY ends when the streams are paused. */
    void finish() throws SQLException {
        flush();
    }
}
