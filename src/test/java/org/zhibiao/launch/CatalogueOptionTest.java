package org.zhibiao.launch;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.zhibiao.job.JobRuns;

/** --catalogue=FILE replaces the shipped catalogue; a bad one stops the run before it starts, naming line and column. */
class CatalogueOptionTest {

    private static final String HEADER = "code\tname\tenglish\taliases\tmeasure\tkind\tbaseUnit\tsection\tgroup\n";

    @TempDir
    Path temp;

    @Test
    void aReplacementCatalogueMapsTheRows() throws Exception {
        Path input = JobRuns.sampleInput(temp);
        Path catalogue = Files.writeString(temp.resolve("mine.tsv"), HEADER
                + "ELDERLY_CENTRES\t综合养老服务中心\tElderly care centres\t\tLEVEL\tCOUNT\t处\t民生保障\t人口就业收入\n");
        Path output = temp.resolve("output");

        JobRuns.Result run = JobRuns.run("--input-dir=" + input, "--output-dir=" + output, "--run-date=2024-01-02",
                "--catalogue=" + catalogue);

        assertThat(run.exitCode()).as(run.err()).isZero();
        assertThat(JobRuns.query(output, "SELECT DISTINCT code FROM zb_indicator WHERE code IS NOT NULL"))
                .containsExactly("ELDERLY_CENTRES");
        assertThat(JobRuns.query(output, "SELECT COUNT(*) FROM zb_indicator WHERE fact_id IS NULL"))
                .containsExactly("0");
    }

    @Test
    void aBadCatalogueFailsAtStartNamingFileLineAndColumn() throws Exception {
        Path input = JobRuns.sampleInput(temp);
        Path catalogue = Files.writeString(temp.resolve("bad.tsv"), HEADER
                + "GDP\t地区生产总值\tGRP\t\tLEVL\tMONEY\t元\t经济运行\t综合\n");
        Path output = temp.resolve("output");

        JobRuns.Result run = JobRuns.run("--input-dir=" + input, "--output-dir=" + output, "--run-date=2024-01-02",
                "--catalogue=" + catalogue);

        assertThat(run.exitCode()).isNotZero();
        assertThat(run.err()).contains("bad.tsv 第2行第5列", "line 2 column 5", "LEVL");
        assertThat(output.resolve("indicators-2024-01-02.xlsx")).doesNotExist();
    }

    @Test
    void theOptionIsParsedAndKeptForTheRerunCommand() {
        RunOptions options = RunOptions.parse(new String[] {"--catalogue=conf/catalogue.tsv"});
        assertThat(options.catalogue()).isEqualTo(Path.of("conf/catalogue.tsv"));
        assertThat(RerunCommand.of(options)).contains("--catalogue=" + Path.of("conf/catalogue.tsv").toAbsolutePath());
    }
}
