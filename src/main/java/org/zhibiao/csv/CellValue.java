package org.zhibiao.csv;

import java.math.BigDecimal;
import java.text.Normalizer;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What a value cell holds: a number (with the unit written after it, such as % or 万元, moved out),
 * nothing (blank or a placeholder such as … or -, which statistics tables use for "no data"), or text
 * that is not a number.
 *
 * @param unit the unit written in the cell after the number (23.1% -> %), else ""
 */
record CellValue(Type type, BigDecimal number, String unit) {

    enum Type { NUMBER, BLANK, PLACEHOLDER, NOT_A_NUMBER }

    private static final Set<String> PLACEHOLDERS = Set.of("…", "……", "...", "-", "--", "—", "——", "–", "－",
            "/", "x", "X", "×", "NA", "N/A", "n/a", "null", "NULL", "无");
    private static final Pattern PLAIN = Pattern.compile("[-+]?(\\d+(\\.\\d*)?|\\.\\d+)([eE][-+]?\\d{1,2})?");
    private static final Pattern GROUPED = Pattern.compile("[-+]?\\d{1,3}([, ']\\d{3})+(\\.\\d+)?");
    private static final Pattern WITH_UNIT = Pattern.compile("([-+]?[\\d.,' ]*\\d)\\s*(%|‰|[^\\d\\s.,+\\-%‰]{1,8})");
    private static final int MAX_DIGITS = 40;

    static CellValue parse(String cell) {
        String s = cell == null ? "" : Normalizer.normalize(cell, Normalizer.Form.NFKC).strip();
        if (s.isEmpty()) {
            return new CellValue(Type.BLANK, null, "");
        }
        if (PLACEHOLDERS.contains(s)) {
            return new CellValue(Type.PLACEHOLDER, null, "");
        }
        BigDecimal plain = number(s);
        if (plain != null) {
            return new CellValue(Type.NUMBER, plain, "");
        }
        Matcher m = WITH_UNIT.matcher(s);
        if (m.matches() && CsvUnits.isKnown(m.group(2))) {
            BigDecimal n = number(m.group(1).strip());
            if (n != null) {
                return new CellValue(Type.NUMBER, n, m.group(2));
            }
        }
        return new CellValue(Type.NOT_A_NUMBER, null, "");
    }

    private static BigDecimal number(String text) {
        String s = text;
        if (GROUPED.matcher(s).matches()) {
            s = s.replaceAll("[, ']", "");
        }
        if (s.length() > MAX_DIGITS || !PLAIN.matcher(s).matches()) {
            return null;
        }
        return new BigDecimal(s.startsWith("+") ? s.substring(1) : s);
    }

    /** Cells a spreadsheet would evaluate; they are kept as text and never turned into numbers. */
    static boolean looksLikeFormula(String cell) {
        String s = cell == null ? "" : cell.strip();
        return s.length() > 1 && "=@+-".indexOf(s.charAt(0)) >= 0 && !PLAIN.matcher(s).matches();
    }
}
