package org.zhibiao.classify;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Optional;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.zhibiao.model.Kind;
import org.zhibiao.model.Measure;

/** Subjects composed for these tests, mapped onto a small test catalogue (src/test/resources/catalogue). */
class CatalogueMatcherTest {

    static Catalogue testCatalogue() {
        try (InputStream in = CatalogueMatcherTest.class.getResourceAsStream("/catalogue/mapping-catalogue.tsv")) {
            return Catalogue.parse("mapping-catalogue.tsv", new String(in.readAllBytes(), StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private final CatalogueMatcher matcher = new CatalogueMatcher(testCatalogue());

    @ParameterizedTest(name = "{0} ({1}) → {2} {3}")
    @CsvSource(delimiter = '|', nullValues = "-", textBlock = """
            # exact name or alias, the entry's natural measure
            地区生产总值               | MONEY         | GDP                  | LEVEL
            GDP                        | MONEY         | GDP                  | LEVEL
            ｇｄｐ                     | MONEY         | GDP                  | LEVEL
            经济总量                   | MONEY         | GDP                  | LEVEL
            社零额                     | MONEY         | RETAIL_SALES         | LEVEL
            “实际使用外资”             | MONEY         | FDI                  | LEVEL
            城镇化率                   | PERCENT       | URBANIZATION         | SHARE
            CPI                        | OTHER         | CPI                  | INDEX
            三次产业结构               | RATIO         | INDUSTRY_STRUCTURE   | RATIO
            # growth of a level entry: same code, measure from the row's kind
            地区生产总值               | GROWTH_RATE   | GDP                  | GROWTH
            地区生产总值增长           | GROWTH_RATE   | GDP                  | GROWTH
            地区生产总值同比增长       | GROWTH_RATE   | GDP                  | GROWTH
            一般公共预算收入增长       | PERCENT       | BUDGET_REVENUE       | GROWTH
            社零额增速                 | GROWTH_RATE   | RETAIL_SALES         | GROWTH
            税收收入下降               | GROWTH_RATE   | TAX_REVENUE          | GROWTH
            城镇化率                   | PERCENT_POINT | URBANIZATION         | CHANGE
            地区生产总值               | RANK          | GDP                  | RANK
            出口额                     | MULTIPLE      | EXPORTS              | MULTIPLE
            # a percentage of an amount is its share
            工业增加值占比             | PERCENT       | INDUSTRY_VA          | SHARE
            工业增加值占地区生产总值比重 | PERCENT     | INDUSTRY_VA          | SHARE
            税收收入比重               | PERCENT       | TAX_REVENUE          | SHARE
            # head noun: what stands before it narrows the indicator without changing the quantity
            规模以上工业增加值         | MONEY         | INDUSTRY_VA          | LEVEL
            全区规上工业增加值         | MONEY         | INDUSTRY_VA          | LEVEL
            全市粮食总产量             | WEIGHT        | GRAIN_OUTPUT         | LEVEL
            光伏发电量                 | ENERGY        | POWER_GENERATION     | LEVEL
            新建综合养老服务中心       | COUNT         | ELDERLY_CARE_CENTRES | LEVEL
            外贸进出口总额             | MONEY         | TRADE                | LEVEL
            进出口                     | MONEY         | TRADE                | LEVEL
            高新技术企业数量           | COUNT         | HIGH_TECH_FIRMS      | LEVEL
            # longest name wins: per head is its own entry
            人均地区生产总值           | MONEY         | GDP_PER_CAPITA       | LEVEL
            全市人均GDP                | MONEY         | GDP_PER_CAPITA       | LEVEL
            # negatives: partial words, quantity-changing prefixes, contradicting kinds, nothing near
            人均出口                   | MONEY         | -                    | LEVEL
            非税收                     | MONEY         | -                    | LEVEL
            净出口                     | MONEY         | -                    | LEVEL
            XGDP                       | MONEY         | -                    | LEVEL
            地区生产总值               | PEOPLE        | -                    | LEVEL
            常住人口                   | MONEY         | -                    | LEVEL
            城镇化率                   | MONEY         | -                    | LEVEL
            生产总值指数               | OTHER         | -                    | LEVEL
            高层次人才                 | PEOPLE        | -                    | LEVEL
            长者食堂                   | COUNT         | -                    | LEVEL
            增长                       | GROWTH_RATE   | -                    | GROWTH
            覆盖率                     | PERCENT       | -                    | SHARE
            产值增长                   | PERCENT       | -                    | GROWTH
            -                          | MONEY         | -                    | LEVEL
            """)
    void mapsSubjects(String subject, Kind kind, String code, Measure measure) {
        Optional<CatalogueMatcher.Match> match = matcher.match(subject, kind);
        assertThat(match.map(m -> m.entry().code()).orElse(null)).isEqualTo(code);
        Measure actual = match.map(CatalogueMatcher.Match::measure)
                .orElseGet(() -> CatalogueMatcher.unmappedMeasure(subject, kind));
        assertThat(actual).isEqualTo(measure);
    }
}
