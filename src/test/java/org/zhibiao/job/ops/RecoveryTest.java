package org.zhibiao.job.ops;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.Comparator;
import java.util.HexFormat;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.zhibiao.job.JobRuns;
import org.zhibiao.launch.RunLauncher;

/**
 * Every failure has a way out that works when the printed advice is followed literally, without touching the
 * database or .state/: a corrected input folder, a removed bad file, a changed taxonomy or file, a lost workbook.
 * Each ends COMPLETED with a workbook equal to a clean run's on the same final folder and settings.
 */
class RecoveryTest {

    private static final String DATE = "2021-12-31";

    @TempDir
    Path temp;

    @Test
    void aWrongInputFolderCorrectedInThePrintedCommandIsTheOneTheRestartReads() throws Exception {
        Path input = OpsRuns.sampleInput(temp);
        Path output = temp.resolve("output");
        Path wrong = temp.resolve("no such folder");

        JobRuns.Result failed = OpsRuns.run("--input-dir=" + wrong, "--output-dir=" + output, "--run-date=" + DATE,
                "--threads=1");

        assertThat(failed.exitCode()).isEqualTo(RunLauncher.FAILED);
        assertThat(failed.err()).contains("步骤 survey", "at step survey");
        String printed = rerunCommand(failed.err());
        assertThat(printed).contains(wrong.toAbsolutePath().toString());

        String corrected = printed.replace(wrong.toAbsolutePath().toString(), input.toAbsolutePath().toString());
        Shell resumed = Shell.run(corrected, temp.resolve("resumed.log"));

        assertThat(resumed.exitCode()).as(resumed.output()).isZero();
        assertThat(OpsRuns.query(output, "SELECT STATUS FROM BATCH_JOB_EXECUTION ORDER BY JOB_EXECUTION_ID"))
                .containsExactly("FAILED", "COMPLETED");
        assertThat(OpsRuns.query(output, "SELECT COUNT(*) FROM BATCH_JOB_INSTANCE")).containsExactly("1");
        assertThat(WorkbookRows.of(workbook(output))).isEqualTo(cleanRun(input, "--threads=1"));
    }

    @Test
    void aRejectRatioFailureIsFixedByRemovingTheBadFileAndRunningThePrintedCommand() throws Exception {
        Path input = OpsRuns.sampleInput(temp);
        Files.writeString(input.resolve("bad.csv"), badTable(40));
        Path output = temp.resolve("output");

        JobRuns.Result failed = OpsRuns.run("--input-dir=" + input, "--output-dir=" + output, "--run-date=" + DATE,
                "--threads=1", "--max-reject-ratio=0.2");

        assertThat(failed.exitCode()).as(failed.out()).isEqualTo(RunLauncher.FAILED);
        assertThat(failed.err()).contains("at step crossCheck", "bad.csv (40/40)");

        Files.delete(input.resolve("bad.csv"));
        Shell resumed = Shell.run(rerunCommand(failed.err()), temp.resolve("resumed.log"));

        assertThat(resumed.exitCode()).as(resumed.output()).isZero();
        assertThat(OpsRuns.query(output, "SELECT COUNT(*) FROM zb_rejection WHERE file = 'bad.csv'"))
                .containsExactly("0");
        assertThat(OpsRuns.query(output, "SELECT file FROM zb_input_file ORDER BY file"))
                .containsExactly("zhangdian-2021-achievements.md", "zhangdian-2021-indicators.csv");
        assertThat(WorkbookRows.of(workbook(output)))
                .isEqualTo(cleanRun(input, "--threads=1", "--max-reject-ratio=0.2"));
    }

