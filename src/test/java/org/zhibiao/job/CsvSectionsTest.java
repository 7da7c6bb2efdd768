package org.zhibiao.job;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.zhibiao.classify.Taxonomy;
import org.zhibiao.model.Indicator;
import org.zhibiao.model.Kind;
import org.zhibiao.model.Qualifier;
import org.zhibiao.model.Severity;
import org.zhibiao.model.Source;
import org.zhibiao.model.Status;

/** CSV rows land on taxonomy sections by their 板块 column, else by their indicator name. */
class CsvSectionsTest {

    private final CsvSections sections = new CsvSections(Taxonomy.defaults());

    @ParameterizedTest(name = "{0} / {1} -> {2}")
    @CsvSource(delimiter = '|', textBlock = """
            产业基础 | 产业发展母基金            | 产业基础
            民生保障 | 综合养老服务中心          | 民生保障
                     | 国内生产总值(亿元)        | 经济运行
                     | 一般公共预算支出          | 经济运行
                     | 普通高等学校在校学生数    | 民生保障
                     | 某某某                    | 未分类
            """)
    void rowLandsOnASection(String label, String indicator, String expected) {
        Indicator row = new Indicator(0, "北京市", 2024, label == null ? "" : label, indicator, BigDecimal.ONE, null,
                "亿元", BigDecimal.ONE, "元", Kind.MONEY, Qualifier.EXACT, Status.ACTUAL, Source.CSV, "raw",
                "t.csv", 2, Severity.PASS, "");
        assertThat(sections.apply(row).section()).isEqualTo(expected);
    }
}
