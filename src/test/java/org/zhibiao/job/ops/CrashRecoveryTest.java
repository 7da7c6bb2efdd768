package org.zhibiao.job.ops;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.zip.ZipFile;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.zhibiao.job.JobRuns;
import org.zhibiao.launch.RunLauncher;

/**
 * A run killed in the middle of its extract step, as the OOM killer or a power cut would: the next launch of
 * the same date notices that no live process owns the STARTED execution, marks it FAILED and restarts it. The
 * restart completes, writes the workbook, reads exactly the files that had not been staged and never
 * duplicates a staging row. SIGTERM (docker stop, systemctl stop) instead ends the run STOPPED at once, and the
 * next launch resumes it the same way.
 */
class CrashRecoveryTest {

    /** 15 copies of the 14 test reports: 210 files, several seconds of extract with one thread. */
    private static final int COPIES = 15;
    private static final int FILES = COPIES * 14;
    /** Files the child must have logged as staged before it is interrupted. */
    private static final int DONE_BEFORE_KILL = 5;
    private static final String DATE = "2021-12-31";

    @TempDir
    Path temp;

    @Test
    void killedRunIsRecoveredAndRestartedWithoutRedoingOrDuplicatingWork() throws Exception {
        Path input = OpsRuns.manyReports(temp, COPIES);
        Path output = temp.resolve("output");
        String[] command = killable("--input-dir=" + input, "--output-dir=" + output, "--run-date=" + DATE,
                "--threads=1");

        ChildRun child = ChildRun.start(temp.resolve("child.log"), command);
        awaitCompletedPartitions(child, DONE_BEFORE_KILL);
        child.kill();

        assertThat(OpsRuns.query(output, "SELECT STATUS FROM BATCH_JOB_EXECUTION")).containsExactly("STARTED");
        assertThat(OpsRuns.query(output, "SELECT STATUS FROM BATCH_STEP_EXECUTION WHERE STEP_NAME = 'extract'"))
                .containsExactly("STARTED");
        Set<String> doneBeforeKill = filesRead(output);
        assertThat(doneBeforeKill).hasSizeGreaterThanOrEqualTo(DONE_BEFORE_KILL - 1).hasSizeLessThan(FILES);
        assertThat(workersNotIn(output, 1, "COMPLETED")).isNotEmpty();

        long lastIdBefore = lastIndicatorId(output);
        JobRuns.Result restart = OpsRuns.run(command);

        assertThat(restart.exitCode()).as(restart.err()).isEqualTo(RunLauncher.COMPLETED);
        assertThat(OpsRuns.query(output, "SELECT STATUS FROM BATCH_JOB_EXECUTION ORDER BY JOB_EXECUTION_ID"))
                .containsExactly("FAILED", "COMPLETED");
        assertThat(OpsRuns.query(output, "SELECT EXIT_MESSAGE FROM BATCH_JOB_EXECUTION ORDER BY JOB_EXECUTION_ID"
                + " LIMIT 1").get(0)).contains("recovered: the owning process (pid " + child.pid());
        assertThat(OpsRuns.count(output, "SELECT COUNT(*) FROM BATCH_STEP_EXECUTION WHERE STATUS IN"
                + " ('STARTING', 'STARTED', 'STOPPING')")).isZero();
        assertResumedExactlyTheUnreadFiles(output, lastIdBefore, doneBeforeKill);
        assertCompleteStagingWithoutDuplicates(output);
        assertWorkbookIsWhole(output);
    }

