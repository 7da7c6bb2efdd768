package org.zhibiao.csv;

import static org.assertj.core.api.Assertions.assertThat;
import static org.zhibiao.csv.CsvAssertions.assertReconciles;

import java.math.BigDecimal;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.zhibiao.model.Indicator;
import org.zhibiao.model.Kind;
import org.zhibiao.model.Qualifier;
import org.zhibiao.model.Source;
import org.zhibiao.model.Status;

/** The real NBS exports and the sample long table load completely, with the right cells. */
class CorpusCsvTest {

    private static final Path CORPUS = Path.of("src/test/resources/corpus/csv");
    private static final String GDP_01 = "01_nbs_province_gdp_2006_2024_GBK.csv";
    private static final String GDP_03 = "03_nbs_national_gdp_components_2015_2024.csv";
    private static final String FISCAL_04 = "04_nbs_beijing_fiscal_expenditure_by_item_2016_2024.csv";
    private static final Path SAMPLE = Path.of("input/zhangdian-2021-indicators.csv");

    private final CsvTableReader reader = new CsvTableReader();

    // 01: 31 provinces x 19 years, no blank cells; 03: 6 indicator rows x 10 years;
    // 04: 21 rows x 9 years of which 20 cells of 2024 are blank; sample: 9 data rows.
    @ParameterizedTest(name = "{0}")
    @CsvSource({
            "src/test/resources/corpus/csv/" + GDP_01 + ", 589, 589, 0, 0",
            "src/test/resources/corpus/csv/" + GDP_03 + ", 60, 60, 0, 0",
            "src/test/resources/corpus/csv/" + FISCAL_04 + ", 189, 169, 0, 20",
            "input/zhangdian-2021-indicators.csv, 9, 9, 0, 0"})
    void loadsEveryRecordAndReconciles(String path, long records, int indicators, int rejections, long skipped) {
        CsvResult r = reader.read(Path.of(path), Path.of(path).getFileName().toString());

        assertThat(r.recordsRead()).isEqualTo(records);
        assertThat(r.indicators()).hasSize(indicators);
        assertThat(r.rejections()).hasSize(rejections);
        assertThat(r.skipped()).isEqualTo(skipped);
        assertReconciles(r);
        assertThat(r.indicators()).allSatisfy(i -> {
            assertThat(i.source()).isEqualTo(Source.CSV);
            assertThat(i.status()).isEqualTo(Status.ACTUAL);
            assertThat(i.qualifier()).isEqualTo(Qualifier.EXACT);
            assertThat(i.file()).isEqualTo(r.file());
            assertThat(i.line()).isPositive();
            assertThat(i.sentence()).isNotBlank();
        });
    }

    @Test
    void gbkProvinceTableReadsRegionsYearsAndNormalizedYuan() {
        CsvResult r = reader.read(CORPUS.resolve(GDP_01), GDP_01);

        Indicator beijing2024 = cell(r, "北京市", 2024);
        assertThat(beijing2024.subject()).isEqualTo("地区生产总值");
        assertThat(beijing2024.value()).isEqualByComparingTo("49670.2");
        assertThat(beijing2024.unit()).isEqualTo("亿元");
        assertThat(beijing2024.normalized()).isEqualByComparingTo("4967020000000");
        assertThat(beijing2024.baseUnit()).isEqualTo("元");
        assertThat(beijing2024.kind()).isEqualTo(Kind.MONEY);
        assertThat(beijing2024.line()).isEqualTo(5);
        assertThat(beijing2024.sentence()).startsWith("北京市,49670.2,47353.7");
        assertThat(cell(r, "新疆维吾尔自治区", 2006).value()).isEqualByComparingTo("2984.5");
        assertThat(cell(r, "新疆维吾尔自治区", 2006).line()).isEqualTo(35);
        assertThat(r.indicators().stream().map(Indicator::region).distinct()).hasSize(31);
        assertThat(r.indicators().stream().map(Indicator::year).distinct()).hasSize(19);
    }

