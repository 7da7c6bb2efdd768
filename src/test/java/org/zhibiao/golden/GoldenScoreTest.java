package org.zhibiao.golden;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.MethodSource;
import org.zhibiao.model.Kind;
import org.zhibiao.model.Qualifier;
import org.zhibiao.model.Status;

/** The scoring harness on hand-made produced lists against a small golden list. */
class GoldenScoreTest {

    /** Three rows of the sample, in the TSV form the real lists use. */
    private static final String SMALL = String.join("\n",
            "# a comment line",
            GoldenList.HEADER,
            "9\t24亿元\t24\t亿元\t2400000000\t元\tEXACT\tMONEY\tACTUAL\t产业发展母基金\t产业基础",
            "13\t50万件以上\t50\t万件\t500000\t件\tAT_LEAST\tCOUNT\tACTUAL\t减少证明材料\t改革开放",
            "29\t7%\t7\t%\t7\t%\tEXACT\tGROWTH_RATE\tESTIMATE\t地区生产总值增长\t经济运行",
            "");

    private final List<GoldenList.Row> golden = GoldenList.parse("small", SMALL).rows();

    private static ProducedRow produced(int line, String normalized, String baseUnit, Qualifier q, Kind k,
            Status s, String section) {
        return new ProducedRow(line, "", new BigDecimal(normalized), baseUnit, q, k, s, "", section);
    }

    /** Produced rows that agree with {@link #SMALL} in every field. */
    private static List<ProducedRow> perfect() {
        return new ArrayList<>(List.of(
                produced(9, "2400000000", "元", Qualifier.EXACT, Kind.MONEY, Status.ACTUAL, "产业基础"),
                produced(13, "500000", "件", Qualifier.AT_LEAST, Kind.COUNT, Status.ACTUAL, "改革开放"),
                produced(29, "7", "%", Qualifier.EXACT, Kind.GROWTH_RATE, Status.ESTIMATE, "经济运行")));
    }

    @Test
    void readsTheTsvIntoRows() {
        assertThat(golden).hasSize(3);
        GoldenList.Row second = golden.get(1);
        assertThat(second.line()).isEqualTo(13);
        assertThat(second.text()).isEqualTo("50万件以上");
        assertThat(second.value()).isEqualByComparingTo("50");
        assertThat(second.normalized()).isEqualByComparingTo("500000");
        assertThat(second.qualifier()).isEqualTo(Qualifier.AT_LEAST);
        assertThat(second.kind()).isEqualTo(Kind.COUNT);
        assertThat(second.section()).isEqualTo("改革开放");
    }

    @Test
    void aMissingSectionColumnReadsAsEmpty() {
        GoldenList list = GoldenList.parse("x", GoldenList.HEADER + "\n5\t3条\t3\t条\t3\t条\tEXACT\tCOUNT\tACTUAL\t线路\n");
        assertThat(list.rows().get(0).section()).isEmpty();
    }

    @Test
    void aByteOrderMarkBeforeTheHeaderIsIgnored() {
        assertThat(GoldenList.parse("bom", "\uFEFF" + SMALL).rows()).hasSize(3);
    }

