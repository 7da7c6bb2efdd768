package org.zhibiao.text;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** Real reports of several kinds: scraped page chrome, CRLF, U+3000 indentation, footnotes, numbered headings. */
class ReportParserCorpusTest {

    static Stream<String> reports() {
        return Stream.of("001_hailar_2012_gov_work_report.txt", "002_hailar_2014_gov_work_report.txt",
                "003_hailar_2016_gov_work_report.txt", "007_guangdong_2026_gov_work_report.txt",
                "008_sichuan_2026_gov_work_report.txt", "013_changde_2025_statistical_communique.txt",
                "014_yiyang_2025_statistical_communique.txt", "015_nanyang_2025_statistical_communique.txt",
                "016_shijiazhuang_2025_statistical_communique.txt", "017_quanzhou_2025_statistical_communique.txt",
                "024_daqing_2017_stats_analysis_q1_economy_analysis.txt",
                "027_national_2022_party_congress_report_20th.txt",
                "028_guangming_shenzhen_2022_news_h1_economy.txt");
    }

    private static Sentence find(Document doc, String fragment) {
        return doc.sentences().stream().filter(s -> s.text().contains(fragment)).findFirst()
                .orElseThrow(() -> new AssertionError(doc.file() + ": no sentence contains " + fragment));
    }

    @ParameterizedTest
    @MethodSource("reports")
    void everySentenceStartsOnTheLineItNames(String file) {
        String[] lines = ReportParser.splitLines(Corpus.read("corpus/reports/" + file));
        Document doc = Corpus.report(file);
        assertThat(doc.sentences()).isNotEmpty();
        for (Sentence s : doc.sentences()) {
            assertThat(s.line()).isBetween(1, lines.length);
            String original = LineCleaner.clean(lines[s.line() - 1]).replace(" ", "");
            String start = s.text().replace(" ", "").substring(0, Math.min(2, s.text().replace(" ", "").length()));
            assertThat(original).as("%s line %d holds the start of: %s", file, s.line(), s.text()).contains(start);
        }
    }

    @ParameterizedTest
    @MethodSource("reports")
    void sentencesAreCleanSingleLines(String file) {
        assertThat(Corpus.report(file).sentences()).extracting(Sentence::text).allSatisfy(t -> {
            assertThat(t).doesNotContain("\n", "\r", "\u3000", "**").isEqualTo(t.strip());
            assertThat(t).doesNotContainPattern("\\[\\d{1,2}\\]");
        });
    }

    @ParameterizedTest
    @MethodSource("reports")
    void listMarkersInsideParagraphsAreNotHeadings(String file) {
        assertThat(Corpus.report(file).sentences()).flatExtracting(Sentence::headingPath)
                .noneMatch(h -> h.matches("^[一二三四五六七八九十][是要].*"));
    }

    @Test
    void yishiLinesOfTheGuangdongReportAreSentences() {
        Document doc = Corpus.report("007_guangdong_2026_gov_work_report.txt");
        Sentence second = find(doc, "二是推动全省经济运行稳中有进、稳中向好。");
        assertThat(second.text()).isEqualTo("二是推动全省经济运行稳中有进、稳中向好。");
        assertThat(second.line()).isEqualTo(11);
        assertThat(second.headingPath()).containsExactly("一、2025年和“十四五”时期工作回顾");
    }

    @Test
    void scrapedPageChromeIsDropped() {
        Document sichuan = Corpus.report("008_sichuan_2026_gov_work_report.txt");
        assertThat(sichuan.title()).isEqualTo("2026年四川省人民政府工作报告");
        assertThat(sichuan.sentences()).extracting(Sentence::text)
                .noneMatch(t -> t.contains("打印本页") || t.contains("关闭窗口") || t.contains("字体")
                        || t.startsWith("分享") || t.contains("扫一扫") || t.contains("责任编辑") || t.contains("李莎莎")
                        || t.contains("相关链接") || t.contains("热议") || t.contains("07时41分"))
                .noneMatch(t -> List.of("大", "中", "小", "】", "四川日报").contains(t));
        for (String file : List.of("013_changde_2025_statistical_communique.txt",
                "014_yiyang_2025_statistical_communique.txt")) {
            assertThat(Corpus.report(file).sentences()).extracting(Sentence::text)
                    .noneMatch(t -> t.contains("打印本页") || t.contains("字体大小") || t.contains("发布机构")
                            || t.contains("发布时间") || t.contains("信息来源") || t.contains("数据图表略"));
        }
        Document news = Corpus.report("028_guangming_shenzhen_2022_news_h1_economy.txt");
        assertThat(news.sentences()).extracting(Sentence::text)
                .noneMatch(t -> t.contains("炒股开户") || t.contains("新浪财经APP") || t.contains("责任编辑")
                        || t.startsWith("date:"));
        assertThat(news.sentences().get(0).text()).as("the headline states a figure: a sentence too")
                .isEqualTo("工业、投资齐发力，深圳光明区上半年GDP增速达6.3%");
        assertThat(news.sentences().get(0).headingPath()).isEmpty();
        assertThat(news.sentences().get(1).text()).as("byline prefix stripped")
                .isEqualTo("近日，深圳市光明区发布上半年经济“成绩单”。");
        assertThat(news.sentences().get(1).line()).isEqualTo(4);
        assertThat(Corpus.report("027_national_2022_party_congress_report_20th.txt").sentences())
                .extracting(Sentence::text).noneMatch(t -> t.contains("本作品来自") || t.contains("Public domain"));
    }

