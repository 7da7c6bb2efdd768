package org.zhibiao.golden;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import org.zhibiao.model.Kind;
import org.zhibiao.model.Qualifier;
import org.zhibiao.model.Status;

/**
 * A hand-checked list of the indicators of one document, read from a TSV file (UTF-8, one header row,
 * lines starting with {@code #} are comments). See docs/golden.md for how the lists were made.
 */
public record GoldenList(String name, List<Row> rows) {

    public static final String HEADER =
            "line\ttext\tvalue\tunit\tnormalized\tbaseUnit\tqualifier\tkind\tstatus\tsubject\tsection";
    private static final int COLUMNS = HEADER.split("\t").length;

    /**
     * One expected indicator.
     *
     * @param line    1-based line of the source file where the number stands
     * @param text    the span as written (without markdown ** markers)
     * @param section expected section, empty when the list does not say
     */
    public record Row(int line, String text, BigDecimal value, String unit, BigDecimal normalized,
            String baseUnit, Qualifier qualifier, Kind kind, Status status, String subject, String section) {

        public String describe() {
            return "L" + line + " " + text + " = " + normalized.toPlainString() + " " + baseUnit + " "
                    + qualifier + " " + kind + " " + status + " 「" + subject + "」"
                    + (section.isEmpty() ? "" : " [" + section + "]");
        }
    }

    public GoldenList {
        rows = List.copyOf(rows);
    }

    /** Loads a list from the test classpath, e.g. {@code /golden/zhangdian-2021.tsv}. */
    public static GoldenList fromResource(String resource) {
        return parse(resource, GoldenSources.text(resource));
    }

    public static GoldenList parse(String name, String content) {
        List<Row> rows = new ArrayList<>();
        for (GoldenSources.TsvLine line : GoldenSources.tsvLines(name, content, HEADER, comment -> { })) {
            rows.add(parseRow(line.where(), line.text()));
        }
        return new GoldenList(name, rows);
    }

    private static Row parseRow(String where, String line) {
        String[] f = line.split("\t", -1);
        // A missing trailing section column is allowed: the section is optional outside the sample.
        if (f.length != COLUMNS && f.length != COLUMNS - 1) {
            throw new IllegalArgumentException(where + ": expected " + COLUMNS + " columns, found " + f.length);
        }
        try {
            return new Row(Integer.parseInt(f[0].trim()), f[1], new BigDecimal(f[2].trim()), f[3],
                    new BigDecimal(f[4].trim()), f[5], Qualifier.valueOf(f[6].trim()), Kind.valueOf(f[7].trim()),
                    Status.valueOf(f[8].trim()), f[9], f.length == COLUMNS ? f[10].trim() : "");
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException(where + ": " + e.getMessage(), e);
        }
    }
}
