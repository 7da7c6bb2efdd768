package org.zhibiao.job;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.zhibiao.launch.RunLauncher;

/**
 * Restart at the failed step, through the command line an operator uses: the export fails because the
 * workbook's path is taken by a folder; once the folder is gone, the same command resumes at export without
 * extracting or loading again, and without duplicating a staging row.
 */
class RestartTest {

    @TempDir
    Path temp;

    @Test
    void failedExportResumesAtExportAndNeverRedoesFinishedSteps() throws Exception {
        Path input = JobRuns.sampleInput(temp);
        Path output = temp.resolve("output");
        Path workbook = output.resolve("indicators-2021-12-31.xlsx");
        Files.createDirectories(workbook.resolve("blocker"));
        String[] command = {"--input-dir=" + input, "--output-dir=" + output, "--run-date=2021-12-31"};

        JobRuns.Result failed = JobRuns.run(command);

        assertThat(failed.exitCode()).isEqualTo(RunLauncher.FAILED);
        assertThat(failed.err()).contains("步骤 export", "at step export", "--run-date=2021-12-31");
        assertThat(JobRuns.query(output, "SELECT STATUS FROM BATCH_JOB_EXECUTION")).containsExactly("FAILED");
        long stagedRows = Long.parseLong(JobRuns.query(output, "SELECT COUNT(*) FROM zb_indicator").get(0));
        assertThat(stagedRows).isPositive();
        assertThat(Files.list(output).filter(p -> p.getFileName().toString().endsWith(".tmp"))).isEmpty();

        deleteRecursively(workbook);
        JobRuns.Result resumed = JobRuns.run(command);

        assertThat(resumed.exitCode()).isEqualTo(RunLauncher.COMPLETED);
        assertThat(JobRuns.query(output, "SELECT STATUS FROM BATCH_JOB_EXECUTION ORDER BY JOB_EXECUTION_ID"))
                .containsExactly("FAILED", "COMPLETED");
        assertThat(JobRuns.query(output, "SELECT COUNT(*) FROM BATCH_JOB_INSTANCE")).containsExactly("1");
        List<String> stepsOfSecondExecution = JobRuns.query(output, "SELECT STEP_NAME FROM BATCH_STEP_EXECUTION"
                + " WHERE JOB_EXECUTION_ID = (SELECT MAX(JOB_EXECUTION_ID) FROM BATCH_JOB_EXECUTION)");
        // The survey checks in every execution that staging still describes the folder; nothing changed here.
        assertThat(stepsOfSecondExecution).containsExactlyInAnyOrder("survey", "export");
        for (String step : List.of("extract", "load", "crossCheck")) {
            assertThat(JobRuns.query(output, "SELECT COUNT(*) FROM BATCH_STEP_EXECUTION WHERE STEP_NAME = '"
                    + step + "'")).as(step).containsExactly("1");
        }
        assertThat(Long.parseLong(JobRuns.query(output, "SELECT COUNT(*) FROM zb_indicator").get(0)))
                .isEqualTo(stagedRows);
        try (XSSFWorkbook book = new XSSFWorkbook(workbook.toFile())) {
            assertThat(book.getSheetName(0)).isEqualTo("概览");
            assertThat(book.getSheet("产业基础")).isNotNull();
        }

        JobRuns.Result again = JobRuns.run(command);
        assertThat(again.exitCode()).isEqualTo(RunLauncher.COMPLETED);
        assertThat(again.out()).contains("已于", "already completed");
        assertThat(JobRuns.query(output, "SELECT COUNT(*) FROM BATCH_JOB_EXECUTION")).containsExactly("2");
    }

    @Test
    void rerunStartsAFreshInstanceOfACompletedDate() throws Exception {
        Path input = JobRuns.sampleInput(temp);
        Path output = temp.resolve("output");
        String[] command = {"--input-dir=" + input, "--output-dir=" + output, "--run-date=2022-01-01"};
        assertThat(JobRuns.run(command).exitCode()).isZero();

        String[] rerun = {"--input-dir=" + input, "--output-dir=" + output, "--run-date=2022-01-01", "--rerun"};
        assertThat(JobRuns.run(rerun).exitCode()).isZero();

        assertThat(JobRuns.query(output, "SELECT COUNT(*) FROM BATCH_JOB_INSTANCE")).containsExactly("2");
        List<String> perRun = JobRuns.query(output, "SELECT COUNT(*) FROM zb_indicator GROUP BY run_id");
        assertThat(perRun).hasSize(2);
        assertThat(perRun.get(0)).isEqualTo(perRun.get(1));
    }

    private static void deleteRecursively(Path path) throws Exception {
        try (var walk = Files.walk(path)) {
            for (Path p : walk.sorted(java.util.Comparator.reverseOrder()).toList()) {
                Files.delete(p);
            }
        }
    }
}
