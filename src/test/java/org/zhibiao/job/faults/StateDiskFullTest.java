package org.zhibiao.job.faults;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.zhibiao.job.JobRuns;
import org.zhibiao.launch.RunLauncher;

/**
 * Issue 13, defect 9: the disk under the state database fills up during a run. It printed 2,753 stack-trace
 * lines on stdout and "could not be launched" with no step and no rerun command (the same command did recover
 * once space was freed). Now: a few lines, the step, the cause in both languages and the command, which
 * completes the run once there is space again.
 */
class StateDiskFullTest {

    @TempDir
    Path temp;

    @AfterEach
    void freeTheDisk() {
        FullDisk.free();
    }

    @Test
    void theDiskFillingUpAfterSurveyFailsTheRunningStepInAFewLinesWithTheCommand() throws Exception {
        Path input = Reports.folderWithOneReport(temp);
        Path output = temp.resolve("output");
        String[] command = Reports.command(input, output, "--spring.datasource.url=" + FullDisk.stateUrl(output));

        Console console = Console.capture();
        JobRuns.Result failed;
        try {
            CompletableFuture<JobRuns.Result> run = CompletableFuture.supplyAsync(() -> JobRuns.run(command));
            console.await("step survey COMPLETED");
            FullDisk.fill();
            failed = run.get(120, TimeUnit.SECONDS);
        } finally {
            console.close();
        }

        assertThat(failed.exitCode()).isEqualTo(RunLauncher.FAILED);
        assertThat(failed.err()).contains("磁盘已满", "disk full", "--run-date=" + Reports.RUN_DATE)
                .containsPattern("步骤 (survey|extract|load|crossCheck|export)")
                .doesNotContain("could not be launched");
        assertThat(console.text().lines().count()).as("lines on stdout").isLessThan(40);

        FullDisk.free();
        JobRuns.Result resumed = JobRuns.run(command);

        assertThat(resumed.exitCode()).as(resumed.err()).isEqualTo(RunLauncher.COMPLETED);
        assertThat(Files.isRegularFile(Reports.workbook(output))).isTrue();
    }

    /** What the logs print on stdout while a run goes on in another thread. */
    static final class Console implements AutoCloseable {
        private final ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        private final PrintStream original = System.out;

        static Console capture() {
            Console console = new Console();
            System.setOut(new PrintStream(console.bytes, true, StandardCharsets.UTF_8));
            return console;
        }

        String text() {
            synchronized (bytes) {
                return bytes.toString(StandardCharsets.UTF_8);
            }
        }

        void await(String line) throws InterruptedException {
            for (int i = 0; i < 120_000 && !text().contains(line); i++) {
                Thread.sleep(1);
            }
        }

        @Override
        public void close() {
            System.setOut(original);
        }
    }
}