    static Stream<Arguments> malformedLists() {
        String row = "9\t24亿元\t24\t亿元\t2400000000\t元\tEXACT\tMONEY\tACTUAL\ts\t";
        return Stream.of(
                Arguments.of("wrong header", "line\ttext\n" + row),
                Arguments.of("no header", "# only a comment\n"),
                Arguments.of("too few columns", GoldenList.HEADER + "\n9\t24亿元\t24\n"),
                Arguments.of("unknown qualifier", GoldenList.HEADER + "\n" + row.replace("EXACT", "MAYBE")),
                Arguments.of("value not a number", GoldenList.HEADER + "\n" + row.replace("\t24\t", "\t二十四\t")));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("malformedLists")
    void rejectsMalformedListsNamingTheFile(String why, String tsv) {
        assertThatThrownBy(() -> GoldenList.parse("bad.tsv", tsv))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("bad.tsv");
    }

    @Test
    void perfectMatchScoresOne() {
        GoldenScore score = GoldenScore.score(golden, perfect());

        assertThat(score.matchedCount()).isEqualTo(3);
        assertThat(score.precision()).isEqualTo(1.0);
        assertThat(score.recall()).isEqualTo(1.0);
        assertThat(score.f1()).isEqualTo(1.0);
        assertThat(score.qualifierAccuracy()).isEqualTo(1.0);
        assertThat(score.kindAccuracy()).isEqualTo(1.0);
        assertThat(score.statusAccuracy()).isEqualTo(1.0);
        assertThat(score.sectionAccuracy()).isEqualTo(1.0);
        assertThat(score.missed()).isEmpty();
        assertThat(score.extra()).isEmpty();
    }

    @Test
    void oneMissingRowLowersRecallOnly() {
        List<ProducedRow> produced = perfect();
        produced.remove(1);

        GoldenScore score = GoldenScore.score(golden, produced);

        assertThat(score.precision()).isEqualTo(1.0);
        assertThat(score.recall()).isCloseTo(2.0 / 3, within(1e-9));
        assertThat(score.f1()).isCloseTo(0.8, within(1e-9));
        assertThat(score.missed()).extracting(GoldenList.Row::text).containsExactly("50万件以上");
        assertThat(score.report("small")).contains("missed (golden, not produced): 1", "50万件以上");
    }

    @Test
    void oneExtraRowLowersPrecisionOnly() {
        List<ProducedRow> produced = perfect();
        produced.add(produced(29, "2021", "年", Qualifier.EXACT, Kind.OTHER, Status.ACTUAL, "经济运行"));

        GoldenScore score = GoldenScore.score(golden, produced);

        assertThat(score.precision()).isEqualTo(0.75);
        assertThat(score.recall()).isEqualTo(1.0);
        assertThat(score.extra()).extracting(ProducedRow::baseUnit).containsExactly("年");
        assertThat(score.report("small")).contains("extra (produced, not golden): 1", "2021 年");
    }

    @ParameterizedTest(name = "produced on line {0} for golden line 29 -> matched {1}")
    @CsvSource({"29, true", "28, true", "26, true", "25, false", "30, false", "9, false"})
    void aProducedLineMayStandUpToThreeLinesAboveTheGoldenLine(int line, boolean matched) {
        List<ProducedRow> produced = perfect();
        produced.set(2, produced(line, "7", "%", Qualifier.EXACT, Kind.GROWTH_RATE, Status.ESTIMATE, "经济运行"));

        GoldenScore score = GoldenScore.score(golden, produced);

        assertThat(score.matchedCount()).isEqualTo(matched ? 3 : 2);
        assertThat(score.extra()).hasSize(matched ? 0 : 1);
    }

    @ParameterizedTest(name = "{0} {1} matches 2400000000 元: {2}")
    @CsvSource({"2.4E9, 元, true", "2400000000.00, 元, true", "24E8, 元, true", "2400000000, 万元, false",
            "24, 元, false", "2400000001, 元, false"})
    void valuesCompareAsNumbersAndBaseUnitsMustAgree(String normalized, String baseUnit, boolean matched) {
        List<ProducedRow> produced = perfect();
        produced.set(0, produced(9, normalized, baseUnit, Qualifier.EXACT, Kind.MONEY, Status.ACTUAL, "产业基础"));

        assertThat(GoldenScore.score(golden, produced).matchedCount()).isEqualTo(matched ? 3 : 2);
    }

    @Test
    void matchingIsOneToOne() {
        List<ProducedRow> produced = perfect();
        produced.add(produced.get(0));

        GoldenScore score = GoldenScore.score(golden, produced);

        assertThat(score.matchedCount()).isEqualTo(3);
        assertThat(score.extra()).hasSize(1);
    }

    @Test
    void aGoldenRowTakesTheProducedRowOnTheNearestLine() {
        List<GoldenList.Row> twoRates = GoldenList.parse("rates", GoldenList.HEADER + "\n"
                + "10\t8%\t8\t%\t8\t%\tEXACT\tGROWTH_RATE\tACTUAL\t甲增长\t\n"
                + "12\t8%\t8\t%\t8\t%\tEXACT\tGROWTH_RATE\tTARGET\t乙增长\t\n").rows();
        ProducedRow onTen = produced(10, "8", "%", Qualifier.EXACT, Kind.GROWTH_RATE, Status.ACTUAL, "");
        ProducedRow onTwelve = produced(12, "8", "%", Qualifier.EXACT, Kind.GROWTH_RATE, Status.TARGET, "");

        GoldenScore score = GoldenScore.score(twoRates, List.of(onTwelve, onTen));

        assertThat(score.pairs()).extracting(GoldenScore.Pair::produced).containsExactly(onTen, onTwelve);
        assertThat(score.statusAccuracy()).isEqualTo(1.0);
    }

    @Test
    void anEarlierChoiceDoesNotStrandALaterRow() {
        // Two equal rates on lines 51 and 53 whose sentences start two lines above them: the row on 51
        // first takes the produced row on its own line, then gives it up to the row on 53.
        List<GoldenList.Row> twoRates = GoldenList.parse("rates", GoldenList.HEADER + "\n"
                + "51\t5.7%\t5.7\t%\t5.7\t%\tEXACT\tGROWTH_RATE\tACTUAL\t限额以上单位消费品零售额增长\t\n"
                + "53\t5.7%\t5.7\t%\t5.7\t%\tEXACT\tGROWTH_RATE\tACTUAL\t服装鞋帽针纺织品类零售额增长\t\n").rows();
        ProducedRow from49 = produced(49, "5.7", "%", Qualifier.EXACT, Kind.GROWTH_RATE, Status.ACTUAL, "");
        ProducedRow from51 = produced(51, "5.7", "%", Qualifier.EXACT, Kind.GROWTH_RATE, Status.ACTUAL, "");

        GoldenScore score = GoldenScore.score(twoRates, List.of(from49, from51));

        assertThat(score.matchedCount()).isEqualTo(2);
        assertThat(score.pairs()).extracting(GoldenScore.Pair::produced).containsExactly(from49, from51);
    }

    @Test
    void onTheSameLineTheAgreeingRowIsPreferred() {
        List<GoldenList.Row> twoRates = GoldenList.parse("rates", GoldenList.HEADER + "\n"
                + "61\t14%\t14\t%\t14\t%\tEXACT\tGROWTH_RATE\tTARGET\t社会消费品零售总额增长\t\n").rows();
        ProducedRow actual = produced(61, "14", "%", Qualifier.EXACT, Kind.GROWTH_RATE, Status.ACTUAL, "");
        ProducedRow target = produced(61, "14", "%", Qualifier.EXACT, Kind.GROWTH_RATE, Status.TARGET, "");

        GoldenScore score = GoldenScore.score(twoRates, List.of(actual, target));

        assertThat(score.pairs().get(0).produced()).isSameAs(target);
        assertThat(score.extra()).containsExactly(actual);
    }

    @Test
    void fieldAccuracyCountsMatchedPairsOnly() {
        List<ProducedRow> produced = perfect();
        produced.set(1, produced(13, "500000", "件", Qualifier.EXACT, Kind.COUNT, Status.ACTUAL, "民生保障"));
        produced.set(2, produced(29, "7", "%", Qualifier.EXACT, Kind.PERCENT, Status.ACTUAL, "经济运行"));
        produced.add(produced(40, "1", "个", Qualifier.ABOUT, Kind.OTHER, Status.TARGET, "未分类"));

        GoldenScore score = GoldenScore.score(golden, produced);

        assertThat(score.matchedCount()).isEqualTo(3);
        assertThat(score.qualifierAccuracy()).isCloseTo(2.0 / 3, within(1e-9));
        assertThat(score.kindAccuracy()).isCloseTo(2.0 / 3, within(1e-9));
        assertThat(score.statusAccuracy()).isCloseTo(2.0 / 3, within(1e-9));
        assertThat(score.sectionAccuracy()).isCloseTo(2.0 / 3, within(1e-9));
        assertThat(score.report("small"))
                .contains("L13 50万件以上: qualifier AT_LEAST≠EXACT  section 改革开放≠民生保障")
                .contains("L29 7%: kind GROWTH_RATE≠PERCENT  status ESTIMATE≠ACTUAL");
    }

    @Test
    void sectionAccuracyIgnoresRowsWithoutAGoldenSection() {
        List<GoldenList.Row> noSections = GoldenList.parse("x", GoldenList.HEADER
                + "\n5\t3条\t3\t条\t3\t条\tEXACT\tCOUNT\tACTUAL\t线路\t\n").rows();
        ProducedRow row = produced(5, "3", "条", Qualifier.EXACT, Kind.COUNT, Status.ACTUAL, "城市品质");

        GoldenScore score = GoldenScore.score(noSections, List.of(row));

        assertThat(score.kindAccuracy()).isEqualTo(1.0);
        assertThat(score.sectionAccuracy()).isNaN();
        assertThat(score.report("x")).contains("section n/a");
    }

    @Test
    void nothingProducedMeansZeroRecall() {
        GoldenScore score = GoldenScore.score(golden, List.of());

        assertThat(score.recall()).isZero();
        assertThat(score.f1()).isZero();
        assertThat(score.kindAccuracy()).isNaN();
        assertThat(score.missed()).hasSize(3);
    }

    @Test
    void aNullNormalizedValueNeverMatches() {
        List<ProducedRow> produced = perfect();
        produced.set(0, new ProducedRow(9, "24亿元", null, "元", Qualifier.EXACT, Kind.MONEY, Status.ACTUAL, "", ""));

        GoldenScore score = GoldenScore.score(golden, produced);

        assertThat(score.matchedCount()).isEqualTo(2);
        assertThat(score.report("small")).contains("24亿元 = null");
    }
}
