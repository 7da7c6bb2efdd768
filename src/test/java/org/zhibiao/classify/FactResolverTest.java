package org.zhibiao.classify;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.zhibiao.model.Indicator;
import org.zhibiao.model.Kind;
import org.zhibiao.model.Measure;
import org.zhibiao.model.Qualifier;
import org.zhibiao.model.Severity;
import org.zhibiao.model.Source;
import org.zhibiao.model.Status;

class FactResolverTest {

    private static final List<String> SECTIONS = List.of("经济运行", "产业基础", "改革开放", "城市品质", "民生保障", "未分类");
    private final FactResolver resolver = new FactResolver(CatalogueMatcherTest.testCatalogue(), SECTIONS);

    static Indicator row(String region, Integer year, String section, String subject, String value, Kind kind,
            Status status, Source source) {
        return new Indicator(0, region, year, section, subject, new BigDecimal(value), null, "", new BigDecimal(value),
                "元", kind, Qualifier.EXACT, status, source, "…", "a.md", 1, Severity.PASS, "");
    }

    @Test
    void mappedRowGetsCodeStandardNameMeasureSectionAndFact() {
        Indicator r = resolver.resolve(row("张店区", 2021, "产业基础", "全区规上工业增加值", "5", Kind.MONEY, Status.ACTUAL,
                Source.BODY));
        assertThat(r.code()).isEqualTo("INDUSTRY_VA");
        assertThat(r.standardName()).isEqualTo("工业增加值");
        assertThat(r.measure()).isEqualTo(Measure.LEVEL);
        assertThat(r.section()).isEqualTo("产业基础");
        assertThat(r.factId()).matches("F[0-9A-F]{10}");
        Indicator trade = resolver.resolve(row("张店区", 2021, "产业基础", "外贸进出口总额", "5", Kind.MONEY,
                Status.ACTUAL, Source.CSV));
        assertThat(trade.section()).as("section follows the catalogue").isEqualTo("改革开放");
    }

    @Test
    void aSectionTheTaxonomyLacksKeepsTheRowsOwn() {
        FactResolver other = new FactResolver(CatalogueMatcherTest.testCatalogue(), List.of("经济", "未分类"));
        assertThat(other.resolve(row("", 2021, "经济", "外贸进出口总额", "5", Kind.MONEY, Status.ACTUAL, Source.BODY))
                .section()).isEqualTo("经济");
    }

    @Test
    void unmappedRowIsVisiblyEmptyButStillAFact() {
        Indicator r = resolver.resolve(row("张店区", 2021, "民生保障", "长者食堂", "20", Kind.COUNT, Status.ACTUAL,
                Source.CSV));
        assertThat(r.code()).isNull();
        assertThat(r.standardName()).isNull();
        assertThat(r.measure()).isEqualTo(Measure.LEVEL);
        assertThat(r.section()).isEqualTo("民生保障");
        assertThat(r.factId()).isNotNull();
    }

    @Test
    void twinsShareAnIdAndEachKeyPartSeparatesFacts() {
        String base = id("张店区", 2021, "规模以上工业增加值", Kind.MONEY, Status.ACTUAL, Source.SUMMARY);
        assertThat(id("张店区", 2021, "工业增加值", Kind.MONEY, Status.ACTUAL, Source.CSV)).isEqualTo(base);
        assertThat(id("张店区", 2021, "规上工业增加值", Kind.MONEY, Status.ACTUAL, Source.BODY)).isEqualTo(base);
        assertThat(id("淄博市", 2021, "工业增加值", Kind.MONEY, Status.ACTUAL, Source.CSV)).isNotEqualTo(base);
        assertThat(id("张店区", 2022, "工业增加值", Kind.MONEY, Status.ACTUAL, Source.CSV)).isNotEqualTo(base);
        assertThat(id("张店区", 2021, "工业增加值", Kind.GROWTH_RATE, Status.ACTUAL, Source.CSV)).isNotEqualTo(base);
        assertThat(id("张店区", 2021, "工业增加值", Kind.MONEY, Status.TARGET, Source.CSV)).isNotEqualTo(base);
        assertThat(id("张店区", 2021, "工业增加值", Kind.MONEY, Status.ESTIMATE, Source.CSV))
                .as("an estimate states the same fact as the actual figure").isEqualTo(base);
        assertThat(id("张店区", 2021, "长者食堂", Kind.COUNT, Status.ACTUAL, Source.CSV))
                .isEqualTo(id("张店区", 2021, " 长者食堂", Kind.COUNT, Status.ACTUAL, Source.BODY))
                .isNotEqualTo(id("张店区", 2021, "长者餐厅", Kind.COUNT, Status.ACTUAL, Source.BODY));
    }

    @Test
    void thePeriodWhenKnownIsTheKeyNotTheYear() {
        Indicator half = row("张店区", 2025, "经济运行", "GDP", "1", Kind.MONEY, Status.ACTUAL, Source.BODY)
                .withPeriod("2025H1", 2025);
        Indicator year = row("张店区", 2025, "经济运行", "GDP", "1", Kind.MONEY, Status.ACTUAL, Source.BODY)
                .withPeriod("2025", 2025);
        assertThat(resolver.resolve(half).factId()).isNotEqualTo(resolver.resolve(year).factId());
        assertThat(resolver.resolve(year).factId()).isEqualTo(resolver.resolve(
                row("张店区", 2025, "经济运行", "GDP", "1", Kind.MONEY, Status.ACTUAL, Source.BODY)).factId());
    }

    private String id(String region, int year, String subject, Kind kind, Status status, Source source) {
        return resolver.resolve(row(region, year, "经济运行", subject, "1", kind, status, source)).factId();
    }
}
