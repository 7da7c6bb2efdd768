package org.zhibiao.validate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;
import static org.zhibiao.validate.SampleRows.loan;
import static org.zhibiao.validate.SampleRows.row;

import java.math.BigDecimal;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.zhibiao.csv.CsvTableReader;
import org.zhibiao.model.Finding;
import org.zhibiao.model.Indicator;
import org.zhibiao.model.Kind;
import org.zhibiao.model.Qualifier;
import org.zhibiao.model.Severity;
import org.zhibiao.model.Source;
import org.zhibiao.model.Status;

/** The rules on rows built from the sample report (lines 9/21 are the 摘要, 33/50 the 正文). */
class ValidatorTest {

    private final Validator validator = new Validator();

    @Test
    void summaryFigureDifferentFromBodyIsAnErrorNamingBoth() {
        List<Finding> findings = validator.validate(List.of(loan(1, Source.SUMMARY, 9, "9560"),
                loan(2, Source.BODY, 33, "9650")));

        assertThat(findings).filteredOn(f -> f.rule().equals(SummaryBodyRule.MISMATCH)).singleElement()
                .satisfies(f -> {
                    assertThat(f.severity()).isEqualTo(Severity.ERROR);
                    assertThat(f.message()).startsWith("摘要“解决贷款9560万元”与正文“解决贷款9650万元”不一致");
                    assertThat(f.indicatorIds()).containsExactly(1L, 2L);
                });
    }

    @Test
    void summaryMismatchIsFoundWhenTheExtractorWordsTheSubjectsDifferently() {
        Indicator summary = row(1, Source.SUMMARY, 9, "“政银担”为36家中小微企业解决贷款", "9560", "万元", "95600000", "元",
                Kind.MONEY);
        List<Finding> findings = validator.validate(List.of(summary, loan(2, Source.BODY, 33, "9650")));

        assertThat(findings).extracting(Finding::rule).containsExactly(SummaryBodyRule.MISMATCH);
    }

    @Test
    void summaryThatAgreesWithBodyGivesNoFinding() {
        List<Indicator> rows = List.of(
                loan(1, Source.SUMMARY, 9, "9650"),
                row(2, Source.SUMMARY, 9, "产业发展母基金", "24", "亿元", "2400000000", "元", Kind.MONEY),
                row(3, Source.SUMMARY, 21, "新增综合养老服务中心", "8", "处", "8", "处", Kind.COUNT),
                row(4, Source.SUMMARY, 21, "城乡妇女", "4.1", "万名", "41000", "人", Kind.PEOPLE),
                loan(11, Source.BODY, 33, "9650"),
                row(12, Source.BODY, 33, "主导设立", "24", "亿元", "2400000000", "元", Kind.MONEY),
                row(13, Source.BODY, 50, "综合养老服务中心", "8", "处", "8", "处", Kind.COUNT),
                row(14, Source.BODY, 50, "城乡妇女免费享受两癌筛查", "41000", "人", "41000", "人", Kind.PEOPLE));

        assertThat(validator.validate(rows)).isEmpty();
    }

    @Test
    void summaryFigureMissingFromBodyIsAWarning() {
        List<Finding> findings = validator.validate(List.of(
                row(1, Source.SUMMARY, 9, "高层次人才", "14", "人", "14", "人", Kind.PEOPLE),
                loan(2, Source.BODY, 33, "9650")));

        assertThat(findings).singleElement().satisfies(f -> {
            assertThat(f.severity()).isEqualTo(Severity.WARNING);
            assertThat(f.rule()).isEqualTo(SummaryBodyRule.MISSING);
            assertThat(f.message()).contains("高层次人才14人").contains("未找到");
            assertThat(f.indicatorIds()).containsExactly(1L);
        });
    }

