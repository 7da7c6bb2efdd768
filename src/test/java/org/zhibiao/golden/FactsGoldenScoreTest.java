package org.zhibiao.golden;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.zhibiao.model.Indicator;
import org.zhibiao.model.Kind;
import org.zhibiao.model.Measure;
import org.zhibiao.model.Qualifier;
import org.zhibiao.model.Severity;
import org.zhibiao.model.Source;
import org.zhibiao.model.Status;

/** The facts scorer on hand-made rows. */
class FactsGoldenScoreTest {

    private static final GoldenFacts.Row GDP_LEVEL = golden(5, "614.71亿元", "614.71", "地区生产总值", "GDP",
            Measure.LEVEL, "光明区", "2022H1");
    private static final GoldenFacts.Row GDP_GROWTH = golden(5, "6.3%", "6.3", "地区生产总值", "GDP",
            Measure.GROWTH, "光明区", "2022H1");
    private static final GoldenFacts.Row UNMAPPED = golden(15, "5个", "5", "室外智能健身广场", "",
            Measure.LEVEL, "光明区", "2022");

    @Test
    void matchesByValueWithinTheLineWindowAndComparesEveryField() {
        Indicator level = produced(4, "614.71", "历下区地区生产总值").withPlace("深圳市光明区", 2022)
                .withPeriod("2022H1", 2022).withCatalogue("GDP", "地区生产总值", Measure.LEVEL);
        Indicator growth = produced(5, "6.3", "地区生产总值").withPlace("光明区", 2022)
                .withPeriod("2022", 2022).withCatalogue("GDP", "地区生产总值", Measure.GROWTH);
        Indicator tooFarAbove = produced(11, "5", "室外智能健身广场");

        FactsGoldenScore score = FactsGoldenScore.score(List.of(GDP_LEVEL, GDP_GROWTH, UNMAPPED),
                List.of(level, growth, tooFarAbove));

        assertThat(score.matched()).isEqualTo(2);
        assertThat(score.nameAccuracy()).isEqualTo(0.5);
        assertThat(score.mappingAccuracy()).isEqualTo(1.0);
        assertThat(score.coverage()).isEqualTo(1.0);
        assertThat(score.measureAccuracy()).isEqualTo(1.0);
        assertThat(score.regionAccuracy()).isEqualTo(1.0);
        assertThat(score.periodAccuracy()).isEqualTo(0.5);
    }

    @Test
    void anUnmappedRowIsRightWhenTheListHasNoCodeEitherButDoesNotCountAsCovered() {
        FactsGoldenScore score = FactsGoldenScore.score(List.of(UNMAPPED),
                List.of(produced(15, "5", "“室外智能健身广场”").withPlace("光明区", 2022).withPeriod("2022", 2022)));

        assertThat(score.nameAccuracy()).as("quotes do not count").isEqualTo(1.0);
        assertThat(score.mappingAccuracy()).isEqualTo(1.0);
        assertThat(score.coverage()).isZero();
        assertThat(score.measureAccuracy()).as("no measure produced").isZero();
    }

    @Test
    void matchingIsOneToOneAndDoesNotDependOnListOrder() {
        GoldenFacts.Row first = golden(7, "3%", "3", "税收收入", "TAX_REVENUE", Measure.GROWTH, "甲市", "2025");
        GoldenFacts.Row second = golden(5, "3%", "3", "地区生产总值", "GDP", Measure.GROWTH, "甲市", "2025");
        List<Indicator> produced = List.of(produced(5, "3", "地区生产总值"), produced(7, "3", "税收收入"));

        assertThat(FactsGoldenScore.score(List.of(first, second), produced).nameAccuracy()).isEqualTo(1.0);
        assertThat(FactsGoldenScore.score(List.of(second, first), produced).nameAccuracy()).isEqualTo(1.0);
        assertThat(FactsGoldenScore.score(List.of(first, second), produced.subList(0, 1)).matched()).isEqualTo(1);
    }

    @Test
    void noPairsGiveNaNSoThatAFloorFails() {
        FactsGoldenScore score = FactsGoldenScore.score(List.of(UNMAPPED), List.of());

        assertThat(score.matched()).isZero();
        assertThat(score.nameAccuracy()).isNaN();
    }

    @ParameterizedTest
    @CsvSource({"深圳市光明区,光明区,true", "光明区,光明区,true", "光明区,深圳市光明区,true", "南山区,光明区,false",
        ",光明区,false", "'',,true"})
    void aRegionNamedWithItsParentIsTheSameRegion(String produced, String golden, boolean same) {
        assertThat(FactsGoldenScore.sameRegion(produced, golden == null ? "" : golden)).isEqualTo(same);
    }

    @Test
    void aHeldOutReportShowsFiguresButNoLabels() {
        FactsGoldenScore score = FactsGoldenScore.score(List.of(GDP_LEVEL), List.of(produced(5, "614.71", "GDP")));

        assertThat(score.report("held", true)).doesNotContain("地区生产总值").contains("name 0.000");
        assertThat(score.report("tuned", false)).contains("want 「地区生产总值」");
    }

    private static GoldenFacts.Row golden(int line, String text, String value, String name, String code,
            Measure measure, String region, String period) {
        return new GoldenFacts.Row(line, text, new BigDecimal(value), name, code, measure, region, period,
                Status.ACTUAL);
    }

    private static Indicator produced(int line, String value, String subject) {
        return new Indicator(0, null, null, "经济运行", subject, new BigDecimal(value), null, "", BigDecimal.ONE, "",
                Kind.OTHER, Qualifier.EXACT, Status.ACTUAL, Source.BODY, "句子", "f.txt", line, Severity.PASS, "");
    }
}
