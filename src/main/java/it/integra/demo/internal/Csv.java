package it.integra.demo.internal;

/** A CSV text being written: a header and rows, quoted where the contract's RFC 4180 needs it. */
final class Csv {

    private final StringBuilder text = new StringBuilder();
    private int rows;

    Csv(String header) {
        text.append(header).append('\n');
    }

    void row(Object... cells) {
        for (int i = 0; i < cells.length; i++) {
            if (i > 0) {
                text.append(',');
            }
            String cell = cells[i] == null ? "" : cells[i].toString();
            if (cell.indexOf(',') >= 0 || cell.indexOf('"') >= 0 || cell.indexOf('\n') >= 0) {
                text.append('"').append(cell.replace("\"", "\"\"")).append('"');
            } else {
                text.append(cell);
            }
        }
        text.append('\n');
        rows++;
    }

    int rows() {
        return rows;
    }

    @Override
    public String toString() {
        return text.toString();
    }
}