    @Test
    void csvFigureDifferentFromTextIsAnErrorWithFileAndLineOfEach() {
        List<Indicator> rows = new ArrayList<>(csvRowsWithIds(101));
        rows.add(row(1, Source.SUMMARY, 21, "新增综合养老服务中心", "8", "处", "8", "处", Kind.COUNT));
        rows.add(row(2, Source.BODY, 50, "综合养老服务中心", "8", "处", "8", "处", Kind.COUNT));
        rows.add(row(3, Source.BODY, 50, "长者食堂", "20", "家", "20", "家", Kind.COUNT));
        rows.add(row(4, Source.BODY, 29, "一般公共预算收入同比增长", "23.1", "%", "23.1", "%", Kind.GROWTH_RATE));

        List<Finding> findings = validator.validate(rows);

        assertThat(findings).filteredOn(f -> f.rule().equals(CsvTextRule.MISMATCH)).hasSize(2).allSatisfy(f -> {
            assertThat(f.severity()).isEqualTo(Severity.ERROR);
            assertThat(f.message()).startsWith("CSV“综合养老服务中心9处”（zhangdian-2021-indicators.csv 第8行）与");
            assertThat(f.indicatorIds()).hasSize(2).contains(107L);
        });
        assertThat(findings).extracting(Finding::message)
                .anyMatch(m -> m.contains("摘要“新增综合养老服务中心8处”（zhangdian-2021-achievements.md 第21行）不一致"))
                .anyMatch(m -> m.contains("正文“综合养老服务中心8处”（zhangdian-2021-achievements.md 第50行）不一致"));
        assertThat(findings).noneMatch(f -> f.indicatorIds().contains(3L) || f.indicatorIds().contains(4L));
    }

    @Test
    void csvOfAnotherRegionOrYearIsNotCompared() {
        List<Indicator> rows = new ArrayList<>(csvRowsWithIds(101));
        Indicator other = row(1, Source.BODY, 50, "综合养老服务中心", "8", "处", "8", "处", Kind.COUNT);
        rows.add(new Indicator(1, "淄博市", 2021, "", other.subject(), other.value(), null, "处", other.normalized(),
                "处", Kind.COUNT, Qualifier.EXACT, Status.ACTUAL, Source.BODY, other.sentence(), other.file(), 50,
                Severity.PASS, ""));
        rows.add(new Indicator(2, "张店区", 2020, "", other.subject(), other.value(), null, "处", other.normalized(),
                "处", Kind.COUNT, Qualifier.EXACT, Status.ACTUAL, Source.BODY, other.sentence(), other.file(), 50,
                Severity.PASS, ""));

        assertThat(validator.validate(rows)).noneMatch(f -> f.rule().equals(CsvTextRule.MISMATCH));
    }

    @ParameterizedTest(name = "{0} {1} {2}亿元 -> {3}")
    @CsvSource({
            "北京市, 2024, 49670.2, -",
            "北京市, 2024, 49000, CSV_TEXT_MISMATCH",
            "北京, 2024, 49000, CSV_TEXT_MISMATCH",
            "'', 2024, 49000, -",
            "北京市, , 49000, -",
            "天津市, 2023, 17211.8, -",
            "天津市, 2023, 17000, CSV_TEXT_MISMATCH"})
    void textAgainstTheProvinceTableNeedsRegionAndYearToDecide(String region, Integer year, String value,
            String rule) {
        List<Indicator> rows = new ArrayList<>();
        long id = 1000;
        for (Indicator i : new CsvTableReader().read(Path.of("src/test/resources/corpus/csv/"
                + "01_nbs_province_gdp_2006_2024_GBK.csv"), "01.csv").indicators()) {
            rows.add(i.withId(id++));
        }
        BigDecimal v = new BigDecimal(value);
        rows.add(new Indicator(1, region, year, "经济运行", "地区生产总值", v, null, "亿元",
                v.multiply(new BigDecimal("100000000")), "元", Kind.MONEY, Qualifier.EXACT, Status.ACTUAL, Source.BODY,
                "全年实现地区生产总值" + value + "亿元", "report.txt", 3, Severity.PASS, ""));

        // a row without region or year also gets its REGION_MISSING / PERIOD_MISSING warning (RegionPeriodRuleTest)
        List<Finding> findings = validator.validate(rows).stream()
                .filter(f -> !Set.of(RegionPeriodRule.REGION_MISSING, RegionPeriodRule.PERIOD_MISSING)
                        .contains(f.rule()))
                .toList();

        if (rule.equals("-")) {
            assertThat(findings).isEmpty();
        } else {
            assertThat(findings).singleElement().satisfies(f -> {
                assertThat(f.rule()).isEqualTo(rule);
                assertThat(f.message()).contains("（01.csv 第").contains("与正文“地区生产总值" + value + "亿元”（report.txt 第3行）");
            });
        }
    }

