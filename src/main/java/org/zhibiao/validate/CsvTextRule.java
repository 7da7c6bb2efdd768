package org.zhibiao.validate;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.zhibiao.model.Finding;
import org.zhibiao.model.Indicator;
import org.zhibiao.model.Severity;
import org.zhibiao.model.Source;
import org.zhibiao.model.Status;

/**
 * A text figure (摘要 or 正文) and a CSV row for the same region, year and a like indicator name, in the
 * same base unit, status and a compatible kind, must agree. When none of the like CSV rows agrees, the most alike one is
 * reported as an ERROR naming both figures with file and line. An empty region or year on either side
 * matches any (the text may not say; the job may fill it in), but a text row without a region (year) is
 * not compared when the like CSV rows span several regions (years): which one it means is unknown.
 */
final class CsvTextRule implements ValidationRule {

    static final String MISMATCH = "CSV_TEXT_MISMATCH";

    @Override
    public String name() {
        return "CSV与文本一致";
    }

    @Override
    public List<Finding> check(List<Indicator> indicators, Subjects subjects) {
        // base unit -> year -> region -> CSV rows: a text row only meets rows it could be about.
        Map<String, Map<Integer, Map<String, List<Indicator>>>> csv = new HashMap<>();
        for (Indicator i : indicators) {
            if (i.source() == Source.CSV && i.normalized() != null) {
                csv.computeIfAbsent(unit(i), k -> new HashMap<>()).computeIfAbsent(i.year(), k -> new HashMap<>())
                        .computeIfAbsent(region(i.region()), k -> new ArrayList<>()).add(i);
            }
        }
        if (csv.isEmpty()) {
            return List.of();
        }
        List<Finding> findings = new ArrayList<>();
        for (Indicator t : indicators) {
            if ((t.source() != Source.SUMMARY && t.source() != Source.BODY) || t.normalized() == null) {
                continue;
            }
            Map<Integer, Map<String, List<Indicator>>> byYear = csv.get(unit(t));
            if (byYear == null) {
                continue;
            }
            Indicator best = null;
            double bestScore = 0;
            boolean agreed = false;
            Set<String> regions = new HashSet<>();
            Set<Integer> years = new HashSet<>();
            for (Indicator c : candidates(t, byYear)) {
                if (status(t) != status(c) || !Figures.compatibleKinds(t, c)) {
                    continue;
                }
                double score = subjects.similarity(t.subject(), c.subject());
                if (score < Subjects.SAME) {
                    continue;
                }
                if (Figures.agree(t, c)) {
                    agreed = true;
                    break;
                }
                regions.add(region(c.region()));
                years.add(c.year());
                if (score > bestScore) {
                    best = c;
                    bestScore = score;
                }
            }
            // A text row that names no region (or year) cannot be held to one of several CSV regions (years).
            boolean ambiguous = region(t.region()).isEmpty() && regions.size() > 1
                    || t.year() == null && years.size() > 1;
            if (!agreed && best != null && !ambiguous) {
                findings.add(new Finding(Severity.ERROR, MISMATCH,
                        "CSV“" + Figures.describe(best) + "”（" + Figures.where(best) + "）与" + t.source().label() + "“"
                                + Figures.describe(t) + "”（" + Figures.where(t) + "）不一致",
                        List.of(best.id(), t.id())));
            }
        }
        return findings;
    }

    /** CSV rows of the text row's year (or any year when it has none) and a compatible region. */
    private static List<Indicator> candidates(Indicator t, Map<Integer, Map<String, List<Indicator>>> byYear) {
        List<Map<String, List<Indicator>>> years = new ArrayList<>();
        if (t.year() == null) {
            years.addAll(byYear.values());
        } else {
            years.add(byYear.getOrDefault(t.year(), Map.of()));
            if (byYear.containsKey(null)) {
                years.add(byYear.get(null));
            }
        }
        String region = region(t.region());
        List<Indicator> result = new ArrayList<>();
        for (Map<String, List<Indicator>> byRegion : years) {
            if (region.isEmpty()) {
                byRegion.values().forEach(result::addAll);
                continue;
            }
            for (Map.Entry<String, List<Indicator>> e : byRegion.entrySet()) {
                if (sameRegion(region, e.getKey())) {
                    result.addAll(e.getValue());
                }
            }
        }
        return result;
    }

    private static String region(String region) {
        return Figures.nz(region).strip();
    }

    private static Status status(Indicator i) {
        return i.status() == null ? Status.ACTUAL : i.status();
    }

    private static String unit(Indicator i) {
        return Figures.nz(i.baseUnit());
    }

    /** Blank matches any; else equal, or one contains the other (张店区 / 淄博市张店区, 北京 / 北京市). */
    static boolean sameRegion(String a, String b) {
        String x = Figures.nz(a).strip();
        String y = Figures.nz(b).strip();
        return x.isEmpty() || y.isEmpty() || x.equals(y) || x.contains(y) || y.contains(x);
    }
}
