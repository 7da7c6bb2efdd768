package org.zhibiao.job.faults;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedWriter;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.zhibiao.classify.IndicatorAssembler;
import org.zhibiao.classify.Taxonomy;
import org.zhibiao.csv.CsvTableReader;
import org.zhibiao.input.FileOutcome;
import org.zhibiao.input.ReportFile;
import org.zhibiao.input.TableFile;

/**
 * Issue 13, defect 4: files under the size limit exhausted the heap and failed the night (a 50 MB single line at
 * -Xmx256m, 7 MB of 200,000 figures at -Xmx512m). Memory is bounded by design now, not by file size: the command
 * line runs as a child JVM at -Xmx256m over a folder holding a 45 MB one-line file and a 7 MB report of 200,000
 * figures beside the sample report and CSV; the run completes, both big files are cut or refused with a reason
 * in 拒绝记录, and the sample's rows are all there, as many as when read alone. The only slow test of the
 * catalogue (about a minute).
 */
class MemoryBoundsTest {

    private static final String RUN_DATE = "2021-12-31";
    private static final String REPORT = "zhangdian-2021-achievements.md";
    private static final String TABLE = "zhangdian-2021-indicators.csv";

    @TempDir
    Path temp;

    @Test
    void aFolderWithAHugeLineAndTwoHundredThousandFiguresCompletesAt256MbAndKeepsTheOtherFilesRows()
            throws Exception {
        Path input = Files.createDirectories(temp.resolve("input"));
        Path output = temp.resolve("output");
        Files.copy(Path.of("src/test/resources/corpus", REPORT), input.resolve(REPORT));
        Files.copy(Path.of("src/test/resources/corpus", TABLE), input.resolve(TABLE));
        writeOneLine(input.resolve("dump.txt"), 45_000_000);
        int figures = writeFigures(input.resolve("figures.md"), 200_000);
        assertThat(Files.size(input.resolve("figures.md"))).isBetween(6_000_000L, 8_000_000L);
        assertThat(figures).isEqualTo(200_000);

        Process child = startChild(temp.resolve("child.log"), "--input-dir=" + input, "--output-dir=" + output,
                "--run-date=" + RUN_DATE);
        boolean ended = child.waitFor(240, TimeUnit.SECONDS);
        if (!ended) {
            child.destroyForcibly();
        }
        String log = Files.readString(temp.resolve("child.log"));
        assertThat(ended).as("the run ended within 4 minutes:\n%s", tail(log)).isTrue();
        assertThat(child.exitValue()).as("exit code, log:\n%s", tail(log)).isZero();
        assertThat(log).doesNotContain("OutOfMemoryError");
        assertThat(output.resolve("indicators-" + RUN_DATE + ".xlsx")).isRegularFile();

        Map<String, List<String>> files = staged(output);
        IndicatorAssembler assembler = new IndicatorAssembler(Taxonomy.defaults());
        FileOutcome report = ReportFile.read(input, REPORT, assembler, Long.MAX_VALUE);
        FileOutcome table = TableFile.read(input, TABLE, new CsvTableReader(), r -> r, Long.MAX_VALUE);
        assertThat(files.get(REPORT)).as("the sample report, as read alone")
                .containsExactly(String.valueOf(report.indicators().size()), "0");
        assertThat(files.get(TABLE)).as("the sample CSV, as read alone")
                .containsExactly(String.valueOf(table.indicators().size()), "0");
        assertThat(report.indicators()).hasSizeGreaterThan(50);

        assertThat(Cli.query(Cli.stateUrl(output), "sa", "SELECT reason FROM zb_rejection WHERE file = 'dump.txt'"))
                .singleElement().satisfies(row -> assertThat(row.get(0)).contains("第 1 行过长", "15000000 个字符"));
        List<List<String>> cut = Cli.query(Cli.stateUrl(output), "sa",
                "SELECT reason, reason_en FROM zb_rejection WHERE file = 'figures.md'");
        assertThat(cut).as("the figures file is cut with a marker naming the setting that raises the limit")
                .anySatisfy(row -> {
                    assertThat(row.get(0)).contains("zhibiao.max-indicators-per-file");
                    assertThat(row.get(1)).contains("zhibiao.max-indicators-per-file");
                });
        assertThat(Cli.query(Cli.stateUrl(output), "sa", "SELECT COUNT(*) FROM zb_input_file"
                + " WHERE records_read <> written + rejected + skipped")).containsExactly(List.of("0"));
    }

    /** indicators and rejections staged per file. */
    private static Map<String, List<String>> staged(Path output) throws Exception {
        Map<String, List<String>> byFile = new TreeMap<>();
        for (List<String> row : Cli.query(Cli.stateUrl(output), "sa", "SELECT f.file,"
                + " (SELECT COUNT(*) FROM zb_indicator i WHERE i.file = f.file),"
                + " (SELECT COUNT(*) FROM zb_rejection r WHERE r.file = f.file) FROM zb_input_file f")) {
            byFile.put(row.get(0), row.subList(1, 3));
        }
        return byFile;
    }

    private static void writeOneLine(Path file, int bytes) throws IOException {
        byte[] chunk = "张店区".repeat(10_000).getBytes(StandardCharsets.UTF_8);
        try (var out = Files.newOutputStream(file)) {
            for (int written = 0; written < bytes; written += chunk.length) {
                out.write(chunk, 0, Math.min(chunk.length, bytes - written));
            }
        }
    }

    /** Lines of ten figures each, as a statistics appendix pasted into a report would give. */
    private static int writeFigures(Path file, int figures) throws IOException {
        Random random = new Random(13);
        int n = 0;
        try (BufferedWriter out = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
            out.write("# 张店区2021年项目统计\n\n");
            while (n < figures) {
                List<String> parts = new ArrayList<>();
                for (int k = 0; k < 10; k++, n++) {
                    parts.add("项目" + n + "投资" + (1 + random.nextInt(99_999)) + "万元");
                }
                out.write(String.join("，", parts) + "。\n");
            }
        }
        return n;
    }

    private static Process startChild(Path log, String... args) throws IOException {
        List<String> command = new ArrayList<>(List.of(ProcessHandle.current().info().command().orElse("java"),
                "-Xmx256m", "-XX:TieredStopAtLevel=1", "-Dfile.encoding=UTF-8", "-cp",
                System.getProperty("java.class.path"), "org.zhibiao.launch.ZhibiaoApplication"));
        command.addAll(List.of(args));
        return new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(log.toFile()).start();
    }

    private static String tail(String log) {
        return log.length() <= 4000 ? log : log.substring(log.length() - 4000);
    }
}
