package org.zhibiao.classify;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvFileSource;
import org.junit.jupiter.params.provider.CsvSource;

class TaxonomyTest {

    private final Taxonomy taxonomy = Taxonomy.defaults();

    @Test
    void defaultSectionsInOrderWithUnclassifiedLast() {
        assertThat(taxonomy.sections()).containsExactly("经济运行", "产业基础", "改革开放", "城市品质", "民生保障", "未分类");
    }

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvFileSource(resources = "/classify/heading-sections.tsv", delimiter = '\t', encoding = "UTF-8")
    void realHeadingsMapOntoSections(String heading, String section) {
        assertThat(taxonomy.sectionOfHeading(heading)).as(taxonomy.scoreHeading(heading).toString())
                .isEqualTo(section);
    }

    @Test
    void longerWordsTakeTheirCharactersFirstAndScoresAreExplained() {
        Scores scores = taxonomy.scoreHeading("九、教育和科学技术");
        assertThat(scores.sections()).containsExactly("产业基础", "民生保障");
        assertThat(scores.matchedWords("产业基础")).containsExactly("科学技术");
        assertThat(scores.score("产业基础")).isEqualTo(4);
        assertThat(taxonomy.scoreIndicator("一般公共预算收入").sections()).containsExactly("经济运行");
        assertThat(taxonomy.scoreIndicator("gdp").sections()).containsExactly("经济运行");
    }

    @Test
    void loadsAReplacementFile(@TempDir Path dir) throws IOException {
        Path file = dir.resolve("mine.txt");
        Files.writeString(file, """
                # 两个板块
                [经济]
                标题 = 经济 财政
                指标 = 生产总值
                [社会]
                heading = 教育
                indicator = 学校 学生
                """, StandardCharsets.UTF_8);
        Taxonomy mine = Taxonomy.load(file);
        assertThat(mine.sections()).containsExactly("经济", "社会", "未分类");
        assertThat(mine.sectionOfHeading("八、财政和金融")).isEqualTo("经济");
        assertThat(mine.sectionOfHeading("（一）办好人民满意的教育")).isEqualTo("社会");
        assertThat(mine.sectionOfHeading("二、农业")).isEqualTo("未分类");
        assertThat(mine.scoreIndicator("在校学生").best()).contains("社会");
    }

    @Test
    void sectionsMayNameThemselvesInEnglishForEnglishWorkbooks() {
        Taxonomy mine = Taxonomy.parse("mine", "[经济]\n英文 = Economy\n标题 = 财政\n[社会]\nenglish = Society & people\n"
                + "[其他]\n标题 = 其他");
        assertThat(mine.englishNames()).containsEntry("经济", "Economy").containsEntry("社会", "Society & people")
                .doesNotContainKey("其他");
        assertThat(mine.sectionOfHeading("八、财政和金融")).isEqualTo("经济");
        assertThat(Taxonomy.defaults().englishNames()).hasSize(Taxonomy.defaults().sections().size() - 1);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            标题 = 经济                  | 1 | words before any [section]
            [甲]\\n经济 财政             | 2 | missing '='
            [甲]\\n说明 = 经济           | 2 | unknown key '说明'
            [甲]\\n标题 = 甲\\n[甲]      | 3 | duplicate section '甲'
            [未分类]                     | 1 | 未分类 is implicit
            []                           | 1 | empty section name
            [甲                          | 1 | must read [name]
            [甲]\\n英文 =               | 2 | empty or repeated english name
            [甲]\\n英文 = A\\nenglish = B | 3 | empty or repeated english name
            # 只有注释                   | 1 | no [section]
            """)
    void malformedFilesAreRejectedWithFileAndLine(String content, int line, String reason, @TempDir Path dir)
            throws IOException {
        Path file = dir.resolve("bad.txt");
        Files.writeString(file, content.replace("\\n", "\n"), StandardCharsets.UTF_8);
        assertThatThrownBy(() -> Taxonomy.load(file)).isInstanceOf(TaxonomyException.class)
                .hasMessageContaining("分类表格式错误").hasMessageContaining(file.toString())
                .hasMessageContaining("第" + line + "行").hasMessageContaining("line " + line)
                .hasMessageContaining(reason);
    }

    @Test
    void missingFileIsReportedWithItsPath(@TempDir Path dir) {
        Path missing = dir.resolve("none.txt");
        assertThatThrownBy(() -> Taxonomy.load(missing)).isInstanceOf(TaxonomyException.class)
                .hasMessageContaining("无法读取分类表").hasMessageContaining(missing.toString());
    }
}