    @ParameterizedTest(name = "{0} {1}{2} -> {5}")
    @CsvSource({
            "占地区生产总值比重, 150, %, 150, PERCENT, PERCENT_OVER_100, WARNING",
            "年度投资完成率, 102, %, 102, PERCENT, -, -",
            "年度投资完成率, 1200, %, 1200, PERCENT, COMPLETION_RATE_OVER_1000, WARNING",
            "一般公共预算收入增长, -120, %, -120, GROWTH_RATE, GROWTH_BELOW_MINUS_100, ERROR",
            "税收收入增长, -30.8, %, -30.8, GROWTH_RATE, -, -",
            "网红运动路线, 3.5, 条, 3.5, COUNT, FRACTIONAL_COUNT, WARNING",
            "城乡妇女, 4.1, 万名, 41000, PEOPLE, -, -",
            "高层次人才, 14.5, 人, 14.5, PEOPLE, FRACTIONAL_COUNT, WARNING",
            "地区生产总值, 49670.2, 亿元, 4967020000000, MONEY, -, -"})
    void implausibleValues(String subject, String value, String unit, String normalized, Kind kind, String rule,
            String severity) {
        String base = unit.equals("万名") ? "人" : unit.equals("亿元") ? "元" : unit;
        List<Finding> findings = validator.validate(List.of(row(1, Source.BODY, 33, subject, value, unit, normalized,
                base, kind)));

        if (rule.equals("-")) {
            assertThat(findings).isEmpty();
        } else {
            assertThat(findings).singleElement().satisfies(f -> {
                assertThat(f.rule()).isEqualTo(rule);
                assertThat(f.severity()).isEqualTo(Severity.valueOf(severity));
                assertThat(f.message()).contains(subject + value + unit).contains("第33行");
            });
        }
    }

    @Test
    void exactDuplicateIsAnInfoNamingAllCopies() {
        List<Finding> findings = validator.validate(List.of(loan(1, Source.BODY, 33, "9650"),
                loan(2, Source.BODY, 33, "9650")));

        assertThat(findings).singleElement().satisfies(f -> {
            assertThat(f.rule()).isEqualTo(DuplicateRule.DUPLICATE);
            assertThat(f.severity()).isEqualTo(Severity.INFO);
            assertThat(f.indicatorIds()).containsExactly(1L, 2L);
            assertThat(f.message()).isEqualTo("“解决贷款9650万元”在zhangdian-2021-achievements.md 第33行重复出现2次");
        });
    }

    @Test
    void twoValuesForOneSubjectInOneSourceAreAConflict() {
        List<Finding> findings = validator.validate(List.of(loan(1, Source.BODY, 33, "9650"),
                loan(2, Source.BODY, 40, "9560")));

        assertThat(findings).singleElement().satisfies(f -> {
            assertThat(f.rule()).isEqualTo(ConflictRule.CONFLICT);
            assertThat(f.severity()).isEqualTo(Severity.WARNING);
            assertThat(f.message()).contains("9650万元（第33行）").contains("9560万元（第40行）");
            assertThat(f.indicatorIds()).containsExactly(1L, 2L);
        });
    }

    @Test
    void missingAndUnknownUnits() {
        Indicator noUnit = row(1, Source.BODY, 33, "科技成果", "20", "", "20", "", Kind.OTHER);
        Indicator oddUnit = row(2, Source.BODY, 33, "科技成果", "20", "坨", "20", "坨", Kind.OTHER);
        Indicator ratio = row(3, Source.BODY, 29, "三次产业结构", "11.1", "", "11.1", "", Kind.RATIO);

        List<Finding> findings = validator.validate(List.of(noUnit, oddUnit, ratio));

        assertThat(findings).extracting(Finding::rule, Finding::severity).containsExactly(
                tuple(UnitRule.MISSING, Severity.WARNING),
                tuple(UnitRule.UNKNOWN, Severity.INFO));
    }

