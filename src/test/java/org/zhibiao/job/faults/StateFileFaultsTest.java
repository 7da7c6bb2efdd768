package org.zhibiao.job.faults;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.RandomAccessFile;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.zhibiao.job.JobRuns;
import org.zhibiao.launch.RunLauncher;

/**
 * Issue 13, defect 11: a damaged H2 state file. A corrupt header had no documented way out; a truncated file
 * (or an older copy) opened silently at an older state and the launch redid a finished run. Both are refused
 * now, with commands that, pasted as printed, get the night's run done.
 */
class StateFileFaultsTest {

    @TempDir
    Path temp;

    @Test
    void aCorruptHeaderIsRefusedAndMovingStateAsideAsPrintedGetsTheRunDone() throws Exception {
        Path input = Reports.folderWithOneReport(temp);
        Path output = temp.resolve("output");
        String[] command = Reports.command(input, output);
        assertThat(JobRuns.run(command).exitCode()).isEqualTo(RunLauncher.COMPLETED);
        try (RandomAccessFile db = new RandomAccessFile(database(output).toFile(), "rw")) {
            // H2 keeps its header twice, in the first two 4 KB blocks: both overwritten
            for (long block : new long[] {0, 4096}) {
                db.seek(block);
                db.write("this is no H2 header any more, it was overwritten by something".getBytes());
            }
        }
        Files.delete(Reports.workbook(output));

        JobRuns.Result refused = JobRuns.run(command);

        assertThat(refused.exitCode()).as(refused.err()).isEqualTo(RunLauncher.FAILED);
        assertThat(refused.err()).contains("运行状态数据库已损坏", "the run state database is damaged",
                database(output).toString(), "mv ", ".state.damaged-", "--run-date=" + Reports.RUN_DATE);
        followPrintedMove(refused.err());
        JobRuns.Result afresh = JobRuns.run(command);
        assertThat(afresh.exitCode()).as(afresh.err()).isEqualTo(RunLauncher.COMPLETED);
        assertThat(Files.isRegularFile(Reports.workbook(output))).isTrue();
    }

    @Test
    void aStateOlderThanTheLastLaunchRecordedIsRefusedNotSilentlyRedone() throws Exception {
        Path input = Reports.folderWithOneReport(temp);
        Path output = temp.resolve("output");
        assertThat(JobRuns.run(Reports.command(input, output)).exitCode()).isEqualTo(RunLauncher.COMPLETED);
        Path older = Files.copy(database(output), temp.resolve("older.mv.db"));
        String[] nextNight = {"--input-dir=" + input, "--output-dir=" + output, "--run-date=2022-01-01"};
        assertThat(JobRuns.run(nextNight).exitCode()).isEqualTo(RunLauncher.COMPLETED);
        Files.copy(older, database(output), StandardCopyOption.REPLACE_EXISTING);

        JobRuns.Result refused = JobRuns.run(nextNight);

        assertThat(refused.exitCode()).as(refused.out() + refused.err()).isEqualTo(RunLauncher.FAILED);
        assertThat(refused.err()).contains("运行状态数据库比上次启动结束时", "older than the last launch recorded",
                "mv ", "rm ", "--run-date=2022-01-01");
        assertThat(JobRuns.query(output, "SELECT COUNT(*) FROM BATCH_JOB_EXECUTION")).containsExactly("1");
    }

    @Test
    void aTruncatedStateFileIsNeverOpenedAsIfNothingHappened() throws Exception {
        Path input = Reports.folderWithOneReport(temp);
        Path output = temp.resolve("output");
        String[] command = Reports.command(input, output);
        assertThat(JobRuns.run(command).exitCode()).isEqualTo(RunLauncher.COMPLETED);
        try (RandomAccessFile db = new RandomAccessFile(database(output).toFile(), "rw")) {
            db.setLength(db.length() / 2);
        }

        JobRuns.Result again = JobRuns.run(command);

        assertThat(again.exitCode()).as(again.out() + again.err()).isEqualTo(RunLauncher.FAILED);
        assertThat(again.err()).containsAnyOf("运行状态数据库已损坏", "运行状态数据库比上次启动结束时")
                .contains("mv ", "--run-date=" + Reports.RUN_DATE);
    }

    private static Path database(Path output) {
        return output.resolve(".state").resolve("zhibiao.mv.db");
    }

    /** Runs the printed {@code mv …} line as a shell would. */
    private static void followPrintedMove(String message) throws Exception {
        String move = message.lines().map(String::trim).filter(line -> line.startsWith("mv ")).findFirst()
                .orElseThrow();
        Process shell = new ProcessBuilder("sh", "-c", move).inheritIO().start();
        assertThat(shell.waitFor()).isZero();
    }
}