    @Test
    void aChangedTaxonomyOnRestartRedoesTheStagedWork() throws Exception {
        Path input = OpsRuns.sampleInput(temp);
        Path output = temp.resolve("output");
        Files.createDirectories(workbook(output).resolve("blocker"));
        String[] command = {"--input-dir=" + input, "--output-dir=" + output, "--run-date=" + DATE, "--threads=1"};
        assertThat(OpsRuns.run(command).exitCode()).isEqualTo(RunLauncher.FAILED);
        assertThat(sheets(output)).contains("民生保障");
        String defaults = new String(getClass().getResourceAsStream("/zhibiao/taxonomy.txt").readAllBytes(),
                StandardCharsets.UTF_8);
        Path renamed = Files.writeString(temp.resolve("taxonomy.txt"),
                defaults.replace("[民生保障]", "[社会民生]\n标题 = 民生保障"));
        deleteRecursively(workbook(output));

        JobRuns.Result resumed = OpsRuns.run(append(command, "--taxonomy=" + renamed));

        assertThat(resumed.exitCode()).as(resumed.err()).isZero();
        assertThat(sheets(output)).contains("社会民生").doesNotContain("民生保障");
        assertThat(OpsRuns.query(output, "SELECT COUNT(*) FROM zb_indicator WHERE section = '民生保障'"))
                .containsExactly("0");
        assertThat(WorkbookRows.of(workbook(output))).isEqualTo(cleanRun(input, "--threads=1",
                "--taxonomy=" + renamed));
    }

    @Test
    void aFileChangedBeforeTheRestartIsReadAgainAndAFileGoneIsDropped() throws Exception {
        Path input = OpsRuns.sampleInput(temp);
        Files.copy(Path.of("src/test/resources/corpus/reports/014_yiyang_2025_statistical_communique.txt"),
                input.resolve("yiyang.txt"));
        Path output = temp.resolve("output");
        Files.createDirectories(workbook(output).resolve("blocker"));
        String[] command = {"--input-dir=" + input, "--output-dir=" + output, "--run-date=" + DATE, "--threads=1"};
        assertThat(OpsRuns.run(command).exitCode()).isEqualTo(RunLauncher.FAILED);
        Path table = input.resolve("zhangdian-2021-indicators.csv");
        Files.writeString(table, Files.readString(table).replace("产业发展母基金,24,亿元", "产业发展母基金,25,亿元"));
        Files.delete(input.resolve("yiyang.txt"));
        deleteRecursively(workbook(output));

        JobRuns.Result resumed = OpsRuns.run(command);

        assertThat(resumed.exitCode()).as(resumed.err()).isZero();
        assertThat(OpsRuns.query(output, "SELECT raw_value FROM zb_indicator WHERE subject = '产业发展母基金'"
                + " AND source = 'CSV'")).containsExactly("25");
        assertThat(OpsRuns.query(output, "SELECT sha256 FROM zb_input_file WHERE file = '" + table.getFileName()
                + "'")).containsExactly(sha256(table));
        assertThat(OpsRuns.query(output, "SELECT COUNT(*) FROM zb_indicator WHERE file = 'yiyang.txt'"))
                .containsExactly("0");
        assertThat(WorkbookRows.of(workbook(output))).isEqualTo(cleanRun(input, "--threads=1"));
    }

    @Test
    void aCompletedDateWhoseWorkbookIsLostOrBrokenIsRebuiltFromStagingWithoutReadingInput() throws Exception {
        Path input = OpsRuns.sampleInput(temp);
        Path output = temp.resolve("output");
        String[] command = {"--input-dir=" + input, "--output-dir=" + output, "--run-date=" + DATE, "--threads=1"};
        assertThat(OpsRuns.run(command).exitCode()).isZero();
        var made = WorkbookRows.of(workbook(output));
        Files.delete(workbook(output));
        deleteRecursively(input);

        JobRuns.Result rebuilt = OpsRuns.run(command);

        assertThat(rebuilt.exitCode()).as(rebuilt.err()).isZero();
        assertThat(rebuilt.out()).contains("rebuilt from the run's staging", workbook(output).toString());
        assertThat(WorkbookRows.of(workbook(output))).isEqualTo(made);

        Files.writeString(workbook(output), "not a workbook");
        JobRuns.Result again = OpsRuns.run(command);

        assertThat(again.exitCode()).as(again.err()).isZero();
        assertThat(again.out()).contains("rebuilt from the run's staging");
        assertThat(WorkbookRows.of(workbook(output))).isEqualTo(made);
        assertThat(OpsRuns.run(command).out()).contains("already completed");
        assertThat(OpsRuns.query(output, "SELECT STATUS FROM BATCH_JOB_EXECUTION E JOIN BATCH_JOB_INSTANCE I"
                + " ON E.JOB_INSTANCE_ID = I.JOB_INSTANCE_ID WHERE I.JOB_NAME = 'zhibiao'")).containsExactly("COMPLETED");
        List<String> runInfo = WorkbookRows.runInfo(workbook(output));
        assertThat(runInfo).anySatisfy(row -> assertThat(row).startsWith("rebuildWorkbook|")
                .contains("本步骤：正在写入此工作簿"));
    }

