package org.zhibiao.job;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

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
        assertThatThrownBy(() -> FileFacts.load(facts)).hasMessageContaining("第2行")
                .hasMessageContaining("line 2").hasMessageContaining("二〇一四");
    }
}
