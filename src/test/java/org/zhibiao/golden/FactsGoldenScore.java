package org.zhibiao.golden;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.function.Function;
import java.util.function.Predicate;
import java.util.regex.Pattern;
import org.zhibiao.model.Indicator;

/**
 * Measures the facts a pipeline produced (指标 name, catalogue code, measure, region, period) against a golden
 * facts list.
 *
 * <p>A produced row can match a golden row when its value equals the golden value as a number and its line lies
 * in [goldenLine - 3, goldenLine] (a produced row carries the line where its sentence starts, as in
 * {@link GoldenScore}). Matching is one-to-one: golden rows in list order take the candidate on the nearest
 * line; when all of a row's candidates are taken an earlier row moves to another of its own (augmenting path),
 * so the count does not depend on list order.
 *
 * <p>Over matched pairs: <b>name</b> accuracy counts names equal after removing spaces and quotes; <b>mapping</b>
 * accuracy counts equal codes, both empty included; <b>coverage</b> is the share of matched produced rows that
 * carry a code; <b>measure</b> and <b>period</b> accuracy count equal values (a missing value equals only an
 * empty golden cell); <b>region</b> accuracy also accepts a region named with its parent (深圳市光明区 for
 * 光明区). Accuracy over no pairs is NaN, so an assertion on it fails.
 */
public final class FactsGoldenScore {

    private static final Pattern NOT_IN_NAME = Pattern.compile("[\\s\"'“”‘’「」『』《》]");

    public record Pair(GoldenFacts.Row golden, Indicator produced) {
    }

    private final int goldenCount;
    private final List<Pair> pairs;

    private FactsGoldenScore(int goldenCount, List<Pair> pairs) {
        this.goldenCount = goldenCount;
        this.pairs = List.copyOf(pairs);
    }

    public static FactsGoldenScore score(List<GoldenFacts.Row> golden, List<Indicator> produced) {
        List<List<Integer>> candidates = new ArrayList<>();
        for (GoldenFacts.Row g : golden) {
            List<Integer> mine = new ArrayList<>();
            for (int i = 0; i < produced.size(); i++) {
                Indicator p = produced.get(i);
                if (p.value() != null && p.value().compareTo(g.value()) == 0
                        && p.line() <= g.line() && p.line() >= g.line() - GoldenScore.LINE_WINDOW) {
                    mine.add(i);
                }
            }
            mine.sort(Comparator.comparingInt(i -> g.line() - produced.get(i).line()));
            candidates.add(mine);
        }
        int[] owner = new int[produced.size()];
        Arrays.fill(owner, -1);
        for (int g = 0; g < golden.size(); g++) {
            augment(g, candidates, owner, new boolean[produced.size()]);
        }
        List<Pair> pairs = new ArrayList<>();
        for (int p = 0; p < owner.length; p++) {
            if (owner[p] >= 0) {
                pairs.add(new Pair(golden.get(owner[p]), produced.get(p)));
            }
        }
        pairs.sort(Comparator.comparingInt((Pair pair) -> golden.indexOf(pair.golden())));
        return new FactsGoldenScore(golden.size(), pairs);
    }

    private static boolean augment(int g, List<List<Integer>> candidates, int[] owner, boolean[] visited) {
        for (int p : candidates.get(g)) {
            if (!visited[p]) {
                visited[p] = true;
                if (owner[p] < 0 || augment(owner[p], candidates, owner, visited)) {
                    owner[p] = g;
                    return true;
                }
            }
        }
        return false;
    }

    /** A name as compared: without spaces and quotation marks. */
    static String normalizedName(String name) {
        return name == null ? "" : NOT_IN_NAME.matcher(name).replaceAll("");
    }

    public int goldenCount() {
        return goldenCount;
    }

    public int matched() {
        return pairs.size();
    }

    public List<Pair> pairs() {
        return pairs;
    }

    public double nameAccuracy() {
        return share(p -> normalizedName(p.produced().subject()).equals(normalizedName(p.golden().name())));
    }

