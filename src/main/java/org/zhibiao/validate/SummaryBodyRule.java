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

/**
 * Every 摘要 figure must stand in the 正文 of the same file with an agreeing value in the same base unit
 * (and a compatible kind).
 * Found when some body row of that base unit agrees in value and is related: subjects alike, or one's
 * subject stands in the other's sentence, or most of the summary sentence's bigrams are in the body one.
 * Otherwise a body row with a like subject (score >= {@link Subjects#SAME}) and another value is an ERROR;
 * no such row is a WARNING. Files without any body rows are left alone (nothing to compare with). A summary row
 * with a body mention of the same fact (事实) is left to {@link FactAgreement}, which makes one finding per fact.
 */
final class SummaryBodyRule implements ValidationRule {

    static final String MISMATCH = "SUMMARY_BODY_MISMATCH";
    static final String MISSING = "SUMMARY_NOT_IN_BODY";
    private static final double RELATED = 0.4;
    private static final double SENTENCE_OVERLAP = 0.6;

    @Override
    public String name() {
        return "摘要与正文一致";
    }

    @Override
    public List<Finding> check(List<Indicator> indicators, Subjects subjects) {
        Map<String, List<Indicator>> bodyByFileAndUnit = new HashMap<>();
        Set<String> filesWithBody = new HashSet<>();
        for (Indicator i : indicators) {
            if (i.source() == Source.BODY) {
                filesWithBody.add(Figures.nz(i.file()));
                if (i.normalized() != null) {
                    bodyByFileAndUnit.computeIfAbsent(key(i), k -> new ArrayList<>()).add(i);
                }
            }
        }
        List<Finding> findings = new ArrayList<>();
        for (Indicator s : indicators) {
            if (s.source() != Source.SUMMARY || s.normalized() == null || !filesWithBody.contains(Figures.nz(s.file()))) {
                continue;
            }
            List<Indicator> candidates = bodyByFileAndUnit.getOrDefault(key(s), List.of()).stream()
                    .filter(b -> Figures.compatibleKinds(s, b)).toList();
            if (candidates.stream().anyMatch(b -> FactAgreement.sameFact(s, b))) {
                continue; // a body mention of the same fact: agreement or not is FactAgreement's, once per fact
            }
            if (candidates.stream().anyMatch(b -> Figures.agree(s, b) && related(s, b, subjects))) {
                continue;
            }
            Indicator best = null;
            double bestScore = 0;
            for (Indicator b : candidates) {
                double score = subjects.similarity(s.subject(), b.subject());
                if (score >= Subjects.SAME && score > bestScore && !Figures.agree(s, b)) {
                    best = b;
                    bestScore = score;
                }
            }
            if (best != null) {
                findings.add(new Finding(Severity.ERROR, MISMATCH,
                        "摘要“" + Figures.describe(s) + "”与正文“" + Figures.describe(best) + "”不一致（正文第"
                                + best.line() + "行）",
                        List.of(s.id(), best.id())));
            } else {
                findings.add(new Finding(Severity.WARNING, MISSING,
                        "摘要“" + Figures.describe(s) + "”在正文中未找到相同数值（" + Figures.where(s) + "）",
                        List.of(s.id())));
            }
        }
        return findings;
    }

    private static boolean related(Indicator s, Indicator b, Subjects subjects) {
        return subjects.similarity(s.subject(), b.subject()) >= RELATED
                || subjects.mentionedIn(s.subject(), b.sentence())
                || subjects.mentionedIn(b.subject(), s.sentence())
                || subjects.overlap(s.sentence(), b.sentence()) >= SENTENCE_OVERLAP;
    }

    private static String key(Indicator i) {
        return Figures.nz(i.file()) + '\u0000' + Figures.nz(i.baseUnit());
    }
}
