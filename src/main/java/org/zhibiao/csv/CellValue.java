package org.zhibiao.csv;

import java.math.BigDecimal;
import java.text.Normalizer;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * What a value cell holds: a number (with a % sign moved to the unit), nothing (blank or a
 * placeholder such as … or -, which statistics tables use for "no data"), or text that is not a number.
 */
record CellValue(Type type, BigDecimal number, boolean percentSign) {

    enum Type { NUMBER, BLANK, PLACEHOLDER, NOT_A_NUMBER }

    private static final Set<String> PLACEHOLDERS = Set.of("…", "……", "...", "-", "--", "—", "——", "–", "－",
            "/", "x", "X", "×", "NA", "N/A", "n/a", "null", "NULL", "无");
    private static final Pattern PLAIN = Pattern.compile("[-+]?(\\d+(\\.\\d*)?|\\.\\d+)([eE][-+]?\\d{1,2})?");
    private static final Pattern GROUPED = Pattern.compile("[-+]?\\d{1,3}([, ']\\d{3})+(\\.\\d+)?");
    private static final int MAX_DIGITS = 40;

    static CellValue parse(String cell) {
        String s = cell == null ? "" : Normalizer.normalize(cell, Normalizer.Form.NFKC).strip();
        if (s.isEmpty()) {
            return new CellValue(Type.BLANK, null, false);
        }
        if (PLACEHOLDERS.contains(s)) {
            return new CellValue(Type.PLACEHOLDER, null, false);
        }
        boolean percent = s.endsWith("%");
        if (percent) {
            s = s.substring(0, s.length() - 1).strip();
        }
        if (GROUPED.matcher(s).matches()) {
            s = s.replaceAll("[, ']", "");
        }
        if (s.length() > MAX_DIGITS || !PLAIN.matcher(s).matches()) {
            return new CellValue(Type.NOT_A_NUMBER, null, false);
        }
        BigDecimal number = new BigDecimal(s.startsWith("+") ? s.substring(1) : s);
        return new CellValue(Type.NUMBER, number, percent);
    }

    /** Cells a spreadsheet would evaluate; they are kept as text and never turned into numbers. */
    static boolean looksLikeFormula(String cell) {
        String s = cell == null ? "" : cell.strip();
        return s.length() > 1 && "=@+-".indexOf(s.charAt(0)) >= 0 && !PLAIN.matcher(s).matches();
    }
}
