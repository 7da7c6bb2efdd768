package org.zhibiao.workbook;

import org.zhibiao.text.CleanText;

/**
 * Text as it may go into a cell: cleaned of what XML cannot carry ({@link CleanText}), cut to the cell limit with a
 * visible marker, and recognised when a spreadsheet could read it as a formula.
 */
final class SafeText {

    /** Ends text that was cut, so a reader sees that something is missing. */
    static final String CUT_MARKER = "…[已截断]";

    private SafeText() {
    }

    /** {@code text} cleaned, whole when it fits, else its start and {@link #CUT_MARKER}, {@code max} chars in all. */
    static String fit(String raw, int max) {
        if (raw == null) {
            return "";
        }
        String text = CleanText.clean(raw);
        if (text.length() <= max) {
            return text;
        }
        int keep = max - CUT_MARKER.length();
        // Never split a surrogate pair: a lone high surrogate is not valid XML text.
        if (keep > 0 && Character.isHighSurrogate(text.charAt(keep - 1))) {
            keep--;
        }
        return text.substring(0, keep) + CUT_MARKER;
    }

    /**
     * True when Excel, LibreOffice or WPS would take the text for a formula if it were typed or re-entered
     * (the classic CSV/formula injection starts). Such cells get the quote-prefix style: the stored text stays
     * exactly as written and editing the cell keeps it text.
     */
    static boolean looksLikeFormula(String text) {
        if (text == null || text.isEmpty()) {
            return false;
        }
        char first = text.charAt(0);
        return first == '=' || first == '+' || first == '-' || first == '@' || first == '\t' || first == '\r'
                || first == '\n' || first == '＝' || first == '＋' || first == '－' || first == '＠';
    }
}
