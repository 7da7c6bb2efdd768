package org.zhibiao.text;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class LineCleanerTest {

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource(delimiter = '|', textBlock = """
            '　　初步核算，全年地区生产总值[2]13778.34亿元'  | 初步核算，全年地区生产总值13778.34亿元
            主导设立**24**亿元产业发展母基金                  | 主导设立24亿元产业发展母基金
            __36__家中小微企业                              | 36家中小微企业
            政 府 工 作 报 告                               | 政府工作报告
            一、综    合                                    | 一、综合
            '习　近　平'                                    | 习近平
            国家级科技企业孵化器 3 家                        | 国家级科技企业孵化器3家
            比上年下降 24.0%                                | 比上年下降24.0%
            启动实施 “平安海拉尔”建设                       | 启动实施“平安海拉尔”建设
            城市品质提升 幸福张店宜居更宜业                  | 城市品质提升 幸福张店宜居更宜业
            广东省省长 孟凡利                               | 广东省省长 孟凡利
            G D P 增长                                      | GDP 增长
            统计公报［1］                                   | 统计公报
            数组[123]不是脚注                               | 数组[123]不是脚注
            '  纵深推进改革开放  '                          | 纵深推进改革开放
            全年地区生产总值２３８１．４６亿元              | 全年地区生产总值2381.46亿元
            第一段<br/>第二段&nbsp;完成                     | 第一段第二段 完成
            <p class="x">增长5%</p>                         | 增长5%
            A&amp;B，小于<5%                                | A&B，小于<5%
            """)
    void cleans(String raw, String expected) {
        assertThat(LineCleaner.clean(raw)).isEqualTo(expected);
    }
}
