package org.zhibiao.validate;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.zhibiao.classify.IndicatorAssembler;
import org.zhibiao.classify.Taxonomy;
import org.zhibiao.model.Finding;
import org.zhibiao.model.Indicator;
import org.zhibiao.model.Severity;
import org.zhibiao.text.ReportParser;

/**
 * The sample report (corpus/zhangdian-2021-achievements.md) with its highlight box altered in three places, run
 * through the real parser, extractor and assembler: validation must report exactly those three differences
 * between 摘要 and 正文, each naming both figures, and nothing else at 警告 or worse.
 */
class AlteredHighlightBoxTest {

    @Test
    void threeAlteredSummaryFiguresGiveThreeErrors() throws IOException {
        String sample = read("/corpus/zhangdian-2021-achievements.md");
        String box = sample.substring(0, sample.indexOf("资料照片"));
        String altered = box
                .replace("解决贷款**9650**万元", "解决贷款**9560**万元")
                .replace("实际使用外资**6253**万美元", "实际使用外资**6235**万美元")
                .replace("背街小巷**64**条", "背街小巷**46**条");
        assertThat(altered).isNotEqualTo(box);
        String text = altered + sample.substring(box.length());

        List<Finding> findings = new Validator().validate(indicators(text));

        List<Finding> serious = findings.stream().filter(f -> f.severity().compareTo(Severity.WARNING) >= 0).toList();
        assertThat(serious).hasSize(3).allSatisfy(f -> {
            assertThat(f.severity()).isEqualTo(Severity.ERROR);
            assertThat(f.message()).contains("摘要", "正文");
            assertThat(f.indicatorIds()).hasSizeGreaterThanOrEqualTo(2);
        });
        assertThat(serious).extracting(Finding::message).anySatisfy(m -> assertThat(m).contains("9560", "9650"))
                .anySatisfy(m -> assertThat(m).contains("6235", "6253"))
                .anySatisfy(m -> assertThat(m).contains("46", "64"));
    }

    @Test
    void theUnalteredSampleHasNoDoubtAtWarningOrWorse() throws IOException {
        List<Finding> findings = new Validator().validate(indicators(read("/corpus/zhangdian-2021-achievements.md")));
        assertThat(findings).filteredOn(f -> f.severity().compareTo(Severity.WARNING) >= 0).isEmpty();
    }

    private static List<Indicator> indicators(String text) {
        List<Indicator> rows = new IndicatorAssembler(Taxonomy.defaults())
                .assemble(new ReportParser().parse("zhangdian-2021-achievements.md", text), null, null);
        List<Indicator> withIds = new ArrayList<>();
        for (int i = 0; i < rows.size(); i++) {
            withIds.add(rows.get(i).withId(i + 1));
        }
        return withIds;
    }

    private static String read(String resource) throws IOException {
        try (InputStream in = AlteredHighlightBoxTest.class.getResourceAsStream(resource)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }
}
