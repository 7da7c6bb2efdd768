package org.zhibiao.validate;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
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
 * reported as an ERROR naming both figures with file and line; text mentions of one fact (摘要 and 正文 saying the
 * same) that disagree with one CSV row make one finding naming them all. An empty region or year on either side
 * matches any (the text may not say; the job may fill it in), but a text row without a region (year) is
 * not compared when the like CSV rows span several regions (years): which one it means is unknown. A text row with
 * a CSV mention of the same fact (事实) is left to {@link FactAgreement}: one finding per fact, not one per pair.
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
        // CSV row and the text's fact → the text mentions it disagrees with: one finding for them all.
        Map<String, List<Indicator>> disagreements = new LinkedHashMap<>();
        Map<String, Indicator> csvOf = new HashMap<>();
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
            boolean sameFact = false;
            for (Indicator c : candidates(t, byYear)) {
                if (FactAgreement.sameFact(t, c)) {
                    sameFact = true; // FactAgreement compares the mentions of one fact, once per fact
                    break;
                }
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
            if (!agreed && !sameFact && best != null && !ambiguous) {
                String key = best.id() + "\u0000" + (t.factId() != null ? t.factId() : "#" + t.id());
                disagreements.computeIfAbsent(key, k -> new ArrayList<>()).add(t);
                csvOf.put(key, best);
            }
        }
        List<Finding> findings = new ArrayList<>();
        disagreements.forEach((key, texts) -> findings.add(finding(csvOf.get(key), texts)));
        return findings;
    }

    /** One error naming the CSV row and every text mention (of one fact) that disagrees with it. */
    private static Finding finding(Indicator csv, List<Indicator> texts) {
        List<String> shown = new ArrayList<>();
        List<Long> ids = new ArrayList<>();
        ids.add(csv.id());
        for (Indicator t : texts) {
            shown.add(t.source().label() + "“" + Figures.describe(t) + "”（" + Figures.where(t) + "）");
            ids.add(t.id());
        }
        return new Finding(Severity.ERROR, MISMATCH, "CSV“" + Figures.describe(csv) + "”（" + Figures.where(csv)
                + "）与" + String.join("、", shown) + "不一致", ids);
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