    @Test
    void nationalTableTakesUnitFromParenthesesAndRegionQuanGuo() {
        CsvResult r = reader.read(CORPUS.resolve(GDP_03), GDP_03);

        Indicator gdp2024 = r.indicators().stream()
                .filter(i -> i.subject().equals("国内生产总值") && i.year() == 2024).findFirst().orElseThrow();
        assertThat(gdp2024.value()).isEqualByComparingTo("1349083.5");
        assertThat(gdp2024.normalized()).isEqualByComparingTo("134908350000000");
        assertThat(gdp2024.region()).isEqualTo("全国");
        assertThat(gdp2024.line()).isEqualTo(3);
        Indicator perCapita2015 = r.indicators().stream()
                .filter(i -> i.subject().equals("人均国内生产总值") && i.year() == 2015).findFirst().orElseThrow();
        assertThat(perCapita2015.unit()).isEqualTo("元");
        assertThat(perCapita2015.normalized()).isEqualByComparingTo("50912");
        assertThat(r.indicators()).extracting(Indicator::subject).containsOnly("国民总收入", "国内生产总值",
                "第一产业增加值", "第二产业增加值", "第三产业增加值", "人均国内生产总值");
    }

    @Test
    void tabCommaTableWithBomTrimsNamesSkipsBlanksAndTakesRegionPerFile() {
        CsvResult unknownRegion = reader.read(CORPUS.resolve(FISCAL_04), FISCAL_04);
        CsvResult beijing = reader.read(CORPUS.resolve(FISCAL_04), FISCAL_04, "北京市");

        Indicator total2024 = unknownRegion.indicators().get(0);
        assertThat(total2024.subject()).isEqualTo("地方财政一般公共预算支出");
        assertThat(total2024.year()).isEqualTo(2024);
        assertThat(total2024.value()).isEqualByComparingTo("8396.49");
        assertThat(total2024.unit()).isEqualTo("亿元");
        assertThat(total2024.region()).isEmpty();
        assertThat(total2024.line()).isEqualTo(4);
        assertThat(unknownRegion.indicators()).noneMatch(i -> i.subject().contains(" ") || i.year() == null);
        assertThat(unknownRegion.indicators()).filteredOn(i -> i.year() == 2024).hasSize(1);
        Indicator other2016 = unknownRegion.indicators().stream()
                .filter(i -> i.subject().equals("地方财政其他支出") && i.year() == 2016).findFirst().orElseThrow();
        assertThat(other2016.value()).isEqualByComparingTo("212.72");
        assertThat(other2016.line()).isEqualTo(24);
        assertThat(beijing.indicators()).extracting(Indicator::region).containsOnly("北京市");
    }

    @Test
    void sampleLongTableKeepsSectionsAndKinds() {
        CsvResult r = reader.read(SAMPLE, "zhangdian-2021-indicators.csv");

        Indicator loan = bySubject(r, "解决贷款");
        assertThat(loan.region()).isEqualTo("张店区");
        assertThat(loan.year()).isEqualTo(2021);
        assertThat(loan.section()).isEqualTo("产业基础");
        assertThat(loan.normalized()).isEqualByComparingTo("96500000");
        assertThat(loan.line()).isEqualTo(3);
        assertThat(loan.sentence()).isEqualTo("张店区,2021,产业基础,解决贷款,9650,万元");
        assertThat(bySubject(r, "综合养老服务中心").kind()).isEqualTo(Kind.COUNT);
        assertThat(bySubject(r, "综合养老服务中心").value()).isEqualByComparingTo(BigDecimal.valueOf(9));
        assertThat(bySubject(r, "高层次人才").kind()).isEqualTo(Kind.PEOPLE);
        assertThat(bySubject(r, "实际使用外资").normalized()).isEqualByComparingTo("62530000");
        assertThat(bySubject(r, "实际使用外资").baseUnit()).isEqualTo("美元");
        assertThat(bySubject(r, "增植绿地").normalized()).isEqualByComparingTo("819000");
        assertThat(bySubject(r, "增植绿地").kind()).isEqualTo(Kind.AREA);
        assertThat(bySubject(r, "一般公共预算收入增长").kind()).isEqualTo(Kind.GROWTH_RATE);
    }

    private static Indicator cell(CsvResult r, String region, int year) {
        return r.indicators().stream().filter(i -> i.region().equals(region) && i.year() == year).findFirst()
                .orElseThrow();
    }

    private static Indicator bySubject(CsvResult r, String subject) {
        return r.indicators().stream().filter(i -> i.subject().equals(subject)).findFirst().orElseThrow();
    }
}
