package org.zhibiao.classify;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.List;
import java.util.function.Function;
import org.junit.jupiter.api.Test;
import org.zhibiao.model.Indicator;
import org.zhibiao.model.Kind;
import org.zhibiao.model.Qualifier;
import org.zhibiao.model.Severity;
import org.zhibiao.model.Source;
import org.zhibiao.model.Status;
import org.zhibiao.quantity.Mention;
import org.zhibiao.text.Corpus;
import org.zhibiao.text.Document;

/** The plumbing from sentences and mentions to rows; mentions are hand-made (the extractor is tested elsewhere). */
class IndicatorAssemblerTest {

    private final Document sample = Corpus.sample();

    /** Finds one hand-made quantity per sentence: the first of a few known spans, with a fixed subject. */
    private static final Function<String, List<Mention>> HAND_MADE = sentence -> {
        if (sentence.contains("24亿元产业发展母基金")) {
            return List.of(mention(sentence, "24亿元", "24", "亿元", "2400000000", "元", Kind.MONEY, "产业发展母基金"));
        }
        if (sentence.contains("一般公共预算收入同比增长23.1%")) {
            return List.of(mention(sentence, "23.1%", "23.1", "%", "23.1", "%", Kind.GROWTH_RATE, "一般公共预算收入"));
        }
        if (sentence.contains("毕业生9800人")) {
            return List.of(mention(sentence, "9800人", "9800", "人", "9800", "人", Kind.PEOPLE, "大专及以上毕业生"));
        }
        return List.of();
    };

    private static Mention mention(String sentence, String span, String value, String unit, String normalized,
            String baseUnit, Kind kind, String subject) {
        int start = sentence.indexOf(span);
        return new Mention(span, start, start + span.length(), new BigDecimal(value), null, unit,
                new BigDecimal(normalized), null, baseUnit, Qualifier.EXACT, kind, Status.ACTUAL, subject);
    }

    private final IndicatorAssembler assembler = new IndicatorAssembler(Taxonomy.defaults(), HAND_MADE);

    @Test
    void rowsCarryTheMentionTheSentenceAndWhereItStands() {
        List<Indicator> rows = assembler.assemble(sample, null, null);
        assertThat(rows).hasSize(5);
        Indicator boxFund = rows.get(0);
        assertThat(boxFund).isEqualTo(new Indicator(0L, "张店区", 2021, "产业基础", "产业发展母基金",
                new BigDecimal("24"), null, "亿元", new BigDecimal("2400000000"), "元", Kind.MONEY, Qualifier.EXACT,
                Status.ACTUAL, Source.SUMMARY, "主导设立24亿元产业发展母基金；", Corpus.SAMPLE, 9, Severity.PASS, "").withPeriod("2021", 2021));
        assertThat(rows).extracting(Indicator::source, Indicator::line).containsExactly(
                org.assertj.core.groups.Tuple.tuple(Source.SUMMARY, 9),
                org.assertj.core.groups.Tuple.tuple(Source.SUMMARY, 9),
                org.assertj.core.groups.Tuple.tuple(Source.BODY, 29),
                org.assertj.core.groups.Tuple.tuple(Source.BODY, 33),
                org.assertj.core.groups.Tuple.tuple(Source.BODY, 33));
    }

    @Test
    void sectionsComeFromHeadingsOrFromTheIndicatorsWords() {
        List<Indicator> rows = assembler.assemble(sample, null, null);
        assertThat(rows).extracting(Indicator::subject, Indicator::section).containsExactly(
                org.assertj.core.groups.Tuple.tuple("产业发展母基金", "产业基础"),
                org.assertj.core.groups.Tuple.tuple("大专及以上毕业生", "产业基础"),
                org.assertj.core.groups.Tuple.tuple("一般公共预算收入", "经济运行"),
                org.assertj.core.groups.Tuple.tuple("产业发展母基金", "产业基础"),
                org.assertj.core.groups.Tuple.tuple("大专及以上毕业生", "产业基础"));
    }

    @Test
    void theDocumentsOwnRegionIsNoPartOfTheName() {
        Document report = new org.zhibiao.text.ReportParser().parse("composed.txt",
                "石家庄规模以上工业增加值增长6.5%。石家庄新区建成区面积12平方公里。鹿泉区粮食产量20万吨。\n");
        List<Indicator> rows = new IndicatorAssembler(Taxonomy.defaults()).assemble(report, "石家庄市", 2024);

        assertThat(rows).extracting(Indicator::subject)
                .containsExactly("规模以上工业增加值", "石家庄新区建成区面积", "粮食产量");
    }

    @Test
    void callerRegionAndYearOverrideDetection() {
        assertThat(assembler.assemble(sample, "淄博市", 2022)).allSatisfy(row -> {
            assertThat(row.region()).isEqualTo("淄博市");
            assertThat(row.year()).isEqualTo(2022);
            assertThat(row.file()).isEqualTo(Corpus.SAMPLE);
            assertThat(row.check()).isEqualTo(Severity.PASS);
            assertThat(row.note()).isEmpty();
            assertThat(row.id()).isZero();
        });
    }

    @Test
    void clauseIsTheTextFromThePreviousBreakToTheNumber() {
        String sentence = "强化“项目为王”理念，76个区重点项目年度投资完成率102%；";
        Mention m = mention(sentence, "102%", "102", "%", "102", "%", Kind.PERCENT, "");
        assertThat(IndicatorAssembler.clause(sentence, m)).isEqualTo("76个区重点项目年度投资完成率102%");
        Mention outOfRange = new Mention("x", -5, 999, BigDecimal.ONE, null, "", BigDecimal.ONE, null, "",
                Qualifier.EXACT, Kind.OTHER, Status.ACTUAL, null);
        assertThat(IndicatorAssembler.clause(sentence, outOfRange)).isEqualTo(sentence);
    }
}