    @Test
    void rowChecksGiveEachRowItsWorstSeverityAndAllReasons() {
        List<Indicator> rows = List.of(loan(1, Source.SUMMARY, 9, "9560"), loan(2, Source.BODY, 33, "9650"),
                loan(3, Source.BODY, 33, "9650"), row(4, Source.BODY, 50, "长者食堂", "20", "家", "20", "家", Kind.COUNT));
        List<Finding> findings = validator.validate(rows);

        Map<Long, RowCheck> checks = Validator.rowChecks(findings);
        List<Indicator> annotated = Validator.annotate(rows, findings);

        assertThat(checks.get(2L).severity()).isEqualTo(Severity.ERROR);
        assertThat(checks.get(2L).note()).startsWith("摘要“解决贷款9560万元”").contains("重复出现2次");
        assertThat(checks.get(3L).severity()).isEqualTo(Severity.INFO);
        assertThat(checks).doesNotContainKey(4L);
        assertThat(annotated.get(0).check()).isEqualTo(Severity.ERROR);
        assertThat(annotated.get(3).check()).isEqualTo(Severity.PASS);
        assertThat(annotated.get(3).note()).isEmpty();
        assertThat(findings.get(0).severity()).isEqualTo(Severity.ERROR);
    }

    @Test
    void oddRowsAndBrokenRulesNeverFailTheRun() {
        Indicator empty = new Indicator(1, null, null, null, null, null, null, null, null, null, null, null, null,
                null, null, null, 0, null, null);
        ValidationRule broken = new ValidationRule() {
            @Override
            public String name() {
                return "坏规则";
            }

            @Override
            public List<Finding> check(List<Indicator> indicators, Subjects subjects) {
                throw new IllegalStateException("boom");
            }
        };
        List<Indicator> rows = new ArrayList<>(List.of(empty, loan(2, Source.SUMMARY, 9, "9650")));
        rows.add(null);

        assertThat(new Validator().validate(rows)).isNotNull();
        assertThat(new Validator(List.of(broken)).validate(rows)).singleElement()
                .satisfies(f -> assertThat(f.message()).contains("坏规则").contains("boom"));
        assertThat(new Validator().validate(null)).isEmpty();
    }

    @Test
    void tensOfThousandsOfRowsAreCheckedInOnePass() {
        List<Indicator> rows = new ArrayList<>();
        long id = 1;
        for (int region = 0; region < 100; region++) {
            for (int item = 0; item < 100; item++) {
                for (Source source : Source.values()) {
                    String value = source == Source.CSV && item == 0 ? "101" : "100";
                    rows.add(new Indicator(id++, "区" + region, 2021, "", "指标" + item + "项", new BigDecimal(value),
                            null, "万元", new BigDecimal(value + "0000"), "元", Kind.MONEY, Qualifier.EXACT,
                            Status.ACTUAL, source, "指标" + item + "项" + value + "万元", "f" + region, item + 1,
                            Severity.PASS, ""));
                }
            }
        }
        List<Finding> findings = validator.validate(rows);

        // item 0 of each region: the CSV row (101) disagrees with its 摘要 and 正文 rows (100).
        assertThat(rows).hasSize(30_000);
        assertThat(findings).hasSize(200).allMatch(f -> f.rule().equals(CsvTextRule.MISMATCH));
    }

    private static List<Indicator> csvRowsWithIds(long firstId) {
        List<Indicator> csv = new CsvTableReader().read(Path.of("input/zhangdian-2021-indicators.csv"),
                "zhangdian-2021-indicators.csv").indicators();
        List<Indicator> withIds = new ArrayList<>();
        for (int i = 0; i < csv.size(); i++) {
            withIds.add(csv.get(i).withId(firstId + i));
        }
        return withIds;
    }
}