    @Test
    void footnoteMarkersStuckToValuesAreRemoved() {
        Document quanzhou = Corpus.report("017_quanzhou_2025_statistical_communique.txt");
        Sentence gdp = find(quanzhou, "全年地区生产总值13778.34亿元");
        assertThat(gdp.text()).isEqualTo("初步核算，全年地区生产总值13778.34亿元，比上年增长5.3%。");
        assertThat(gdp.line()).isEqualTo(34);
        assertThat(find(quanzhou, "全年共发生生产安全事故77起").text()).startsWith("全年共发生生产安全事故77起，比上年下降17.2%；");
        assertThat(find(Corpus.report("014_yiyang_2025_statistical_communique.txt"), "全年地区生产总值2381.46亿元")
                .line()).isEqualTo(19);
    }

    @Test
    void loneTwoDigitNumberWithTitleOnTheNextLineIsAHeading() {
        Document quanzhou = Corpus.report("017_quanzhou_2025_statistical_communique.txt");
        assertThat(find(quanzhou, "全年地区生产总值13778.34亿元").headingPath()).containsExactly("综合");
        assertThat(find(quanzhou, "全年社会消费品零售总额6416.07亿元").headingPath()).containsExactly("国内贸易");
        assertThat(find(quanzhou, "年末环湾建成区面积达271平方公里").headingPath()).containsExactly("资源、环境和应急管理");
        assertThat(quanzhou.sentences()).extracting(Sentence::text).doesNotContain("01", "综合", "12");
    }

    @Test
    void crlfAndFullWidthIndentationAndNumberedHeadings() {
        Document hailar = Corpus.report("001_hailar_2012_gov_work_report.txt");
        assertThat(hailar.title()).as("spaced-out letters joined").isEqualTo("政府工作报告");
        Sentence gdp = find(hailar, "2011年，地区生产总值完成198.5亿元");
        assertThat(gdp.text()).isEqualTo("2011年，地区生产总值完成198.5亿元，同比增长22.3%；");
        assertThat(gdp.line()).isEqualTo(21);
        assertThat(gdp.headingPath()).containsExactly("一、过去一年工作回顾", "（一）经济增长进一步加快，综合实力显著提高");
        Sentence plan = find(hailar, "全年计划投资12.7亿元");
        assertThat(plan.headingPath()).containsExactly("二、2012年政府工作总体要求和目标任务",
                "（二）以物流园区建设为重点，做强现代服务业，确保第三产业实现新跨越");
    }

    @Test
    void spacedOutHeadingOfACommuniqueIsJoined() {
        Document shijiazhuang = Corpus.report("016_shijiazhuang_2025_statistical_communique.txt");
        assertThat(find(shijiazhuang, "全年地区生产总值8651.7亿元").headingPath()).containsExactly("一、综合");
        assertThat(shijiazhuang.sentences()).extracting(Sentence::text).contains("石家庄市统计局");
    }

    @Test
    void numberedHeadingLineWithBodyTextKeepsTheBodyUnderIt() {
        Document daqing = Corpus.report("024_daqing_2017_stats_analysis_q1_economy_analysis.txt");
        Sentence energy = find(daqing, "一季度全社会能源消费总量达到729.2万吨标准煤");
        assertThat(energy.text()).isEqualTo("一季度全社会能源消费总量达到729.2万吨标准煤，同比下降0.9%。");
        assertThat(energy.line()).isEqualTo(53);
        assertThat(energy.headingPath()).containsExactly("二、主要增长因素分析", "（四）能源利用效率提高印证增长");
    }

    @Test
    void wrappedAndBrokenOutLinesAreJoined() {
        Document guangdong = Corpus.report("007_guangdong_2026_gov_work_report.txt");
        assertThat(find(guangdong, "PM2.5年平均浓度保持在20微克/立方米左右").line()).isEqualTo(33);
        Sentence target = find(guangdong, "主要预期目标是：地区生产总值增长4.5%—5%");
        assertThat(target.text()).isEqualTo("今年经济社会发展的主要预期目标是：地区生产总值增长4.5%—5%，在实际工作中全力争取更好结果；");
        assertThat(target.line()).isEqualTo(61);
        Sentence attachment = find(guangdong, "为超300万名婴幼儿发放育儿补贴");
        assertThat(attachment.headingPath()).containsExactly("附件1 2026年省十件民生实事",
                "四、提升生育医疗保障水平和降低家庭生育养育成本");
        assertThat(attachment.line()).isEqualTo(168);
        Document party = Corpus.report("027_national_2022_party_congress_report_20th.txt");
        assertThat(find(party, "制定“十四五”规划和二〇三五年远景目标，全面总结").line()).isEqualTo(24);
        assertThat(find(party, "依照宪法和基本法有效实施对特别行政区的全面管治权").line()).isEqualTo(30);
    }

    @Test
    void reportsWithoutHighlightBoxHaveNoSummarySentences() {
        reports().forEach(file -> assertThat(Corpus.report(file).sentences()).noneMatch(Sentence::summary));
    }
}