    @Test
    void terminatedRunStopsCleanlyAndTheNextLaunchResumesIt() throws Exception {
        Path input = OpsRuns.manyReports(temp, COPIES);
        Path output = temp.resolve("output");
        String[] command = {"--input-dir=" + input, "--output-dir=" + output, "--run-date=" + DATE, "--threads=1"};

        ChildRun child = ChildRun.start(temp.resolve("child.log"), command);
        awaitCompletedPartitions(child, DONE_BEFORE_KILL);
        int exit = child.terminate();

        assertThat(exit).as(child.output()).isEqualTo(RunLauncher.STOPPED);
        assertThat(child.output()).contains("run " + DATE + " stopped on request at step extract; run the same"
                + " command to resume", "已按请求停止于步骤 extract").doesNotContain(" ERROR ");

        assertThat(OpsRuns.query(output, "SELECT STATUS FROM BATCH_JOB_EXECUTION")).as(child.output())
                .containsExactly("STOPPED");
        assertThat(OpsRuns.count(output, "SELECT COUNT(*) FROM BATCH_STEP_EXECUTION WHERE STATUS IN"
                + " ('STARTING', 'STARTED', 'STOPPING')")).as(child.output()).isZero();
        assertThat(child.output()).contains("stopping execution");
        Set<String> doneBeforeStop = filesRead(output);
        assertThat(doneBeforeStop).hasSizeGreaterThanOrEqualTo(DONE_BEFORE_KILL).hasSizeLessThan(FILES);

        long lastIdBefore = lastIndicatorId(output);
        JobRuns.Result restart = OpsRuns.run(command);

        assertThat(restart.exitCode()).as(restart.err()).isEqualTo(RunLauncher.COMPLETED);
        assertThat(OpsRuns.query(output, "SELECT STATUS FROM BATCH_JOB_EXECUTION ORDER BY JOB_EXECUTION_ID"))
                .containsExactly("STOPPED", "COMPLETED");
        assertResumedExactlyTheUnreadFiles(output, lastIdBefore, doneBeforeStop);
        assertCompleteStagingWithoutDuplicates(output);
        assertWorkbookIsWhole(output);
    }

    /**
     * Files removed from or added to the input folder between the crash and the restart must not make the restart
     * skip a file that never ran: the restart groups the files that are there and have not been read, and drops
     * what it had staged of a file that is gone.
     */
    @Test
    void restartAfterTheInputFolderChangedStillExtractsEveryFileThatIsThere() throws Exception {
        Path input = OpsRuns.manyReports(temp, COPIES);
        Path output = temp.resolve("output");
        String[] command = killable("--input-dir=" + input, "--output-dir=" + output, "--run-date=" + DATE,
                "--threads=1");
        ChildRun child = ChildRun.start(temp.resolve("child.log"), command);
        awaitCompletedPartitions(child, DONE_BEFORE_KILL);
        child.kill();
        String removed = OpsRuns.query(output, "SELECT MIN(file) FROM zb_input_file").get(0);
        Files.delete(input.resolve(removed));
        Files.copy(input.resolve("k000-zhangdian-2021-achievements.md"), input.resolve("z-added.md"));

        long lastIdBefore = lastIndicatorId(output);
        JobRuns.Result restart = OpsRuns.run(command);

        assertThat(restart.exitCode()).as(restart.err()).isEqualTo(RunLauncher.COMPLETED);
        List<String> staged = OpsRuns.query(output, "SELECT file FROM zb_input_file");
        try (var files = Files.list(input)) {
            assertThat(staged).containsAll(files.map(p -> p.getFileName().toString()).toList());
        }
        assertThat(staged).contains("z-added.md").doesNotContain(removed);
        assertThat(OpsRuns.query(output, "SELECT COUNT(*) FROM zb_rejection WHERE file = '" + removed + "'"))
                .as("a file removed before the restart leaves no row").containsExactly("0");
        assertThat(OpsRuns.query(output, "SELECT f.file FROM zb_input_file f WHERE f.indicators <> (SELECT COUNT(*)"
                + " FROM zb_indicator i WHERE i.run_id = f.run_id AND i.file = f.file)")).isEmpty();
    }

    private static void awaitCompletedPartitions(ChildRun child, int files) throws Exception {
        child.awaitLines(OpsRuns::reportExtracted, files);
    }

    /**
     * The state as the default, with H2's write delay off: by default H2 puts commits on disk up to a second
     * late, so a SIGKILL right after a partition logged COMPLETED may lose that; the restart would redo the
     * partition (harmlessly), but the test could not tell which partitions had completed before the kill.
     */
    private String[] killable(String... command) {
        String[] withUrl = java.util.Arrays.copyOf(command, command.length + 1);
        withUrl[command.length] = "--spring.datasource.url=jdbc:h2:file:" + temp.resolve("output").toAbsolutePath()
                .resolve(".state").resolve("zhibiao") + ";WRITE_DELAY=0";
        return withUrl;
    }

