package org.zhibiao.text;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/** The sample report: a newspaper highlight box (bold numbers) followed by the article. */
class ReportParserSampleTest {

    private final Document sample = Corpus.sample();

    private Sentence sentenceStartingWith(String start) {
        return sample.sentences().stream().filter(s -> s.text().startsWith(start)).findFirst()
                .orElseThrow(() -> new AssertionError("no sentence starts with " + start));
    }

    @Test
    void titleIsTheFirstHeading() {
        assertThat(sample.title()).isEqualTo("喜迎淄博市第十三次党代会");
        assertThat(sample.file()).isEqualTo(Corpus.SAMPLE);
    }

    @Test
    void highlightBoxSentencesAreSummariesUnderTheirSection() {
        Sentence fund = sentenceStartingWith("主导设立24亿元产业发展母基金");
        assertThat(fund.summary()).isTrue();
        assertThat(fund.headingPath()).containsExactly("产业基础");
        assertThat(fund.line()).isEqualTo(9);
        assertThat(fund.text()).isEqualTo("主导设立24亿元产业发展母基金；");

        List<Sentence> box = sample.sentences().stream().filter(Sentence::summary).toList();
        assertThat(box).hasSize(14);
        assertThat(box).extracting(s -> s.headingPath().get(0)).containsOnly("产业基础", "改革开放", "城市品质", "民生保障");
        assertThat(box).extracting(Sentence::line).containsOnly(9, 13, 17, 21);
    }

    @Test
    void articleSentencesAreBody() {
        List<Sentence> article = sample.sentences().stream().filter(s -> s.line() >= 27).toList();
        assertThat(article).hasSize(41).noneMatch(Sentence::summary);
        assertThat(sentenceStartingWith("2021年，张店区经济社会发展").headingPath())
                .as("the article's # headline is a title, not a section").isEmpty();
    }

    @Test
    void plainShortLinesFormOneHeadingAtTheLevelOfTheLastMarkdownHeading() {
        Sentence reform = sentenceStartingWith("张店区成功入选全省5个系统集成改革试点区县");
        assertThat(reform.headingPath()).containsExactly("纵深推进改革开放 强力激活发展潜能");
        assertThat(reform.line()).isEqualTo(38);
        assertThat(sentenceStartingWith("高水平推进城市基础设施建设").headingPath())
                .containsExactly("着力提升城市品质 努力建设宜居城区");
        assertThat(sentenceStartingWith("强化“有解”思维").headingPath())
                .containsExactly("布局发力“2+4”产业 奋力夯实产业发展基础");
    }

    @Test
    void sentenceCutByAPageBreakIsJoined() {
        Sentence renewal = sentenceStartingWith("通济花园等10个老旧小区年度改造任务顺利完成，市府一宿舍");
        assertThat(renewal.line()).isEqualTo(42);
        assertThat(renewal.summary()).isFalse();
        Sentence epidemic = sentenceStartingWith("坚决落实常态化疫情防控各项措施");
        assertThat(epidemic.text()).isEqualTo("坚决落实常态化疫情防控各项措施，疫情防控形势持续稳定。");
        assertThat(epidemic.line()).isEqualTo(48);
    }

    @Test
    void captionsBylinesAndMarkersAreGone() {
        assertThat(sample.sentences()).extracting(Sentence::text)
                .noneMatch(t -> t.contains("资料照片") || t.contains("记者") || t.contains("通讯员"))
                .noneMatch(t -> t.contains("**") || t.contains("\n") || t.contains("#"));
    }

    @Test
    void linesAreThoseOfTheOriginalContent() {
        assertThat(sentenceStartingWith("2021年，张店区").line()).isEqualTo(29);
        assertThat(sentenceStartingWith("牵头发起连接全省16地市中心城区").line()).isEqualTo(13);
        assertThat(sentenceStartingWith("创新“五个一”社会治理新模式").line()).isEqualTo(50);
    }
}
