package org.zhibiao.validate;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.zhibiao.model.Finding;
import org.zhibiao.model.Indicator;
import org.zhibiao.model.Severity;
import org.zhibiao.model.Source;
import org.zhibiao.model.Status;

/**
 * A text figure (摘要 or 正文) and a CSV row for the same region, year and a like indicator name, in the
 * same base unit and status, must agree. When none of the like CSV rows agrees, the most alike one is
 * reported as an ERROR naming both figures with file and line. An empty region or year on either side
 * matches any (the text may not say; the job may fill it in).
 */
final class CsvTextRule implements ValidationRule {

    static final String MISMATCH = "CSV_TEXT_MISMATCH";

    @Override
    public String name() {
        return "CSV与文本一致";
    }

    @Override
    public List<Finding> check(List<Indicator> indicators, Subjects subjects) {
        Map<String, List<Indicator>> csvByUnitYear = new HashMap<>();
        Map<String, List<Indicator>> csvByUnit = new HashMap<>();
        for (Indicator i : indicators) {
            if (i.source() == Source.CSV && i.normalized() != null) {
                csvByUnitYear.computeIfAbsent(unit(i) + '\u0000' + i.year(), k -> new ArrayList<>()).add(i);
                csvByUnit.computeIfAbsent(unit(i), k -> new ArrayList<>()).add(i);
            }
        }
        if (csvByUnit.isEmpty()) {
            return List.of();
        }
        List<Finding> findings = new ArrayList<>();
        for (Indicator t : indicators) {
            if (t.source() == Source.CSV || t.normalized() == null) {
                continue;
            }
            List<Indicator> candidates = new ArrayList<>(t.year() == null ? csvByUnit.getOrDefault(unit(t), List.of())
                    : csvByUnitYear.getOrDefault(unit(t) + '\u0000' + t.year(), List.of()));
            if (t.year() != null) {
                candidates.addAll(csvByUnitYear.getOrDefault(unit(t) + '\u0000' + null, List.of()));
            }
            Indicator best = null;
            double bestScore = 0;
            boolean agreed = false;
            for (Indicator c : candidates) {
                if (!sameRegion(t.region(), c.region()) || status(t) != status(c)) {
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
                if (score > bestScore) {
                    best = c;
                    bestScore = score;
                }
            }
            if (!agreed && best != null) {
                findings.add(new Finding(Severity.ERROR, MISMATCH,
                        "CSV“" + Figures.describe(best) + "”（" + Figures.where(best) + "）与" + t.source().label() + "“"
                                + Figures.describe(t) + "”（" + Figures.where(t) + "）不一致",
                        List.of(best.id(), t.id())));
            }
        }
        return findings;
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
        return x.isEmpty() || y.isEmpty() || Objects.equals(x, y) || x.contains(y) || y.contains(x);
    }
}
