package org.zhibiao.job;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

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
}
