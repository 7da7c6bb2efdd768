package org.zhibiao.text;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** Rules on small inputs where the corpus has no example. */
class ReportParserRulesTest {

    private final ReportParser parser = new ReportParser();

    @Test
    void flattenedTableCellsAreNotGluedIntoValues() {
        Document doc = parser.parse("t.txt",
                "一、综合\n主要指标见下表，其中地区生产总值\n4770.9\n5.6\n全年地区生产总值4770.9亿元。\n12\n");
        assertThat(doc.sentences()).extracting(Sentence::text)
                .containsExactly("主要指标见下表，其中地区生产总值", "全年地区生产总值4770.9亿元。");
        assertThat(doc.sentences()).extracting(Sentence::line).containsExactly(2, 5);
    }

    @Test
    void loneCarriageReturnsEndLines() {
        Document doc = parser.parse("cr.txt", "标题\r一、综合\r全年新增就业5611人。\r\n全年城镇新增就业14.7万人。");
        assertThat(doc.title()).isEqualTo("标题");
        assertThat(doc.sentences()).extracting(Sentence::line).containsExactly(3, 4);
        assertThat(doc.sentences()).allSatisfy(s -> assertThat(s.headingPath()).containsExactly("一、综合"));
    }

    @Test
    void breadcrumbsAndShareWidgetsAreDropped() {
        Document doc = parser.parse("p.html.txt", "首页 > 政务公开 > 统计数据\n【打印】【关闭】\n分享到：\n"
                + "全年地区生产总值8651.7亿元。\n");
        assertThat(doc.sentences()).extracting(Sentence::text).containsExactly("全年地区生产总值8651.7亿元。");
    }

    @Test
    void arabicHeadingsNestUnderParenthesisedOnes() {
        Document doc = parser.parse("n.txt", "一、工作回顾\n（一）经济运行\n1.工业生产\n工业增加值增长5%。\n"
                + "2.消费市场\n社会消费品零售总额增长4%。\n（二）民生\n新增就业5万人。\n");
        assertThat(doc.sentences()).extracting(Sentence::headingPath).containsExactly(
                java.util.List.of("一、工作回顾", "（一）经济运行", "1.工业生产"),
                java.util.List.of("一、工作回顾", "（一）经济运行", "2.消费市场"),
                java.util.List.of("一、工作回顾", "（二）民生"));
    }

    @Test
    void plainHeadingWithoutMarkdownSitsAboveNumberedHeadings() {
        Document doc = parser.parse("a.txt", "一、回顾\n增长5%。\n附件1\n十件实事\n一、就业\n新增就业5万人。\n");
        assertThat(doc.sentences().get(1).headingPath()).containsExactly("附件1 十件实事", "一、就业");
    }
}
