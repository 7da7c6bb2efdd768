package org.zhibiao.validate;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.zhibiao.model.Finding;
import org.zhibiao.model.Indicator;
import org.zhibiao.model.Kind;
import org.zhibiao.model.Qualifier;
import org.zhibiao.model.Severity;
import org.zhibiao.model.Source;
import org.zhibiao.model.Status;

/** One finding per fact whose sources disagree, instead of one per pair of rows. Rows composed here. */
class FactFindingsTest {

    private static Indicator mention(long id, Source source, String file, int line, String subject, String value,
            String unit, String normalized, String fact) {
        return new Indicator(id, "甲县", 2024, "民生保障", subject, new BigDecimal(value), null, unit,
                new BigDecimal(normalized), "个", Kind.COUNT, Qualifier.EXACT, Status.ACTUAL, source, "…", file, line,
                Severity.PASS, "").withFact(fact);
    }

    @Test
    void mentionsOfOneFactThatDisagreeAcrossSourcesAreOneErrorNamingEach() {
        List<Indicator> mentions = List.of(
                mention(1, Source.SUMMARY, "r.md", 3, "托育机构", "12", "个", "12", "F1"),
                mention(2, Source.BODY, "r.md", 40, "托育机构", "12", "个", "12", "F1"),
                mention(3, Source.CSV, "t.csv", 7, "托育机构", "13", "个", "13", "F1"));
        Finding finding = FactAgreement.check(mentions).orElseThrow();
        assertThat(finding.severity()).isEqualTo(Severity.ERROR);
        assertThat(finding.rule()).isEqualTo(FactAgreement.MISMATCH);
        assertThat(finding.indicatorIds()).containsExactly(1L, 2L, 3L);
        assertThat(finding.message()).contains("F1", "甲县", "3个来源", "摘要 r.md:3 12个", "正文 r.md:40 12个",
                "CSV t.csv:7 13个");
    }

    @Test
    void roundingWithinOneSourceOrOneUnitIsNoDisagreement() {
        // 1.2万 and 12,000 agree within the rounding of the less precise.
        assertThat(FactAgreement.check(List.of(
                mention(1, Source.SUMMARY, "r.md", 3, "床位", "1.2", "万个", "12000", "F2"),
                mention(2, Source.CSV, "t.csv", 7, "床位", "12034", "个", "12034", "F2")))).isEmpty();
        // Two values within one source are ConflictRule's, not a cross-source disagreement.
        assertThat(FactAgreement.check(List.of(
                mention(1, Source.BODY, "r.md", 3, "床位", "5", "个", "5", "F3"),
                mention(2, Source.BODY, "r.md", 9, "床位", "6", "个", "6", "F3")))).isEmpty();
    }

    @Test
    void pairRulesLeaveMentionsOfOneFactToTheFactRule() {
        List<Indicator> rows = List.of(
                mention(1, Source.SUMMARY, "r.md", 3, "托育机构", "12", "个", "12", "F1"),
                mention(2, Source.BODY, "r.md", 40, "托育机构", "13", "个", "13", "F1"),
                mention(3, Source.CSV, "t.csv", 7, "托育机构", "14", "个", "14", "F1"));
        List<Finding> findings = new Validator().validate(rows);
        assertThat(findings).noneMatch(f -> f.rule().equals(SummaryBodyRule.MISMATCH)
                || f.rule().equals(CsvTextRule.MISMATCH));
    }

    @Test
    void textMentionsOfOneFactAgainstOneCsvRowAreOneFinding() {
        // The CSV names the indicator differently (another fact id) but alike enough for the CSV-vs-text rule.
        List<Indicator> rows = List.of(
                mention(1, Source.SUMMARY, "r.md", 3, "新建托育机构", "12", "个", "12", "F1"),
                mention(2, Source.BODY, "r.md", 40, "新建托育机构", "12", "个", "12", "F1"),
                mention(3, Source.CSV, "t.csv", 7, "托育机构", "14", "个", "14", "F9"));
        List<Finding> csvText = new Validator().validate(rows).stream()
                .filter(f -> f.rule().equals(CsvTextRule.MISMATCH)).toList();
        assertThat(csvText).hasSize(1);
        assertThat(csvText.get(0).indicatorIds()).containsExactly(3L, 1L, 2L);
        assertThat(csvText.get(0).message()).contains("t.csv 第7行", "r.md 第3行", "r.md 第40行");
        Optional<Finding> none = FactAgreement.check(rows.subList(0, 2));
        assertThat(none).isEmpty();
    }
}
