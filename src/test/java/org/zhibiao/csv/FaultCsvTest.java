package org.zhibiao.csv;

import static org.assertj.core.api.Assertions.assertThat;
import static org.zhibiao.csv.CsvAssertions.assertReconciles;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.zhibiao.model.Indicator;
import org.zhibiao.model.Kind;
import org.zhibiao.model.Rejection;

/** Faulty and unusual CSV files (src/test/resources/csv/faults), each with its expected outcome. */
class FaultCsvTest {

    private static final Path FAULTS = Path.of("src/test/resources/csv/faults");
    private final CsvTableReader reader = new CsvTableReader();

    static Stream<Arguments> expectations() throws IOException {
        return Files.readAllLines(Path.of("src/test/resources/csv/fault-expectations.tsv"), StandardCharsets.UTF_8)
                .stream().filter(l -> !l.isBlank() && !l.startsWith("#")).map(l -> l.split("\t"))
                .map(c -> Arguments.of(c[0], Long.parseLong(c[1]), Integer.parseInt(c[2]), Integer.parseInt(c[3]),
                        Long.parseLong(c[4]), c[5], c[6]));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("expectations")
    void faultFileHasItsExpectedOutcome(String file, long records, int indicators, int rejections, long skipped,
            String firstRejectedLine, String reasonContains) {
        CsvResult r = reader.read(FAULTS.resolve(file), file);

        assertThat(r.recordsRead()).as("records").isEqualTo(records);
        assertThat(r.indicators()).as("indicators").hasSize(indicators);
        assertThat(r.rejections()).as("rejections").hasSize(rejections);
        assertThat(r.skipped()).as("skipped").isEqualTo(skipped);
        assertReconciles(r);
        if (!firstRejectedLine.equals("-")) {
            Rejection first = r.rejections().get(0);
            assertThat(first.file()).isEqualTo(file);
            assertThat(first.line()).isEqualTo(Long.parseLong(firstRejectedLine));
            assertThat(first.reason()).contains(reasonContains);
            assertThat(first.reasonEn()).isNotBlank().doesNotContainPattern("\\p{IsHan}{3}");
        }
    }

    @Test
    void nonNumericValueIsExplainedInChineseAndEnglishWithTheRawRow() {
        Rejection r = reader.read(FAULTS.resolve("non_numeric_value.csv"), "non_numeric_value.csv").rejections().get(0);

        assertThat(r.reason()).isEqualTo("第3行：数值“abc”不是数字");
        assertThat(r.reasonEn()).isEqualTo("line 3: value \"abc\" is not a number");
        assertThat(r.raw()).isEqualTo("张店区,2021,产业基础,解决贷款,abc,万元");
    }

    @Test
    void formulaLookingCellsStayText() {
        CsvResult r = reader.read(FAULTS.resolve("formula_cells.csv"), "formula_cells.csv");

        assertThat(r.indicators().get(0).subject()).isEqualTo("=HYPERLINK(\"http://example.com\",\"点我\")");
        assertThat(r.rejections()).extracting(Rejection::raw)
                .containsExactly("张店区,2021,长者食堂,@SUM(A1:A2),家", "张店区,2021,游园,=1+2,个");
    }

    @Test
    void encodingsAndDelimitersGiveTheSameChineseText() {
        for (String file : new String[] {"gbk.csv", "utf16_bom.csv", "utf8_bom_crlf.csv", "tab.csv", "semicolon.csv"}) {
            Indicator loan = reader.read(FAULTS.resolve(file), file).indicators().get(0);
            assertThat(loan.subject()).as(file).isEqualTo("解决贷款");
            assertThat(loan.region()).as(file).isEqualTo("张店区");
            assertThat(loan.normalized()).as(file).isEqualByComparingTo("96500000");
            assertThat(loan.line()).as(file).isEqualTo(2);
        }
    }

    @Test
    void thousandsSeparatorsAndPercentSigns() {
        CsvResult tab = reader.read(FAULTS.resolve("tab.csv"), "tab.csv");
        CsvResult mixed = reader.read(FAULTS.resolve("placeholders_and_separators.csv"), "p.csv");

        assertThat(tab.indicators().get(1).value()).isEqualByComparingTo("1450000");
        assertThat(mixed.indicators().get(0).normalized()).isEqualByComparingTo("14500000000");
        Indicator growth = mixed.indicators().get(1);
        assertThat(growth.unit()).isEqualTo("%");
        assertThat(growth.value()).isEqualByComparingTo("23.1");
        assertThat(growth.kind()).isEqualTo(Kind.GROWTH_RATE);
    }

    @Test
    void wideTableWithRegionIndicatorAndUnitColumns() {
        CsvResult r = reader.read(FAULTS.resolve("wide_region_and_indicator_columns.csv"), "w.csv");

        Indicator beijing = r.indicators().get(0);
        assertThat(beijing.region()).isEqualTo("北京市");
        assertThat(beijing.subject()).isEqualTo("地区生产总值");
        assertThat(beijing.year()).isEqualTo(2024);
        assertThat(beijing.normalized()).isEqualByComparingTo("4967020000000");
        Indicator people = r.indicators().get(4);
        assertThat(people.subject()).isEqualTo("常住人口");
        assertThat(people.normalized()).isEqualByComparingTo("21858000");
        assertThat(people.kind()).isEqualTo(Kind.PEOPLE);
        assertThat(people.baseUnit()).isEqualTo("人");
        assertThat(reader.read(FAULTS.resolve("wide_empty_corner.csv"), "c.csv").indicators().get(0).region())
                .isEqualTo("全国");
    }

    @Test
    void valueCellsMayCarryTheirUnit() {
        CsvResult r = reader.read(FAULTS.resolve("value_with_unit.csv"), "v.csv");

        assertThat(r.indicators()).extracting(Indicator::unit).containsExactly("万元", "亿元", "家");
        assertThat(r.indicators().get(0).normalized()).isEqualByComparingTo("96500000");
        assertThat(r.indicators().get(2).kind()).isEqualTo(Kind.COUNT);
    }

    @Test
    void multiLineQuotedFieldKeepsPhysicalLineNumbers() {
        CsvResult r = reader.read(FAULTS.resolve("multiline_quoted_field.csv"), "m.csv");

        assertThat(r.indicators().get(0).subject()).isEqualTo("综合养老服务中心");
        assertThat(r.indicators().get(0).line()).isEqualTo(2);
        assertThat(r.indicators().get(1).subject()).isEqualTo("长者食堂");
        assertThat(r.indicators().get(1).line()).isEqualTo(4);
    }

    @Test
    void fileOverTheSizeLimitIsRejectedWhole(@TempDir Path dir) throws IOException {
        Path big = dir.resolve("big.csv");
        Files.writeString(big, "地区,年份,指标,数值,单位\n张店区,2021,解决贷款,9650,万元\n");
        CsvResult r = new CsvTableReader(new CsvSettings(20, 100, 10)).read(big, "big.csv");

        assertThat(r.indicators()).isEmpty();
        assertThat(r.rejections()).singleElement().satisfies(x -> {
            assertThat(x.line()).isZero();
            assertThat(x.reason()).contains("超过上限20字节");
        });
        assertReconciles(r);
    }

    @Test
    void longCellsAreCutAndRawTextIsCutAt1000(@TempDir Path dir) throws IOException {
        Path file = dir.resolve("long.csv");
        String longName = "指".repeat(3000);
        Files.writeString(file, "指标,数值,单位\n" + longName + ",abc,个\n" + longName + ",1,个\n");
        CsvResult r = new CsvTableReader(new CsvSettings(1 << 20, 50, 10)).read(file, "long.csv");

        assertThat(r.rejections().get(0).raw()).hasSize(1000);
        assertThat(r.indicators().get(0).subject()).hasSize(50);
        assertReconciles(r);
    }

    @Test
    void missingFileIsRejectedNotThrown() {
        CsvResult r = reader.read(FAULTS.resolve("does-not-exist.csv"), "does-not-exist.csv");

        assertThat(r.rejections()).singleElement().satisfies(x -> assertThat(x.reason()).contains("无法读取文件"));
        assertReconciles(r);
    }
}
