package org.zhibiao.job.ops;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.zhibiao.job.JobRuns;
import org.zhibiao.launch.RunLauncher;

/**
 * Exit code 3: a second launch of a date while a live process runs it must not start a second run. With the
 * default H2 state the running process holds the database file; with a shared database (H2 in server mode,
 * PostgreSQL) the second launch reads the execution and finds its owner alive.
 */
class AlreadyRunningTest {

    /**
     * 560 files: the first run is still going when the second launch looks, however fast the machine; it is
     * killed right after, so its length costs nothing.
     */
    private static final int BUSY_COPIES = 40;

    @TempDir
    Path temp;

    @Test
    void secondLaunchWhileTheFirstHoldsTheDefaultStateExitsThree() throws Exception {
        Path input = OpsRuns.manyReports(temp, BUSY_COPIES);
        Path output = temp.resolve("output");
        String[] command = {"--input-dir=" + input, "--output-dir=" + output, "--run-date=2022-03-01",
            "--threads=1"};
        ChildRun first = ChildRun.start(temp.resolve("first.log"), command);
        try {
            first.awaitLine(OpsRuns::reportExtracted);

            JobRuns.Result second = OpsRuns.run(command);

            assertThat(second.exitCode()).as(second.err()).isEqualTo(RunLauncher.ALREADY_RUNNING);
            assertThat(second.err()).contains("正被另一个 zhibiao 进程使用", "in use by another zhibiao process",
                    output.toAbsolutePath().resolve(".state").toString());
        } finally {
            first.kill();
        }
    }

    @Test
    void secondLaunchOnASharedDatabaseFindsTheLiveOwnerAndExitsThree() throws Exception {
        Path input = OpsRuns.manyReports(temp, BUSY_COPIES);
        Path output = temp.resolve("output");
        String url = "--spring.datasource.url=jdbc:h2:file:" + output.toAbsolutePath().resolve(".state")
                .resolve("zhibiao") + ";AUTO_SERVER=TRUE";
        String[] command = {"--input-dir=" + input, "--output-dir=" + output, "--run-date=2022-03-02",
            "--threads=1", url};
        ChildRun first = ChildRun.start(temp.resolve("first.log"), command);
        try {
            first.awaitLine(OpsRuns::reportExtracted);

            JobRuns.Result second = OpsRuns.run(command);

            assertThat(second.exitCode()).as(second.out() + second.err()).isEqualTo(RunLauncher.ALREADY_RUNNING);
            assertThat(second.err()).contains("正在进行", "already in progress", "pid " + first.pid());
        } finally {
            first.kill();
        }
    }
}
