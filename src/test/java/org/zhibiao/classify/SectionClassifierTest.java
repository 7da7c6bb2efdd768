package org.zhibiao.classify;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class SectionClassifierTest {

    private final SectionClassifier classifier = new SectionClassifier(Taxonomy.defaults());

    @ParameterizedTest(name = "opening paragraph: {0} -> {1}")
    @CsvSource({
        "地区生产总值, 经济运行",
        "一般公共预算收入, 经济运行",
        "税收收入, 经济运行",
        "全社会消费品零售总额, 经济运行",
        "大专及以上毕业生, 民生保障",
        "中小学, 民生保障",
        "实际使用外资, 改革开放",
        "增植绿地, 城市品质",
        "高层次人才, 产业基础"
    })
    void withoutASpecificHeadingTheIndicatorsWordsDecide(String subject, String section) {
        assertThat(classifier.sectionOf(List.of(), subject, subject, "")).isEqualTo(section);
        assertThat(classifier.sectionOf(List.of("一、综合"), subject, subject, "")).isEqualTo(section);
        assertThat(classifier.sectionOf(List.of("一、2025年和“十四五”时期工作回顾"), subject)).isEqualTo(section);
    }

    @Test
    void aSpecificHeadingWinsOverTheIndicatorsWords() {
        assertThat(classifier.sectionOf(List.of("产业基础"), "大专及以上毕业生")).isEqualTo("产业基础");
        assertThat(classifier.sectionOf(List.of("布局发力“2+4”产业 奋力夯实产业发展基础"), "大专及以上毕业生"))
                .isEqualTo("产业基础");
    }

    @Test
    void aHeadingNamingSeveralSectionsLetsTheIndicatorChooseAmongThem() {
        List<String> path = List.of("九、教育和科学技术");
        assertThat(classifier.sectionOf(path, "普通高校招生")).isEqualTo("民生保障");
        assertThat(classifier.sectionOf(path, "技术合同成交额")).isEqualTo("产业基础");
        assertThat(classifier.sectionOf(path, "地区生产总值")).as("not among the heading's sections")
                .isEqualTo("产业基础");
        List<String> safety = List.of("十一、资源环境和安全生产");
        assertThat(classifier.sectionOf(safety, "全社会用电量")).isEqualTo("城市品质");
        assertThat(classifier.sectionOf(safety, "", "全年发生各类生产经营性安全事故87起")).isEqualTo("民生保障");
    }

    @Test
    void innermostHeadingFirstThenOuterHeadings() {
        assertThat(classifier.sectionOf(List.of("一、经济运行基本特点", "（二）设施农业和畜牧业同步增长，备春耕生产稳步推进"),
                "蔬菜食用菌种植面积")).isEqualTo("产业基础");
        assertThat(classifier.sectionOf(List.of("一、经济运行基本特点", "（七）“两价”指数一涨一落"), "城市居民消费价格"))
                .isEqualTo("经济运行");
        assertThat(classifier.sectionOf(List.of("附件1 2026年省十件民生实事", "十、深入推进“四好农村路”、高速公路服务区建设"),
                "农村公路")).isEqualTo("城市品质");
    }

    @Test
    void subjectThenClauseThenSentence() {
        assertThat(classifier.sectionOf(List.of(), "", "76个区重点项目年度投资完成率102%", "张店区税收收入…"))
                .as("the clause holding the number speaks before the rest of the sentence").isEqualTo("产业基础");
        assertThat(classifier.sectionOf(List.of(), null, null, "城镇新增就业149.4万人")).isEqualTo("民生保障");
    }

    @Test
    void nothingMatchesGivesUnclassified() {
        assertThat(classifier.sectionOf(List.of("二、主要增长因素分析"), "某项", "某项达到3个")).isEqualTo("未分类");
        assertThat(classifier.sectionOf(List.of())).isEqualTo("未分类");
    }
}
