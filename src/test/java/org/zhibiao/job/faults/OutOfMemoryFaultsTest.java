package org.zhibiao.job.faults;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.zhibiao.job.JobRuns;
import org.zhibiao.launch.RunLauncher;

/**
 * Issue 13, defect 4 (its reporting part): an OutOfMemoryError in a step said "the run could not be launched",
 * with no step and no command, and left the run STARTED. It is a failure of that step now, with the command that
 * resumes it; the run is FAILED and the printed command completes it.
 */
class OutOfMemoryFaultsTest {

    @TempDir
    Path temp;

    @AfterEach
    void disarm() {
        InjectedFaults.disarm();
    }

    @ParameterizedTest(name = "in {0}, reported as step {1}")
    @CsvSource({
        "extractFile, extract",    // a partition worker, on a thread of its own
        "crossCheck,  crossCheck",
        "export,      export",
        "job,         第一个步骤之前"}) // thrown by the job itself, outside every step: the launch threw
    void anOutOfMemoryErrorFailsItsStepWithTheResumeCommand(String bean, String step) throws Exception {
        Path input = Reports.folderWithOneReport(temp);
        Path output = temp.resolve("output");
        String[] command = Reports.command(input, output, InjectedFaults.SOURCES);
        InjectedFaults.arm(bean, new OutOfMemoryError("Java heap space"));

        JobRuns.Result failed = JobRuns.run(command);

        assertThat(failed.exitCode()).as(failed.err()).isEqualTo(RunLauncher.FAILED);
        assertThat(failed.err()).doesNotContain("could not be launched", "无法启动")
                .contains(step.startsWith("第") ? step : "步骤 " + step)
                .contains("OutOfMemoryError: Java heap space")
                .contains("内存不足", "out of memory", "-Xmx")
                .contains("--run-date=" + Reports.RUN_DATE);
        List<String> status = JobRuns.query(output, "SELECT STATUS FROM BATCH_JOB_EXECUTION");
        assertThat(status).containsExactly("FAILED");

        JobRuns.Result resumed = JobRuns.run(command);

        assertThat(resumed.exitCode()).as(resumed.err()).isEqualTo(RunLauncher.COMPLETED);
        assertThat(Files.isRegularFile(Reports.workbook(output))).isTrue();
    }
}
