package org.zhibiao.validate;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.zhibiao.model.Finding;
import org.zhibiao.model.Indicator;
import org.zhibiao.model.Severity;
import org.zhibiao.model.Source;

/**
 * The mentions of one fact (one 事实 id: region × period × indicator × measure) from 摘要, 正文 and CSV must agree.
 * When two of them from different sources do not (within the rounding of the less precise, see {@link Figures}),
 * that is ONE error naming every mention with its file, line and value: it replaces the pairs the summary-vs-body
 * and CSV-vs-text rules would otherwise report for the same fact. Disagreement within one source is
 * {@link ConflictRule}'s, and mentions in different base units are not compared.
 */
public final class FactAgreement {

    public static final String MISMATCH = "FACT_MISMATCH";
    /** Rules whose findings say a figure's sources disagree (面板 marks the facts they name). */
    public static final List<String> DISAGREEMENT_RULES = List.of(MISMATCH, CsvTextRule.MISMATCH,
            SummaryBodyRule.MISMATCH);
    /** Mentions named in the message; the finding's links still list every one. */
    private static final int NAMED = 12;

    private FactAgreement() {
    }

    /** The finding about one fact's mentions, or empty when they agree. */
    public static Optional<Finding> check(List<Indicator> mentions) {
        if (!disagree(mentions)) {
            return Optional.empty();
        }
        Indicator first = mentions.get(0);
        List<String> shown = new ArrayList<>();
        for (Indicator m : mentions.subList(0, Math.min(NAMED, mentions.size()))) {
            shown.add((m.source() == null ? "" : m.source().label()) + " " + Figures.nz(m.file()) + ":" + m.line() + " "
                    + Figures.plain(m.value()) + Figures.nz(m.unit()));
        }
        if (mentions.size() > NAMED) {
            shown.add("… +" + (mentions.size() - NAMED));
        }
        String what = String.join(" ", Figures.nz(first.region()),
                first.period() != null ? first.period() : first.year() == null ? "" : first.year().toString(),
                first.standardName() != null ? first.standardName() : Figures.nz(first.subject())).strip();
        return Optional.of(new Finding(Severity.ERROR, MISMATCH, "事实 " + first.factId() + "（" + what + "）的"
                + sourcesOf(mentions).size() + "个来源数值不一致：" + String.join("；", shown),
                mentions.stream().map(Indicator::id).toList()));
    }

    /** Some two mentions from different sources, in one base unit, disagree (the first 500 compared pairwise). */
    static boolean disagree(List<Indicator> all) {
        List<Indicator> mentions = all.subList(0, Math.min(all.size(), 500));
        for (int i = 0; i < mentions.size(); i++) {
            for (int j = i + 1; j < mentions.size(); j++) {
                Indicator a = mentions.get(i);
                Indicator b = mentions.get(j);
                if (a.source() != b.source() && Figures.nz(a.baseUnit()).equals(Figures.nz(b.baseUnit()))
                        && a.normalized() != null && b.normalized() != null && !Figures.agree(a, b)) {
                    return true;
                }
            }
        }
        return false;
    }

    /** Whether two rows are mentions of one fact (then a disagreement is this rule's, not a pair rule's). */
    static boolean sameFact(Indicator a, Indicator b) {
        return a.factId() != null && a.factId().equals(b.factId());
    }

    private static Set<Source> sourcesOf(List<Indicator> mentions) {
        Set<Source> sources = new LinkedHashSet<>();
        mentions.forEach(m -> sources.add(m.source()));
        return sources;
    }
}
