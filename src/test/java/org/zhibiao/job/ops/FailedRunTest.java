package org.zhibiao.job.ops;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.zhibiao.job.JobRuns;
import org.zhibiao.launch.RunLauncher;

/**
 * A run that fails at export (the workbook's path is taken by a folder): exit 1, stderr names the step, the cause
 * and a command that, pasted into a shell once the cause is gone, resumes the run. --status shows the failure,
 * then the resumed run.
 */
class FailedRunTest {

    private static final String DATE = "2021-12-31";

    @TempDir
    Path temp;

    private Path input;
    private Path output;
    private Path workbook;
    private String[] command;

    @BeforeEach
    void blockTheWorkbook() throws Exception {
        input = OpsRuns.sampleInput(temp);
        output = temp.resolve("out put");
        workbook = output.resolve("indicators-" + DATE + ".xlsx");
        Files.createDirectories(workbook.resolve("blocker"));
        command = new String[] {"--input-dir=" + input, "--output-dir=" + output, "--run-date=" + DATE,
            "--threads=1", "--rerun"};
    }

    @Test
    void stderrNamesTheStepTheCauseAndACommandThatResumesTheRun() throws Exception {
        ChildRun failing = ChildRun.start(temp.resolve("failed.log"), command);

        assertThat(failing.awaitExit()).isEqualTo(RunLauncher.FAILED);
        String log = failing.output();
        assertThat(log).contains("步骤 export 出错", "at step export", workbook.getFileName().toString());
        assertThat(log.lines()).anySatisfy(line -> assertThat(line)
                .matches(".*ERROR .*step export FAILED read=\\d+ written=\\d+ skipped=\\d+ in \\d+\\.\\d s: "
                        + "\\w*Exception: .*indicators-" + DATE + "\\.xlsx.*"));
        assertThat(log).as("one line per failure, no stack trace").doesNotContain("\tat org.");
        String rerun = rerunCommand(log);
        assertThat(rerun).contains("org.zhibiao.launch.ZhibiaoApplication", "--run-date=" + DATE, "--threads=1",
                "'--output-dir=" + output.toAbsolutePath() + "'").doesNotContain("--rerun");

        deleteRecursively(workbook);
        Path rerunLog = temp.resolve("rerun.log");
        Process shell = new ProcessBuilder("sh", "-c", rerun).redirectErrorStream(true)
                .redirectOutput(rerunLog.toFile()).start();

        assertThat(shell.waitFor()).as(Files.readString(rerunLog)).isZero();
        assertThat(OpsRuns.query(output, "SELECT STATUS FROM BATCH_JOB_EXECUTION ORDER BY JOB_EXECUTION_ID"))
                .containsExactly("FAILED", "COMPLETED");
        assertThat(OpsRuns.query(output, "SELECT COUNT(*) FROM BATCH_JOB_INSTANCE")).containsExactly("1");
        assertThat(workbook).isRegularFile();
        List<String> stepLines = Files.readAllLines(rerunLog).stream().filter(l -> l.contains(" - step ")).toList();
        assertThat(stepLines).as("the resumed run checks the folder, then only exports").hasSize(2);
        assertThat(stepLines.get(0)).matches(".*INFO .*step survey COMPLETED read=2 .*");
        assertThat(stepLines.get(1))
                .matches(".*INFO .*step export COMPLETED read=\\d+ written=\\d+ skipped=0 in \\d+\\.\\d s");
    }

    @Test
    void statusShowsTheFailedStepWithItsCauseThenTheResumedRun() throws Exception {
        OpsRuns.run(command);

        JobRuns.Result afterFailure = OpsRuns.run("--output-dir=" + output, "--status");

        assertThat(afterFailure.exitCode()).isZero();
        List<String> lines = afterFailure.out().lines().toList();
        assertThat(lines).anySatisfy(l -> assertThat(l).contains(DATE, "FAILED"));
        assertThat(lines).anySatisfy(l -> assertThat(l).contains("survey", "COMPLETED", "read=2"));
        assertThat(lines).anySatisfy(l -> assertThat(l).contains("extract", "COMPLETED", "read=1 written=1",
                "partitions=1", "(COMPLETED=1)"));
        assertThat(lines).anySatisfy(l -> assertThat(l).contains("export", "FAILED"));
        assertThat(lines).anySatisfy(l -> assertThat(l).contains("原因 / cause:", workbook.getFileName().toString()));

        deleteRecursively(workbook);
        assertThat(OpsRuns.run(command).exitCode()).isZero();
        JobRuns.Result afterResume = OpsRuns.run("--output-dir=" + output, "--status");

        List<String> resumed = afterResume.out().lines().toList();
        int newest = indexOf(resumed, DATE + " ");
        assertThat(resumed.get(newest)).contains("COMPLETED", "restart 1");
        assertThat(resumed.get(newest + 1)).contains("survey", "COMPLETED");
        assertThat(resumed.get(newest + 2)).contains("export", "COMPLETED", "written=");
        assertThat(resumed.subList(newest + 1, resumed.size()))
                .anySatisfy(l -> assertThat(l).contains(DATE, "FAILED"));
    }

    /** The command line the failure message gives: the indented line after the Chinese instruction. */
    private static String rerunCommand(String err) {
        List<String> lines = err.lines().toList();
        for (int i = 0; i < lines.size() - 1; i++) {
            if (lines.get(i).startsWith("修正原因后")) {
                return lines.get(i + 1).trim();
            }
        }
        throw new AssertionError("no rerun command in:\n" + err);
    }

    private static int indexOf(List<String> lines, String prefix) {
        for (int i = 0; i < lines.size(); i++) {
            if (lines.get(i).startsWith(prefix)) {
                return i;
            }
        }
        throw new AssertionError("no line starting with " + prefix + " in:\n" + String.join("\n", lines));
    }

    private static void deleteRecursively(Path path) throws Exception {
        try (Stream<Path> walk = Files.walk(path)) {
            for (Path p : walk.sorted(Comparator.reverseOrder()).toList()) {
                Files.delete(p);
            }
        }
    }
}
