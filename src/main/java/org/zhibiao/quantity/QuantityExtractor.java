package org.zhibiao.quantity;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.zhibiao.model.Kind;
import org.zhibiao.model.Qualifier;
import org.zhibiao.model.Status;

/**
 * Finds every measured quantity in a text (a sentence, or several): numbers with a unit, ranges, ratios and
 * ranks, each with its qualifier, kind, status and subject. Not indicators: years, dates, ordinals, names and
 * slogans, list markers, numbers without a unit. Rules and measured pass rates: docs/extraction.md.
 *
 * <p>Thread-safe and stateless; one instance may serve a whole job.
 */
public final class QuantityExtractor {


    public List<Mention> extract(String sentence) {
        if (sentence == null || sentence.isEmpty()) {
            return List.of();
        }
        List<Candidate> scanned = new QuantityScanner(sentence).scan();
        SharedUnits.apply(sentence, scanned);
        List<Candidate> candidates = new ArrayList<>(scanned.size() + 1);
        for (Candidate c : scanned) {
            if (c.hasUnit()) {
                candidates.add(c);
            }
        }
        addUnchanged(sentence, candidates);
        for (Candidate c : candidates) {
            ContextRules.applyKind(sentence, c);
        }
        for (int i = 0; i < candidates.size(); i++) {
            Candidate c = candidates.get(i);
            Status status = ContextRules.explicitStatus(sentence, c.start);
            c.status = status != null ? status : Status.ACTUAL;
            c.statusSaid = status != null;
        }
        SubjectFinder.assign(sentence, candidates);
        continueLists(sentence, candidates);
        RespectivelyLists.apply(sentence, candidates);
        for (Candidate c : candidates) {
            c.subject = IndicatorName.of(c.subject, c.kind);
        }
        List<Mention> mentions = new ArrayList<>(candidates.size());
        for (Candidate c : candidates) {
            mentions.add(c.toMention(sentence));
        }
        return mentions;
    }

    /**
     * A quantity whose subject and status came from the one before it (增长5.3% after 地区生产总值13778.34亿元,
     * or the 20% of 21%、20%) also takes its status when its own clause says nothing, and a listed percentage
     * takes the direction of the one before it.
     */
    private static void continueLists(String text, List<Candidate> candidates) {
        for (int i = 1; i < candidates.size(); i++) {
            Candidate c = candidates.get(i);
            Candidate previous = candidates.get(i - 1);
            if (!c.subjectInherited) {
                continue;
            }
            if (!c.statusSaid) {
                c.status = previous.status;
            }
            boolean listed = previous.end <= c.start && c.start - previous.end == 1
                    && "、和与及".indexOf(text.charAt(previous.end)) >= 0;
            if (listed && c.kind == Kind.PERCENT && previous.kind == Kind.GROWTH_RATE) {
                ContextRules.applyDirection(c, previous.negated ? ContextRules.Direction.DOWN
                        : ContextRules.Direction.UP);
            }
        }
    }

    /** 同比持平 / 与上年持平: a growth rate of 0 written as a word. */
    private static void addUnchanged(String text, List<Candidate> candidates) {
        int from = 0;
        boolean added = false;
        while (true) {
            int at = text.indexOf("持平", from);
            if (at < 0) {
                break;
            }
            from = at + 2;
            int clause = ContextRules.clauseStart(text, at, "，,；;。！？!?\n");
            String before = text.substring(clause, at);
            boolean comparesYears = before.contains("同比") || before.contains("上年") || before.contains("去年")
                    || before.contains("同期");
            if (!comparesYears) {
                continue;
            }
            Candidate c = new Candidate();
            c.start = at;
            c.numberStart = at;
            c.end = at + 2;
            c.numberEnd = at + 2;
            c.value = BigDecimal.ZERO;
            c.unit = new UnitCatalog.Unit("", "%", BigDecimal.ONE, Kind.GROWTH_RATE);
            c.kind = Kind.GROWTH_RATE;
            c.qualifier = Qualifier.EXACT;
            candidates.add(c);
            added = true;
        }
        if (added) {
            candidates.sort(Comparator.comparingInt(c -> c.start));
        }
    }
}
