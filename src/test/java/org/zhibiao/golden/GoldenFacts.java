package org.zhibiao.golden;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import org.zhibiao.model.Measure;
import org.zhibiao.model.Status;

/**
 * A hand-labelled list of the facts of one document: for each mention (line, text, value) the expected 指标
 * name, catalogue code, measure, region and period. TSV, UTF-8, one header row, {@code #} comment lines; the
 * header comment says whether the list is tuned or held out. See docs/golden.md, "Facts lists".
 */
public record GoldenFacts(String name, List<String> comments, List<Row> rows) {

    public static final String HEADER = "line\ttext\tvalue\tname\tcode\tmeasure\tregion\tperiod\tstatus";
    private static final int COLUMNS = HEADER.split("\t").length;

    /**
     * One expected fact mention.
     *
     * @param code   catalogue code, empty when no entry fits
     * @param period {@code 2025}, {@code 2025H1}, {@code 2025Q1}, {@code 2025M1-10}, {@code 2021-2025}; empty
     *               when the document does not tell
     */
    public record Row(int line, String text, BigDecimal value, String name, String code, Measure measure,
            String region, String period, Status status) {

        public String describe() {
            return "L" + line + " " + text + " 「" + name + "」 " + (code.isEmpty() ? "-" : code) + " " + measure
                    + " " + region + " " + (period.isEmpty() ? "?" : period) + " " + status;
        }
    }

    public GoldenFacts {
        comments = List.copyOf(comments);
        rows = List.copyOf(rows);
    }

    /** Whether the header comment marks the list as held out (code branches must not tune on it). */
    public boolean heldOut() {
        return comments.stream().anyMatch(c -> c.contains("(HELD-OUT)"));
    }

    /** Whether the header comment marks the list as tuned. */
    public boolean tuned() {
        return comments.stream().anyMatch(c -> c.contains("(tuned)"));
    }

    /** Loads a list from the test classpath, e.g. {@code /golden/facts/zhangdian-2021.tsv}. */
    public static GoldenFacts fromResource(String resource) {
        return parse(resource, GoldenSources.text(resource));
    }

    public static GoldenFacts parse(String name, String content) {
        List<String> comments = new ArrayList<>();
        List<Row> rows = new ArrayList<>();
        for (GoldenSources.TsvLine line : GoldenSources.tsvLines(name, content, HEADER, comments::add)) {
            rows.add(parseRow(line.where(), line.text()));
        }
        return new GoldenFacts(name, comments, rows);
    }

    private static Row parseRow(String where, String line) {
        String[] f = line.split("\t", -1);
        if (f.length != COLUMNS) {
            throw new IllegalArgumentException(where + ": expected " + COLUMNS + " columns, found " + f.length);
        }
        try {
            return new Row(Integer.parseInt(f[0].trim()), f[1], new BigDecimal(f[2].trim()), f[3].trim(),
                    f[4].trim(), Measure.valueOf(f[5].trim()), f[6].trim(), f[7].trim(), Status.valueOf(f[8].trim()));
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException(where + ": " + e.getMessage(), e);
        }
    }
}
