package org.zhibiao.workbook;

import org.apache.poi.ss.usermodel.Sheet;

/**
 * Column widths fitted to the text of the first rows of a sheet (a sample: later rows do not change them, so
 * a million rows cost nothing). Full-width characters (CJK, full-width punctuation) count double, as they are
 * drawn twice as wide as a digit. Each column has a cap; wrapped columns use their cap as a fixed width.
 */
final class ColumnWidths {

    /** Rows sampled per sheet. */
    static final int SAMPLE_ROWS = 500;
    /** Room for the autofilter drop-down button beside a header. */
    private static final int FILTER_BUTTON = 3;
    private static final int PADDING = 2;

    private final int[] widest;
    private final int[] headers;
    private final int[] caps;
    private int rowsSeen;

    /** @param caps the widest each column may become, in characters of a digit's width */
    ColumnWidths(int[] caps) {
        this.caps = caps.clone();
        this.widest = new int[caps.length];
        this.headers = new int[caps.length];
    }

    /** A header always fits, with room for its filter button, even beyond the column's cap. */
    void header(int column, String text) {
        headers[column] = Math.max(headers[column], displayWidth(text) + FILTER_BUTTON);
    }

    /** True while rows are still being sampled: callers skip the width work afterwards. */
    boolean sampling() {
        return rowsSeen < SAMPLE_ROWS;
    }

    void sample(int column, String text) {
        if (text != null && column < widest.length) {
            widest[column] = Math.max(widest[column], displayWidth(text));
        }
    }

    void sample(int column, int width) {
        if (column < widest.length) {
            widest[column] = Math.max(widest[column], width);
        }
    }

    /** Pins a column at its cap (wrapped columns: row heights are computed from this width). */
    void fixAtCap(int column) {
        widest[column] = caps[column];
    }

    void endRow() {
        rowsSeen++;
    }

    int width(int column) {
        return Math.max(headers[column], Math.min(caps[column], widest[column] + PADDING));
    }

    void apply(Sheet sheet) {
        for (int c = 0; c < widest.length; c++) {
            sheet.setColumnWidth(c, Math.min(255, Math.max(4, width(c))) * 256);
        }
    }

    /** Width in digit widths: full-width characters count 2, others 1. */
    static int displayWidth(CharSequence text) {
        if (text == null) {
            return 0;
        }
        int width = 0;
        for (int i = 0; i < text.length(); ) {
            int cp = Character.codePointAt(text, i);
            width += isFullWidth(cp) ? 2 : 1;
            i += Character.charCount(cp);
        }
        return width;
    }

    static boolean isFullWidth(int cp) {
        return (cp >= 0x1100 && cp <= 0x115F)       // Hangul Jamo
                || (cp >= 0x2018 && cp <= 0x201D)   // curly quotes: full width in CJK fonts
                || cp == 0x2026                     // …
                || (cp >= 0x2E80 && cp <= 0xA4CF)   // CJK radicals … Yi, incl. CJK punctuation and ideographs
                || (cp >= 0xAC00 && cp <= 0xD7A3)   // Hangul syllables
                || (cp >= 0xF900 && cp <= 0xFAFF)   // CJK compatibility ideographs
                || (cp >= 0xFE30 && cp <= 0xFE4F)   // CJK compatibility forms
                || (cp >= 0xFF00 && cp <= 0xFF60)   // full-width forms
                || (cp >= 0xFFE0 && cp <= 0xFFE6)
                || (cp >= 0x20000 && cp <= 0x3FFFD); // CJK extensions
    }

    /** Number of lines {@code text} needs in a wrapped column {@code columnWidth} digits wide. */
    static int linesNeeded(String text, int columnWidth) {
        if (text == null || text.isEmpty()) {
            return 1;
        }
        int usable = Math.max(1, columnWidth - 1);
        int lines = 0;
        for (String part : text.split("\n", -1)) {
            lines += Math.max(1, (displayWidth(part) + usable - 1) / usable);
        }
        return lines;
    }
}
