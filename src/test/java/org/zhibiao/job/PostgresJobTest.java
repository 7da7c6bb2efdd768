package org.zhibiao.job;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.zhibiao.launch.RunLauncher;

/**
 * The same job with JobRepository and staging on PostgreSQL, set through plain spring.datasource.* options.
 * .ci/run starts a throwaway cluster and sets ZHIBIAO_PG_URL (and ZHIBIAO_REQUIRE_PG, so that CI fails rather
 * than skips when it is missing). Each test gets its own schema, created empty.
 */
class PostgresJobTest {

    private static final String USER = PostgresSchemas.USER;

    @TempDir
    Path temp;

    String schemaUrl;

    @BeforeEach
    void freshSchema() throws Exception {
        schemaUrl = PostgresSchemas.fresh("zb_test_");
    }

    @Test
    void runsRestartsAndResumesOnPostgres() throws Exception {
        Path input = JobRuns.sampleInput(temp);
        Path output = temp.resolve("output");
        Path workbook = output.resolve("indicators-2021-12-31.xlsx");
        Files.createDirectories(workbook);
        String[] command = {"--input-dir=" + input, "--output-dir=" + output, "--run-date=2021-12-31",
            "--spring.datasource.url=" + schemaUrl, "--spring.datasource.username=" + USER,
            "--spring.datasource.password="};

        JobRuns.Result failed = JobRuns.run(command);
        assertThat(failed.exitCode()).as(failed.err()).isEqualTo(RunLauncher.FAILED);
        long staged = Long.parseLong(JobRuns.query(schemaUrl, USER, "SELECT COUNT(*) FROM zb_indicator").get(0));
        assertThat(staged).isPositive();

        Files.delete(workbook);
        JobRuns.Result resumed = JobRuns.run(command);

        assertThat(resumed.exitCode()).as(resumed.err()).isZero();
        assertThat(JobRuns.query(schemaUrl, USER,
                "SELECT status FROM batch_job_execution ORDER BY job_execution_id")).containsExactly("FAILED",
                        "COMPLETED");
        assertThat(JobRuns.query(schemaUrl, USER, "SELECT COUNT(*) FROM batch_step_execution WHERE step_name ="
                + " 'extract'")).containsExactly("1");
        assertThat(JobRuns.query(schemaUrl, USER, "SELECT COUNT(*) FROM zb_indicator"))
                .containsExactly(String.valueOf(staged));
        try (XSSFWorkbook book = new XSSFWorkbook(workbook.toFile())) {
            assertThat(book.getSheet("产业基础")).isNotNull();
        }
    }

    /**
     * Issue 13, defect 3: PostgreSQL refuses 0x00 in text, so a NUL in a CSV cell or in a rejected row's raw text
     * failed every run and every retry. The damaged row alone is rejected; the rest of the table and the run go on.
     */
    @Test
    void aNulByteInACsvCostsItsRowNotTheRunOnPostgres() throws Exception {
        Path input = JobRuns.sampleInput(temp);
        Files.write(input.resolve("damaged.csv"), ("地区,年份,指标,数值,单位\n"
                + "张店区,2021,一般公共预算收入,30.5,亿元\n"
                + "张店区,2021,社会消费品零\u0000售总额,200.1,亿元\n"
                + "张店区,2021,常住人口,60.2,万人\n").getBytes(java.nio.charset.StandardCharsets.UTF_8));
        Path output = temp.resolve("output");
        JobRuns.Result run = JobRuns.run("--input-dir=" + input, "--output-dir=" + output, "--run-date=2021-12-31",
                "--spring.datasource.url=" + schemaUrl, "--spring.datasource.username=" + USER,
                "--spring.datasource.password=");

        assertThat(run.exitCode()).as(run.err()).isZero();
        assertThat(JobRuns.query(schemaUrl, USER, "SELECT COUNT(*) FROM zb_indicator WHERE file = 'damaged.csv'"))
                .containsExactly("2");
        assertThat(JobRuns.query(schemaUrl, USER, "SELECT COUNT(*) FROM zb_rejection WHERE file = 'damaged.csv'"))
                .containsExactly("1");
    }
}