    /**
     * The restart read only the files the first run had not staged: staging a file again replaces its rows with
     * new ids, so every row of a file staged before the interruption must still have an id from before it, and
     * every other file's rows ids from after. It did so with a few partitions (not one per file), all completed.
     */
    private static void assertResumedExactlyTheUnreadFiles(Path output, long lastIdBefore, Set<String> doneBefore)
            throws Exception {
        assertThat(filesRead(output)).hasSize(FILES);
        Set<String> restaged = Set.copyOf(OpsRuns.query(output, "SELECT DISTINCT file FROM zb_indicator WHERE id > "
                + lastIdBefore));
        assertThat(restaged).doesNotContainAnyElementsOf(doneBefore);
        assertThat(OpsRuns.query(output, "SELECT DISTINCT file FROM zb_indicator WHERE id <= " + lastIdBefore))
                .allSatisfy(file -> assertThat(doneBefore).contains(file));
        assertThat(restaged.size() + doneBefore.size()).isEqualTo(FILES);
        Set<String> partitions = workers(output, 2, null);
        assertThat(partitions).isNotEmpty().hasSizeLessThanOrEqualTo(8);
        assertThat(workers(output, 2, "COMPLETED")).isEqualTo(partitions);
    }

    private static long lastIndicatorId(Path output) throws Exception {
        return OpsRuns.count(output, "SELECT COALESCE(MAX(id), 0) FROM zb_indicator");
    }

    private static Set<String> filesRead(Path output) throws Exception {
        return Set.copyOf(OpsRuns.query(output, "SELECT file FROM zb_input_file WHERE state = 'READ'"));
    }

    /**
     * Each file's staged rows are exactly the count recorded with it (a file staged twice would show double),
     * and every copy of one report staged the same number of rows.
     */
    private static void assertCompleteStagingWithoutDuplicates(Path output) throws Exception {
        assertThat(OpsRuns.count(output, "SELECT COUNT(*) FROM zb_input_file")).isEqualTo(FILES);
        assertThat(OpsRuns.query(output, "SELECT f.file, f.indicators, (SELECT COUNT(*) FROM zb_indicator i"
                + " WHERE i.run_id = f.run_id AND i.file = f.file) AS staged FROM zb_input_file f"
                + " WHERE f.indicators <> (SELECT COUNT(*) FROM zb_indicator i WHERE i.run_id = f.run_id"
                + " AND i.file = f.file)")).isEmpty();
        Map<String, Set<String>> countsPerOriginal = new HashMap<>();
        for (String row : OpsRuns.query(output, "SELECT file, indicators FROM zb_input_file")) {
            String[] cells = row.split("\\|");
            countsPerOriginal.computeIfAbsent(OpsRuns.original(cells[0]), k -> new java.util.TreeSet<>())
                    .add(cells[1]);
        }
        assertThat(countsPerOriginal).hasSize(14)
                .allSatisfy((original, counts) -> assertThat(counts).as(original).hasSize(1));
    }

    private static void assertWorkbookIsWhole(Path output) throws Exception {
        Path workbook = output.resolve("indicators-" + DATE + ".xlsx");
        assertThat(workbook).isRegularFile();
        try (ZipFile zip = new ZipFile(workbook.toFile())) {
            assertThat(zip.getEntry("xl/workbook.xml")).isNotNull();
        }
        try (var files = Files.list(output)) {
            assertThat(files.map(p -> p.getFileName().toString())).noneMatch(name -> name.endsWith(".tmp"));
        }
    }

    /** Job execution ids in the order they ran (ids come from a sequence shared with step executions). */
    private static List<Long> executionIds(Path output) throws Exception {
        return OpsRuns.query(output, "SELECT JOB_EXECUTION_ID FROM BATCH_JOB_EXECUTION ORDER BY JOB_EXECUTION_ID")
                .stream().map(Long::valueOf).toList();
    }

    /** Names of the extract partitions of the nth execution (1 = first), optionally only with this status. */
    private static Set<String> workers(Path output, int nth, String status) throws Exception {
        long execution = executionIds(output).get(nth - 1);
        List<String> names = OpsRuns.query(output, "SELECT STEP_NAME FROM BATCH_STEP_EXECUTION"
                + " WHERE JOB_EXECUTION_ID = " + execution + " AND STEP_NAME LIKE 'extractFile:%'"
                + (status == null ? "" : " AND STATUS = '" + status + "'"));
        return names.stream().collect(Collectors.toSet());
    }

    private static Set<String> workersNotIn(Path output, int nth, String status) throws Exception {
        long execution = executionIds(output).get(nth - 1);
        return Set.copyOf(OpsRuns.query(output, "SELECT STEP_NAME FROM BATCH_STEP_EXECUTION WHERE JOB_EXECUTION_ID = "
                + execution + " AND STEP_NAME LIKE 'extractFile:%' AND STATUS <> '" + status + "'"));
    }
}
