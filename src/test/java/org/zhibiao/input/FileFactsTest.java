package org.zhibiao.input;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.zhibiao.job.JobRuns;

/**
 * --file-facts gives region and year to files that do not say them: the NBS export of Beijing's fiscal
 * expenditure (corpus/csv/04, which names no province) and the sample report, moved to another year.
 */
class FileFactsTest {

    @TempDir
    Path temp;

    @Test
    void givenRegionAndYearReplaceWhatTheFilesSay() throws Exception {
        Path input = JobRuns.sampleInput(temp);
        String table = "04_nbs_beijing_fiscal_expenditure_by_item_2016_2024.csv";
        Files.copy(Path.of("src/test/resources/corpus/csv").resolve(table), input.resolve(table));
        Path facts = Files.writeString(temp.resolve("facts.csv"), """
                文件,地区,年份
                %s,北京市,
                zhangdian-2021-achievements.md,,2022
                """.formatted(table));
        Path output = temp.resolve("output");

        JobRuns.Result run = JobRuns.run("--input-dir=" + input, "--output-dir=" + output, "--run-date=2024-01-02",
                "--file-facts=" + facts);

        assertThat(run.exitCode()).as(run.err()).isZero();
        assertThat(JobRuns.query(output, "SELECT DISTINCT region FROM zb_indicator WHERE file = '" + table + "'"))
                .containsExactly("北京市");
        assertThat(JobRuns.query(output, "SELECT DISTINCT region || '/' || data_year FROM zb_indicator"
                + " WHERE file = 'zhangdian-2021-achievements.md'")).containsExactly("张店区/2022");
        assertThat(JobRuns.query(output, "SELECT DISTINCT region || '/' || data_year FROM zb_indicator"
                + " WHERE file = 'zhangdian-2021-indicators.csv'")).containsExactly("张店区/2021");
    }

    @Test
    void aMalformedLineIsNamedWithItsNumber() throws Exception {
        Path facts = Files.writeString(temp.resolve("facts.csv"), "文件,地区,年份\nreport.txt,海拉尔区,二〇一四\n");
        assertThatThrownBy(() -> FileFacts.load(facts)).hasMessageContaining("第 2 行第 3 列")
                .hasMessageContaining("line 2 column 3").hasMessageContaining("二〇一四");
    }

    /**
     * An NBS export by region whose "指标：" preamble line was cut off names no indicator: rejected whole. The same
     * table with its indicator and unit given in file facts (a quoted name, since it holds a comma) is read whole.
     */
    @Test
    void indicatorAndUnitGivenPerFileLetATableWithoutPreambleBeReadWhole() throws Exception {
        Path input = Files.createDirectories(temp.resolve("input"));
        String table = "gdp, by region.csv";
        Files.writeString(input.resolve(table), """
                地区,2023年,2022年
                北京市,43760.7,41610.9
                天津市,16737.3,16311.3
                河北省,43944.1,42370.4
                """);
        Path facts = Files.writeString(temp.resolve("facts.csv"), """
                # 指标 and 单位 for a table that states neither
                文件,指标,单位
                "%s",地区生产总值,亿元
                """.formatted(table));

        Path without = temp.resolve("without");
        JobRuns.Result plain = JobRuns.run("--input-dir=" + input, "--output-dir=" + without, "--run-date=2024-01-02");
        Path with = temp.resolve("with");
        JobRuns.Result given = JobRuns.run("--input-dir=" + input, "--output-dir=" + with, "--run-date=2024-01-02",
                "--file-facts=" + facts);

        assertThat(plain.exitCode()).as(plain.err()).isZero();
        assertThat(JobRuns.query(without, "SELECT COUNT(*) FROM zb_indicator")).containsExactly("0");
        assertThat(JobRuns.query(without, "SELECT reason_en FROM zb_rejection")).singleElement().asString()
                .contains("lacks an \"指标：\" preamble");
        assertThat(given.exitCode()).as(given.err()).isZero();
        assertThat(JobRuns.query(with, "SELECT COUNT(*) FROM zb_rejection")).containsExactly("0");
        assertThat(JobRuns.query(with, "SELECT region || '/' || data_year || '/' || subject || '/' || raw_value"
                + " || unit FROM zb_indicator ORDER BY region, data_year")).containsExactly(
                "北京市/2022/地区生产总值/41610.9亿元", "北京市/2023/地区生产总值/43760.7亿元",
                "天津市/2022/地区生产总值/16311.3亿元", "天津市/2023/地区生产总值/16737.3亿元",
                "河北省/2022/地区生产总值/42370.4亿元", "河北省/2023/地区生产总值/43944.1亿元");
    }
}