    public double mappingAccuracy() {
        return share(p -> blank(p.produced().code()).equals(p.golden().code()));
    }

    /** Share of matched produced rows that carry a catalogue code. */
    public double coverage() {
        return share(p -> !blank(p.produced().code()).isEmpty());
    }

    public double measureAccuracy() {
        return share(p -> p.produced().measure() != null && p.produced().measure() == p.golden().measure());
    }

    public double regionAccuracy() {
        return share(p -> sameRegion(p.produced().region(), p.golden().region()));
    }

    /**
     * The same region, or one names it with its parent (深圳市光明区 for 光明区): a report's byline may give the
     * full name and a list the short one, and both tell an analyst the same place.
     */
    static boolean sameRegion(String produced, String golden) {
        String p = blank(produced);
        return p.equals(golden) || !p.isEmpty() && !golden.isEmpty() && (p.endsWith(golden) || golden.endsWith(p));
    }

    /** The pairs of several documents' scores together (each document matched on its own). */
    public static FactsGoldenScore pooled(List<FactsGoldenScore> scores) {
        List<Pair> all = new ArrayList<>();
        scores.forEach(s -> all.addAll(s.pairs));
        return new FactsGoldenScore(scores.stream().mapToInt(s -> s.goldenCount).sum(), all);
    }

    public double periodAccuracy() {
        return share(p -> blank(p.produced().period()).equals(p.golden().period()));
    }

    private double share(Predicate<Pair> ok) {
        return pairs.isEmpty() ? Double.NaN : (double) pairs.stream().filter(ok).count() / pairs.size();
    }

    private static String blank(String s) {
        return s == null ? "" : s;
    }

    /** One line of figures, the same for tuned and held-out lists. */
    public String figures(String title) {
        return String.format(Locale.ROOT,
                "%-28s golden %4d matched %4d | name %.3f  mapping %.3f  coverage %.3f  measure %.3f  region %.3f"
                        + "  period %.3f",
                title, goldenCount, matched(), nameAccuracy(), mappingAccuracy(), coverage(), measureAccuracy(),
                regionAccuracy(), periodAccuracy());
    }

    /**
     * The figures and, for a tuned list only, every disagreeing field. A held-out list's report shows figures
     * only, so that reading the report does not reveal its labels.
     */
    public String report(String title, boolean heldOut) {
        StringBuilder out = new StringBuilder(figures(title)).append('\n');
        if (heldOut) {
            return out.append("(held-out list: differences are not printed)\n").toString();
        }
        difference(out, "name", p -> p.produced().subject(), p -> p.golden().name(),
                p -> normalizedName(p.produced().subject()).equals(normalizedName(p.golden().name())));
        difference(out, "code", p -> p.produced().code(), p -> p.golden().code(),
                p -> blank(p.produced().code()).equals(p.golden().code()));
        difference(out, "measure", p -> Objects.toString(p.produced().measure(), ""),
                p -> p.golden().measure().name(), p -> p.produced().measure() == p.golden().measure());
        difference(out, "region", p -> p.produced().region(), p -> p.golden().region(),
                p -> sameRegion(p.produced().region(), p.golden().region()));
        difference(out, "period", p -> p.produced().period(), p -> p.golden().period(),
                p -> blank(p.produced().period()).equals(p.golden().period()));
        return out.toString();
    }

    private void difference(StringBuilder out, String field, Function<Pair, String> produced,
            Function<Pair, String> golden, Predicate<Pair> same) {
        List<Pair> differing = pairs.stream().filter(same.negate()).toList();
        out.append("  ").append(field).append(" differs on ").append(differing.size()).append(" rows\n");
        for (Pair p : differing) {
            out.append("    L").append(p.golden().line()).append(' ').append(p.golden().text()).append(": got 「")
                    .append(blank(produced.apply(p))).append("」 want 「").append(golden.apply(p)).append("」\n");
        }
    }
}
