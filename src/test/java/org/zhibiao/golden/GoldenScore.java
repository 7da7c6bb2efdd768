package org.zhibiao.golden;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.function.Predicate;

/**
 * Measures produced indicators against a golden list.
 *
 * <p>Matching is one-to-one and greedy. A produced row can match a golden row when their normalized values
 * are equal as numbers (2.4E9 equals 2400000000), their base units are equal, and the produced line lies in
 * [goldenLine - 3, goldenLine]: a produced row carries the line where its sentence starts, and a sentence
 * may start a few lines above the number (page breaks in the sample). Golden rows are taken in list order;
 * each takes, among the free candidates, the one on the nearest line, then the one agreeing on most of
 * qualifier, kind and status, then the first produced. When all its candidates are taken, an earlier row is
 * moved to another of its own candidates if it has one (augmenting path), so the number of matches does
 * not depend on the order of the lists.
 */
public final class GoldenScore {

    /** How far above the golden line a sentence may start. */
    public static final int LINE_WINDOW = 3;

    public record Pair(GoldenList.Row golden, ProducedRow produced) {
    }

    private final int goldenCount;
    private final int producedCount;
    private final List<Pair> pairs;
    private final List<GoldenList.Row> missed;
    private final List<ProducedRow> extra;

    private GoldenScore(int goldenCount, int producedCount, List<Pair> pairs, List<GoldenList.Row> missed,
            List<ProducedRow> extra) {
        this.goldenCount = goldenCount;
        this.producedCount = producedCount;
        this.pairs = List.copyOf(pairs);
        this.missed = List.copyOf(missed);
        this.extra = List.copyOf(extra);
    }

    public static GoldenScore score(List<GoldenList.Row> golden, List<ProducedRow> produced) {
        List<List<Integer>> candidates = new ArrayList<>();
        for (GoldenList.Row g : golden) {
            List<Integer> mine = new ArrayList<>();
            for (int i = 0; i < produced.size(); i++) {
                if (matches(g, produced.get(i))) {
                    mine.add(i);
                }
            }
            mine.sort(Comparator.comparing(produced::get, preference(g)));
            candidates.add(mine);
        }
        int[] owner = new int[produced.size()];
        Arrays.fill(owner, -1);
        for (int g = 0; g < golden.size(); g++) {
            assign(g, candidates, owner, new boolean[produced.size()]);
        }
        int[] partner = new int[golden.size()];
        Arrays.fill(partner, -1);
        for (int p = 0; p < owner.length; p++) {
            if (owner[p] >= 0) {
                partner[owner[p]] = p;
            }
        }
        List<Pair> pairs = new ArrayList<>();
        List<GoldenList.Row> missed = new ArrayList<>();
        for (int g = 0; g < golden.size(); g++) {
            if (partner[g] < 0) {
                missed.add(golden.get(g));
            } else {
                pairs.add(new Pair(golden.get(g), produced.get(partner[g])));
            }
        }
        List<ProducedRow> extra = new ArrayList<>();
        for (int p = 0; p < produced.size(); p++) {
            if (owner[p] < 0) {
                extra.add(produced.get(p));
            }
        }
        return new GoldenScore(golden.size(), produced.size(), pairs, missed, extra);
    }

    /**
     * Gives golden row {@code g} its most preferred free candidate; when all are taken, tries to move an
     * earlier golden row to another of its candidates (an augmenting path), so that an early choice never
     * strands a later row that could have matched.
     */
    private static boolean assign(int g, List<List<Integer>> candidates, int[] owner, boolean[] visited) {
        for (int p : candidates.get(g)) {
            if (!visited[p]) {
                visited[p] = true;
                if (owner[p] < 0 || assign(owner[p], candidates, owner, visited)) {
                    owner[p] = g;
                    return true;
                }
            }
        }
        return false;
    }

    static boolean matches(GoldenList.Row g, ProducedRow p) {
        return p.normalized() != null
                && p.normalized().compareTo(g.normalized()) == 0
                && Objects.equals(trim(p.baseUnit()), trim(g.baseUnit()))
                && p.line() <= g.line()
                && p.line() >= g.line() - LINE_WINDOW;
    }

    /** Smaller is better: nearer line first, then more agreeing fields; ties keep produced order. */
    private static Comparator<ProducedRow> preference(GoldenList.Row g) {
        return Comparator.<ProducedRow>comparingInt(p -> g.line() - p.line())
                .thenComparingInt(p -> -agreement(g, p));
    }

