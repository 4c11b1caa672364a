package it.integra.monitoring.web;

import com.lowagie.text.pdf.BaseFont;
import com.lowagie.text.pdf.PdfContentByte;
import com.lowagie.text.pdf.PdfTemplate;
import java.awt.Color;
import java.text.NumberFormat;
import java.util.List;
import java.util.Locale;

/**
 * Horizontal bar charts drawn as PDF vector graphics (a form XObject that the document places like an
 * image): one row per label, the series stacked left to right, the row total at the end of the bar. A
 * chart of one series is a plain bar chart. No raster images, so the charts print sharp at any size.
 */
final class PdfCharts {

    /** The palette of the page's charts (static/js/charts.js), so the PDF looks like the screen. */
    static final List<Color> PALETTE = List.of(new Color(0x0066cc), new Color(0xf0ad4e), new Color(0x008758),
            new Color(0xcc334d), new Color(0x5c6f82));

    /** A named series of values, one per label, in the chart's order. */
    record Series(String name, Color colour, long[] values) {
    }

    private static final float FONT_SIZE = 8;
    private static final float ROW = 15;
    private static final float BAR = 10;
    private static final float AXIS = 16;
    private static final int TICKS = 4;
    private static final Color GRID = new Color(0xd9dadb);
    private static final Color TEXT = new Color(0x1a1a1a);

    private final PdfContentByte canvas;
    private final BaseFont font;
    private final NumberFormat numbers;

    PdfCharts(PdfContentByte canvas, BaseFont font, Locale locale) {
        this.canvas = canvas;
        this.font = font;
        this.numbers = NumberFormat.getIntegerInstance(locale);
    }

    /** A chart as wide as {@code width}, as tall as its rows need, with a legend when it stacks series. */
    PdfTemplate bars(float width, List<String> labels, List<Series> series) {
        float legend = series.size() > 1 ? ROW : 0;
        float height = legend + labels.size() * ROW + AXIS;
        PdfTemplate chart = canvas.createTemplate(width, height);
        float labelWidth = Math.min(width * 0.35f, widest(labels) + 8);
        float plotLeft = labelWidth;
        float plotWidth = width - plotLeft - 40;
        long max = niceMaximum(largestTotal(labels.size(), series));
        float plotTop = height - legend;
        grid(chart, plotLeft, plotWidth, plotTop, max);
        for (int row = 0; row < labels.size(); row++) {
            float y = plotTop - (row + 1) * ROW + (ROW - BAR) / 2;
            text(chart, fit(labels.get(row), labelWidth - 5), plotLeft - 4, y + 2, PdfContentByte.ALIGN_RIGHT);
            float end = stack(chart, series, row, plotLeft, y, plotWidth / max);
            text(chart, numbers.format(total(series, row)), end + 3, y + 2, PdfContentByte.ALIGN_LEFT);
        }
        if (legend > 0) {
            legend(chart, series, plotLeft, height - ROW + 4);
        }
        return chart;
    }

    private float stack(PdfTemplate chart, List<Series> series, int row, float x, float y, float scale) {
        for (Series s : series) {
            float length = s.values()[row] * scale;
            if (length > 0) {
                chart.setColorFill(s.colour());
                chart.rectangle(x, y, length, BAR);
                chart.fill();
            }
            x += length;
        }
        return x;
    }

    /** Vertical grid lines at round values, labelled under the plot. */
    private void grid(PdfTemplate chart, float left, float width, float top, long max) {
        chart.setLineWidth(0.5f);
        for (int tick = 0; tick <= TICKS; tick++) {
            float x = left + width * tick / TICKS;
            chart.setColorStroke(tick == 0 ? TEXT : GRID);
            chart.moveTo(x, AXIS);
            chart.lineTo(x, top);
            chart.stroke();
            text(chart, numbers.format(max * tick / TICKS), x, AXIS - FONT_SIZE - 2, PdfContentByte.ALIGN_CENTER);
        }
    }

    private void legend(PdfTemplate chart, List<Series> series, float x, float y) {
        for (Series s : series) {
            chart.setColorFill(s.colour());
            chart.rectangle(x, y, 8, 8);
            chart.fill();
            text(chart, s.name(), x + 11, y + 1, PdfContentByte.ALIGN_LEFT);
            x += 11 + font.getWidthPoint(s.name(), FONT_SIZE) + 12;
        }
    }

    private void text(PdfTemplate chart, String text, float x, float y, int alignment) {
        chart.beginText();
        chart.setFontAndSize(font, FONT_SIZE);
        chart.setColorFill(TEXT);
        chart.showTextAligned(alignment, text, x, y, 0);
        chart.endText();
    }

    /** The label cut to the room it has, so long sector names do not run into the bars. */
    private String fit(String label, float room) {
        if (font.getWidthPoint(label, FONT_SIZE) <= room) {
            return label;
        }
        String cut = label;
        while (cut.length() > 1 && font.getWidthPoint(cut + "...", FONT_SIZE) > room) {
            cut = cut.substring(0, cut.length() - 1);
        }
        return cut.strip() + "...";
    }

    private float widest(List<String> labels) {
        return (float) labels.stream().mapToDouble(l -> font.getWidthPoint(l, FONT_SIZE)).max().orElse(0);
    }

    private static long largestTotal(int rows, List<Series> series) {
        long largest = 0;
        for (int row = 0; row < rows; row++) {
            largest = Math.max(largest, total(series, row));
        }
        return largest;
    }

    private static long total(List<Series> series, int row) {
        return series.stream().mapToLong(s -> s.values()[row]).sum();
    }

    /** The smallest round step (1, 1.5, 2, 2.5, 3, 4, 5, 6 or 8 times a power of ten) times the ticks that holds the largest value. */
    static long niceMaximum(long largest) {
        if (largest <= TICKS) {
            return TICKS;
        }
        double step = (double) largest / TICKS;
        double power = Math.pow(10, Math.floor(Math.log10(step)));
        for (double factor : new double[] {1, 1.5, 2, 2.5, 3, 4, 5, 6, 8, 10}) {
            if (factor * power >= step && factor * power == Math.rint(factor * power)) {
                return (long) (factor * power) * TICKS;
            }
        }
        return (long) (10 * power) * TICKS;
    }
}