    /**
     * 运行信息 lists every step execution by its own id, and the export's row says it is the step writing this
     * workbook, with the rows it wrote, instead of a yellow STARTED with zeros. File facts for a file that is not
     * in the folder are a warning there.
     */
    @Test
    void runInfoNamesStepExecutionsAndTheStepWritingTheWorkbook() throws Exception {
        Path input = OpsRuns.sampleInput(temp);
        Path output = temp.resolve("output");
        Path facts = Files.writeString(temp.resolve("facts.csv"), "文件,地区\nnot-there.txt,张店区\n");

        JobRuns.Result run = OpsRuns.run("--input-dir=" + input, "--output-dir=" + output, "--run-date=" + DATE,
                "--threads=1", "--file-facts=" + facts);

        assertThat(run.exitCode()).as(run.err()).isZero();
        List<String> rows = WorkbookRows.runInfo(workbook(output));
        long rowsWritten = OpsRuns.count(output, "SELECT COUNT(*) FROM zb_indicator");
        for (String step : List.of("survey", "extract", "load", "crossCheck", "export")) {
            String id = OpsRuns.query(output, "SELECT STEP_EXECUTION_ID FROM BATCH_STEP_EXECUTION WHERE STEP_NAME = '"
                    + step + "'").get(0);
            assertThat(rows).as(step).anySatisfy(row -> assertThat(row).startsWith(step + "|" + id + "|"));
        }
        assertThat(rows).anySatisfy(row -> assertThat(row)
                .startsWith("export|").contains("|本步骤：正在写入此工作簿|" + rowsWritten + "|" + rowsWritten + "|0|"));
        assertThat(rows).noneMatch(row -> row.contains("STARTED"));
        assertThat(rows).anySatisfy(row -> assertThat(row).contains("not-there.txt", "not in the input folder"));
    }

    /** A table of {@code rows} records whose values are not numbers: each is rejected. */
    static String badTable(int rows) {
        StringBuilder table = new StringBuilder("地区,年份,指标,数值,单位\n");
        for (int i = 0; i < rows; i++) {
            table.append("张店区,2021,指标").append(i).append(",不详").append(i).append(",亿元\n");
        }
        return table.toString();
    }

    private Object cleanRun(Path input, String... options) throws Exception {
        Path clean = Files.createTempDirectory(temp, "clean");
        String[] command = {"--input-dir=" + input, "--output-dir=" + clean, "--run-date=" + DATE};
        JobRuns.Result run = OpsRuns.run(append(command, options));
        assertThat(run.exitCode()).as(run.err()).isZero();
        return WorkbookRows.of(workbook(clean));
    }

    static Path workbook(Path output) {
        return output.resolve("indicators-" + DATE + ".xlsx");
    }

    private static List<String> sheets(Path output) throws Exception {
        return OpsRuns.query(output, "SELECT DISTINCT section FROM zb_indicator");
    }

    static String[] append(String[] command, String... more) {
        return Stream.concat(Stream.of(command), Stream.of(more)).toArray(String[]::new);
    }

    /** The command line the failure message gives: the indented line after the Chinese instruction. */
    static String rerunCommand(String err) {
        List<String> lines = err.lines().toList();
        for (int i = 0; i < lines.size() - 1; i++) {
            if (lines.get(i).startsWith("修正原因后")) {
                return lines.get(i + 1).trim();
            }
        }
        throw new AssertionError("no rerun command in:\n" + err);
    }

    private static String sha256(Path file) throws Exception {
        return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(Files.readAllBytes(file)));
    }

    static void deleteRecursively(Path path) throws Exception {
        try (Stream<Path> walk = Files.walk(path)) {
            for (Path p : walk.sorted(Comparator.reverseOrder()).toList()) {
                Files.delete(p);
            }
        }
    }

    /** A command run by sh, as an operator pastes it. */
    record Shell(int exitCode, String output) {
        static Shell run(String command, Path log) throws Exception {
            Process shell = new ProcessBuilder("sh", "-c", command).redirectErrorStream(true)
                    .redirectOutput(log.toFile()).start();
            int code = shell.waitFor();
            return new Shell(code, Files.readString(log));
        }
    }
}
