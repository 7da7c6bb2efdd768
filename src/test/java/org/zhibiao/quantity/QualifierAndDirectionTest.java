package org.zhibiao.quantity;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Qualifier words and growth direction, including words that only look like qualifiers (签约, 通过, 最近). */
class QualifierAndDirectionTest {

    private final QuantityExtractor extractor = new QuantityExtractor();

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            新签约5个重大项目               | 5个          | EXACT    | COUNT         | 5
            通过3家企业上市辅导验收         | 3家          | EXACT    | COUNT         | 3
            最近3个月新增就业1200人        | 1200人       | EXACT    | PEOPLE        | 1200
            约有五千户家庭受益             | 约有五千户    | ABOUT    | COUNT         | 5000
            产值过100亿元                 | 过100亿元     | AT_LEAST | MONEY         | 100
            游客逾300万人次               | 逾300万人次   | AT_LEAST | PEOPLE        | 300
            不足3%的企业                  | 不足3%        | AT_MOST  | PERCENT       | 3
            增速在5%以内                  | 5%以内        | AT_MOST  | GROWTH_RATE   | 5
            增长2倍多                     | 2倍多         | AT_LEAST | MULTIPLE      | 2
            同比下降 24.0%                | 24.0%        | EXACT    | GROWTH_RATE   | -24.0
            降幅为3%                      | 3%           | EXACT    | GROWTH_RATE   | -3
            城镇化率提高到60%              | 60%          | EXACT    | PERCENT       | 60
            增速回落至5%                   | 5%           | EXACT    | GROWTH_RATE   | 5
            对经济增长的贡献率为9.6%        | 9.6%         | EXACT    | PERCENT       | 9.6
            利润下降3%-5%                 | 3%-5%        | RANGE    | GROWTH_RATE   | -5
            增长-2.3%                     | -2.3%        | EXACT    | GROWTH_RATE   | -2.3
            比上年下降0.3个百分点           | 0.3个百分点   | EXACT    | PERCENT_POINT | 0.3
            """)
    void readsQualifierAndDirection(String phrase, String span, String qualifier, String kind, String value) {
        Mention m = extractor.extract(phrase).stream().filter(x -> x.text().equals(span)).findFirst().orElseThrow();
        assertThat(m.qualifier().name()).isEqualTo(qualifier);
        assertThat(m.kind().name()).isEqualTo(kind);
        assertThat(m.value()).isEqualByComparingTo(value);
    }
}
