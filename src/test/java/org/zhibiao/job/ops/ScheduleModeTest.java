package org.zhibiao.job.ops;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assumptions.assumeThat;

import java.nio.file.Path;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.zhibiao.job.JobRuns;
import org.zhibiao.launch.RunLauncher;

/**
 * --schedule through the command line: the process stays up and runs the day's date on each trigger; the second
 * trigger of the same day finds the date completed and does nothing. zhibiao.schedule.max-runs ends the test.
 */
class ScheduleModeTest {

    @TempDir
    Path temp;

    @Test
    void runsTheDayOnTheFirstTriggerAndTheSecondTriggerOfTheDayIsANoOp() throws Exception {
        Path input = OpsRuns.sampleInput(temp);
        Path output = temp.resolve("output");
        LocalDate before = LocalDate.now();

        JobRuns.Result result = OpsRuns.run("--input-dir=" + input, "--output-dir=" + output,
                "--schedule=*/3 * * * * *", "--zhibiao.schedule.max-runs=2");

        assumeThat(LocalDate.now()).as("both triggers fell on one day").isEqualTo(before);
        assertThat(result.exitCode()).as(result.err()).isEqualTo(RunLauncher.COMPLETED);
        assertThat(result.out()).contains("运行 " + before + " 完成", "run " + before + " completed")
                .contains("run " + before + " already completed");
        assertThat(OpsRuns.query(output, "SELECT STATUS FROM BATCH_JOB_EXECUTION")).containsExactly("COMPLETED");
        assertThat(OpsRuns.query(output, "SELECT COUNT(*) FROM BATCH_JOB_INSTANCE")).containsExactly("1");
        assertThat(output.resolve("indicators-" + before + ".xlsx")).isRegularFile();
    }

    @Test
    void aBadScheduleIsAUsageError() {
        JobRuns.Result result = OpsRuns.run("--output-dir=" + temp.resolve("output"), "--schedule=nightly");

        assertThat(result.exitCode()).isEqualTo(RunLauncher.USAGE);
        assertThat(result.err()).contains("无效的 cron 表达式 nightly", "invalid cron expression nightly");
    }
}
