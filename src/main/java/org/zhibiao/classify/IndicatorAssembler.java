package org.zhibiao.classify;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import org.zhibiao.model.Indicator;
import org.zhibiao.model.Severity;
import org.zhibiao.model.Source;
import org.zhibiao.quantity.IndicatorName;
import org.zhibiao.model.Status;
import org.zhibiao.quantity.Mention;
import org.zhibiao.quantity.QuantityExtractor;
import org.zhibiao.text.Document;
import org.zhibiao.text.Sentence;

/**
 * Turns a parsed report into indicators: the quantities of each sentence (QuantityExtractor), with section,
 * region ({@link RegionResolver}), period and year ({@link Periods}) and source (摘要 for a highlight box, else
 * 正文). Rows are unvalidated: id 0, check PASS, note the extractor's (an implied unit) or "", in Chinese and
 * English.
 */
public final class IndicatorAssembler {

    /** Ends of the clause that holds a number: the clause is the section evidence next to the subject. */
    private static final String CLAUSE_BREAKS = "，,；;。：:！？!?";

    private final SectionClassifier sections;
    private final Function<String, List<Mention>> extractor;

    public IndicatorAssembler(Taxonomy taxonomy) {
        this(taxonomy, new QuantityExtractor()::extract);
    }

    /** With another extractor, e.g. hand-made mentions in a test of the plumbing. */
    public IndicatorAssembler(Taxonomy taxonomy, Function<String, List<Mention>> extractor) {
        this.sections = new SectionClassifier(taxonomy);
        this.extractor = extractor;
    }

    /** @param region region when the text does not say (may be null); likewise {@code year} */
    public List<Indicator> assemble(Document document, String region, Integer year) {
        DocumentFacts facts = DocumentFacts.detect(document).withOverrides(region, year);
        Periods periods = Periods.of(document, facts.year());
        List<Indicator> rows = new ArrayList<>();
        for (Sentence sentence : document.sentences()) {
            List<Mention> mentions = extractor.apply(sentence.text());
            if (mentions == null) {
                continue;
            }
            for (Mention m : mentions) {
                rows.add(row(document, sentence, m, facts, periods));
            }
        }
        return rows;
    }

    /** Rows of a document, and the line where they were cut (0 when none was). */
    public record Assembled(List<Indicator> rows, int cutLine) {
    }

    /**
     * As {@link #assemble(Document, String, Integer)}, but stops at the first line whose rows would make more than
     * {@code maxRows}: extraction ends there, so a file of a million figures never holds a million rows. The cut
     * falls between lines, so every line is either whole or not read.
     */
    public Assembled assemble(Document document, String region, Integer year, int maxRows) {
        DocumentFacts facts = DocumentFacts.detect(document).withOverrides(region, year);
        Periods periods = Periods.of(document, facts.year());
        List<Indicator> rows = new ArrayList<>();
        List<Indicator> line = new ArrayList<>();
        int lineNumber = -1;
        for (Sentence sentence : document.sentences()) {
            if (sentence.line() != lineNumber) {
                rows.addAll(line);
                line.clear();
                lineNumber = sentence.line();
            }
            List<Mention> mentions = extractor.apply(sentence.text());
            for (Mention m : mentions == null ? List.<Mention>of() : mentions) {
                line.add(row(document, sentence, m, facts, periods));
            }
            if (rows.size() + line.size() > maxRows) {
                return new Assembled(rows, lineNumber);
            }
        }
        rows.addAll(line);
        return new Assembled(rows, 0);
    }

    private Indicator row(Document document, Sentence sentence, Mention m, DocumentFacts facts, Periods periods) {
        // the document's own region (石家庄 of 石家庄市) is the 地区 column, not part of the 指标
        String subject = m.subject() == null ? "" : IndicatorName.withoutRegion(m.subject(), facts.region());
        String section = sections.sectionOf(sentence.headingPath(), subject, clause(sentence.text(), m),
                sentence.text());
        Status status = PlanHeadings.status(sentence.headingPath(), m.status(), facts.year());
        PeriodResolver.Period period = periods.of(sentence, m.start(), status);
        return new Indicator(0L, RegionResolver.regionOf(sentence.text(), m.start(), facts.region()),
                facts.year(), section, subject, m.value(), m.valueHigh(), m.unit(), m.normalized(), m.baseUnit(),
                m.kind(), m.qualifier(), status, sentence.summary() ? Source.SUMMARY : Source.BODY, sentence.text(),
                document.file(), sentence.line(), Severity.PASS, "")
                .withCheck(Severity.PASS, m.note() == null ? "" : m.note(), m.noteEn() == null ? "" : m.noteEn())
                .withPeriod(period == null ? null : period.code(),
                        period == null ? facts.year() : Integer.valueOf(period.lastYear()));
    }

    /** The clause of the sentence that ends with the mention (…，76个区重点项目年度投资完成率102%). */
    static String clause(String sentence, Mention m) {
        int end = Math.max(0, Math.min(sentence.length(), m.end()));
        int start = Math.max(0, Math.min(end, m.start()));
        int from = start;
        while (from > 0 && CLAUSE_BREAKS.indexOf(sentence.charAt(from - 1)) < 0) {
            from--;
        }
        return sentence.substring(from, end);
    }
}
