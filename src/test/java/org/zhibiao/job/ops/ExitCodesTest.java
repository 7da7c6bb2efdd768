package org.zhibiao.job.ops;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.zhibiao.job.JobRuns;
import org.zhibiao.launch.RunLauncher;

/**
 * The exit codes of docs/operations.md that need no second process: 0 for a completed run and for a date that
 * already completed, 2 for a command line to correct. 1 is FailedRunTest's, 3 AlreadyRunningTest's.
 */
class ExitCodesTest {

    @TempDir
    Path temp;

    @Test
    void completedRunIsZeroAndLaunchingTheCompletedDateAgainIsAZeroNoOp() throws Exception {
        Path input = OpsRuns.sampleInput(temp);
        Path output = temp.resolve("output");
        String[] command = {"--input-dir=" + input, "--output-dir=" + output, "--run-date=2022-05-01"};

        JobRuns.Result first = OpsRuns.run(command);
        JobRuns.Result second = OpsRuns.run(command);

        assertThat(first.exitCode()).as(first.err()).isEqualTo(RunLauncher.COMPLETED);
        assertThat(first.out()).contains("run 2022-05-01 completed");
        assertThat(second.exitCode()).isEqualTo(RunLauncher.COMPLETED);
        assertThat(second.out()).contains("已于", "run 2022-05-01 already completed", "--rerun");
        assertThat(OpsRuns.query(output, "SELECT COUNT(*) FROM BATCH_JOB_EXECUTION")).containsExactly("1");
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            --threads=0                | --threads
            --run-date=31.12.2021      | YYYY-MM-DD
            --max-reject-ratio=2       | --max-reject-ratio
            --output=out               | unknown option --output=out
            """)
    void aCommandLineToCorrectIsTwo(String option, String message) {
        JobRuns.Result result = OpsRuns.run("--output-dir=" + temp.resolve("output"), option);

        assertThat(result.exitCode()).isEqualTo(RunLauncher.USAGE);
        assertThat(result.err()).contains(message);
    }

    @Test
    void statusOfAFolderThatNeverRanIsZero() {
        JobRuns.Result result = OpsRuns.run("--output-dir=" + temp.resolve("output"), "--status");

        assertThat(result.exitCode()).isZero();
        assertThat(result.out()).contains("尚无运行记录 / no runs yet");
    }
}
