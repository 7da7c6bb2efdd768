package org.zhibiao.validate;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.zhibiao.model.Finding;
import org.zhibiao.model.Indicator;
import org.zhibiao.model.Kind;
import org.zhibiao.model.Qualifier;
import org.zhibiao.model.Severity;
import org.zhibiao.model.Source;
import org.zhibiao.model.Status;

/** Rows with no region or no period get a WARNING each, naming the file and line and the option that fixes it. */
class RegionPeriodRuleTest {

    @ParameterizedTest(name = "region={0} period={1} → {2}")
    @CsvSource(delimiter = '|', nullValues = "null", textBlock = """
            张店区 | 2021      | ''
            null   | 2021      | REGION_MISSING
            ''     | 2021H1    | REGION_MISSING
            张店区 | null      | PERIOD_MISSING
            null   | null      | REGION_MISSING PERIOD_MISSING
            """)
    void aRowWithoutRegionOrPeriodIsWarned(String region, String period, String rules) {
        Integer year = period == null ? null : 2021;
        Indicator row = new Indicator(7L, region, 2021, "经济运行", "新增就业", new BigDecimal("5611"), null, "人",
                new BigDecimal("5611"), "人", Kind.PEOPLE, Qualifier.EXACT, Status.ACTUAL, Source.BODY,
                "全年新增就业5611人。", "r.txt", 12, Severity.PASS, "").withPeriod(period, year);

        List<Finding> findings = Validator.withinFile().validate(List.of(row));

        List<Finding> ours = findings.stream().filter(f -> f.rule().endsWith("_MISSING") && !f.rule().startsWith("UNIT"))
                .toList();
        assertThat(ours).extracting(Finding::rule).containsExactlyElementsOf(
                rules.isBlank() ? List.of() : List.of(rules.split(" ")));
        assertThat(ours).allSatisfy(f -> {
            assertThat(f.severity()).isEqualTo(Severity.WARNING);
            assertThat(f.indicatorIds()).containsExactly(7L);
            assertThat(f.message()).contains("r.txt 第12行", "--file-facts");
        });
    }

    @org.junit.jupiter.api.Test
    void aRowWithAYearButNoPeriodHasThatYearsPeriod() {
        Indicator row = new Indicator(3L, "张店区", 2021, "经济运行", "新增就业", new BigDecimal("5611"), null, "人",
                new BigDecimal("5611"), "人", Kind.PEOPLE, Qualifier.EXACT, Status.ACTUAL, Source.CSV,
                "新增就业,5611,人", "t.csv", 2, Severity.PASS, "");
        assertThat(Validator.withinFile().validate(List.of(row))).extracting(Finding::rule)
                .doesNotContain(RegionPeriodRule.PERIOD_MISSING);
    }
}