    private static int agreement(GoldenList.Row g, ProducedRow p) {
        return (g.qualifier() == p.qualifier() ? 1 : 0) + (g.kind() == p.kind() ? 1 : 0)
                + (g.status() == p.status() ? 1 : 0);
    }

    private static String trim(String s) {
        return s == null ? null : s.trim();
    }

    public int goldenCount() {
        return goldenCount;
    }

    public int producedCount() {
        return producedCount;
    }

    public int matchedCount() {
        return pairs.size();
    }

    public List<Pair> pairs() {
        return pairs;
    }

    public List<GoldenList.Row> missed() {
        return missed;
    }

    public List<ProducedRow> extra() {
        return extra;
    }

    /** matched / produced; 1 when nothing was produced (nothing wrong was said). */
    public double precision() {
        return producedCount == 0 ? 1.0 : (double) pairs.size() / producedCount;
    }

    /** matched / golden; 1 for an empty golden list. */
    public double recall() {
        return goldenCount == 0 ? 1.0 : (double) pairs.size() / goldenCount;
    }

    public double f1() {
        double p = precision();
        double r = recall();
        return p + r == 0 ? 0.0 : 2 * p * r / (p + r);
    }

    public double qualifierAccuracy() {
        return accuracy(p -> true, p -> p.golden().qualifier() == p.produced().qualifier());
    }

    public double kindAccuracy() {
        return accuracy(p -> true, p -> p.golden().kind() == p.produced().kind());
    }

    public double statusAccuracy() {
        return accuracy(p -> true, p -> p.golden().status() == p.produced().status());
    }

    /** Over matched pairs whose golden row names a section; NaN when there are none. */
    public double sectionAccuracy() {
        return accuracy(p -> !p.golden().section().isEmpty(),
                p -> p.golden().section().equals(trim(p.produced().section())));
    }

    /** Share of the judged pairs that agree; NaN when no pair is judged (so an assertion on it fails). */
    private double accuracy(Predicate<Pair> judged, Predicate<Pair> agrees) {
        long n = pairs.stream().filter(judged).count();
        long ok = pairs.stream().filter(judged).filter(agrees).count();
        return n == 0 ? Double.NaN : (double) ok / n;
    }

    /** A plain-text report for developers: figures, then every row to fix. */
    public String report(String title) {
        StringBuilder sb = new StringBuilder();
        sb.append("== ").append(title).append(" ==\n");
        sb.append(String.format(Locale.ROOT, "golden %d, produced %d, matched %d%n", goldenCount, producedCount,
                pairs.size()));
        sb.append(String.format(Locale.ROOT, "precision %s  recall %s  F1 %s%n", fmt(precision()), fmt(recall()),
                fmt(f1())));
        sb.append("accuracy over matched: qualifier ").append(fmt(qualifierAccuracy()))
                .append("  kind ").append(fmt(kindAccuracy()))
                .append("  status ").append(fmt(statusAccuracy()))
                .append("  section ").append(fmt(sectionAccuracy())).append('\n');
        sb.append("missed (golden, not produced): ").append(missed.size()).append('\n');
        missed.forEach(g -> sb.append("  - ").append(g.describe()).append('\n'));
        sb.append("extra (produced, not golden): ").append(extra.size()).append('\n');
        extra.forEach(p -> sb.append("  + ").append(p.describe()).append('\n'));
        sb.append("field differences on matched rows:\n");
        for (Pair pair : pairs) {
            String diff = differences(pair);
            if (!diff.isEmpty()) {
                sb.append("  ~ L").append(pair.golden().line()).append(' ').append(pair.golden().text())
                        .append(": ").append(diff).append('\n');
            }
        }
        return sb.toString();
    }

    private static String differences(Pair pair) {
        GoldenList.Row g = pair.golden();
        ProducedRow p = pair.produced();
        StringBuilder sb = new StringBuilder();
        diff(sb, "qualifier", g.qualifier(), p.qualifier());
        diff(sb, "kind", g.kind(), p.kind());
        diff(sb, "status", g.status(), p.status());
        if (!g.section().isEmpty()) {
            diff(sb, "section", g.section(), trim(p.section()));
        }
        return sb.toString().trim();
    }

    private static void diff(StringBuilder sb, String field, Object golden, Object produced) {
        if (!Objects.equals(golden, produced)) {
            sb.append(field).append(' ').append(golden).append("≠").append(produced).append("  ");
        }
    }

    private static String fmt(double d) {
        return Double.isNaN(d) ? "n/a" : String.format(Locale.ROOT, "%.3f", d);
    }
}
