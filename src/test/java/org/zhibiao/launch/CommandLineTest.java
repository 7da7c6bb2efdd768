package org.zhibiao.launch;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.zhibiao.job.JobRuns;

/** The command line's contract without a run: usage errors, --help, --explain, an unwritable output folder. */
class CommandLineTest {

    @TempDir
    Path temp;

    @Test
    void unknownOptionIsAUsageErrorInBothLanguages() {
        JobRuns.Result result = JobRuns.run("--input-folder=x");
        assertThat(result.exitCode()).isEqualTo(RunLauncher.USAGE);
        assertThat(result.err()).contains("未知参数 --input-folder=x", "unknown option --input-folder=x", "--input-dir");
    }

    @Test
    void badRunDateNamesTheExpectedForm() {
        JobRuns.Result result = JobRuns.run("--run-date=2021/12/31");
        assertThat(result.exitCode()).isEqualTo(RunLauncher.USAGE);
        assertThat(result.err()).contains("YYYY-MM-DD", "2021/12/31");
    }

    @Test
    void helpPrintsTheOptions() {
        JobRuns.Result result = JobRuns.run("--help");
        assertThat(result.exitCode()).isZero();
        assertThat(result.out()).contains("--input-dir", "--output-dir", "--run-date", "--rerun", "--explain",
                "--status", "--schedule");
    }

    @Test
    void explainPrintsOneJsonLinePerIndicatorWithoutADatabase() {
        JobRuns.Result result = JobRuns.run("--explain=主导设立24亿元产业发展母基金", "--output-dir=" + temp.resolve("o"));
        assertThat(result.exitCode()).isZero();
        assertThat(result.out().lines()).hasSize(1);
        assertThat(result.out()).contains("\"text\":\"24亿元\"", "\"start\":4", "\"end\":8", "\"normalized\":2400000000",
                "\"baseUnit\":\"元\"", "\"kind\":\"MONEY\"", "\"subject\":\"产业发展母基金\"");
        assertThat(Files.exists(temp.resolve("o"))).isFalse();
    }

    @Test
    void unwritableOutputFolderFailsBeforeAnyStep() throws Exception {
        Path file = Files.writeString(temp.resolve("not-a-folder"), "x");
        JobRuns.Result result = JobRuns.run("--output-dir=" + file.resolve("out"));
        assertThat(result.exitCode()).isEqualTo(RunLauncher.FAILED);
        assertThat(result.err()).contains("输出目录不可写", "output folder is not writable");
    }
}
