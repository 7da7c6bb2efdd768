package org.zhibiao.job.faults;

import static org.assertj.core.api.Assertions.assertThat;
import static org.zhibiao.job.faults.FileReadingTest.assertReconciles;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.zhibiao.csv.CsvTableReader;
import org.zhibiao.input.FileOutcome;
import org.zhibiao.input.ReportFile;
import org.zhibiao.input.TableFile;
import org.zhibiao.model.Indicator;
import org.zhibiao.model.Rejection;

/**
 * zhibiao.max-indicators-per-file (issue 13): a file that gives more figures is cut between two lines; the figures
 * before the cut are those of the uncut file, the rest is one record rejected with a marker that says how much was
 * not written and which setting raises the limit, and the counts still reconcile.
 */
class FileLimitsTest {

    @TempDir
    Path temp;

    @ParameterizedTest(name = "report cut at {0} figures")
    @CsvSource({"1", "10", "30", "78"})
    void aReportOverTheLimitIsCutBetweenLinesWithAMarker(int limit) throws Exception {
        byte[] bytes = Files.readAllBytes(StrayBytesTest.REPORT);
        FileOutcome whole = ReportFile.extract("report.md", bytes, StrayBytesTest.ASSEMBLER);
        ReportFile.Limits limits = new ReportFile.Limits(1_000_000, 100_000, 5_000, limit);

        FileOutcome cut = ReportFile.extract("report.md", bytes, StrayBytesTest.ASSEMBLER, limits);

        Rejection marker = marker(cut.rejections());
        assertThat(cut.indicators()).hasSizeLessThanOrEqualTo(limit);
        assertThat(StrayBytesTest.keys(cut.indicators())).containsExactlyElementsOf(StrayBytesTest.keys(
                whole.indicators().stream().filter(i -> i.line() < marker.line()).toList()));
        assertThat(whole.indicators().stream().filter(i -> i.line() <= marker.line()).count())
                .as("the cut line's figures would exceed the limit").isGreaterThan(limit);
        assertThat(marker.reason()).contains("第 " + marker.line() + " 行起未读", "上限",
                "--zhibiao.max-indicators-per-file=" + limit * 4);
        assertThat(marker.reasonEn()).contains("not read from line " + marker.line(), "limit per file");
        assertReconciles(cut.facts(), cut.rejections());
        assertThat(cut.facts().indicators()).isEqualTo(cut.indicators().size());
    }

    @ParameterizedTest(name = "table cut at {0} rows")
    @CsvSource({"1", "4", "8"})
    void aTableOverTheLimitIsCutBetweenRowsWithAMarker(int limit) throws Exception {
        Path input = Files.createDirectories(temp.resolve("input"));
        Files.copy(StrayBytesTest.TABLE, input.resolve("table.csv"));
        FileOutcome whole = TableFile.read(input, "table.csv", new CsvTableReader(), r -> r, 1_000_000);
        ReportFile.Limits limits = new ReportFile.Limits(1_000_000, 100_000, 5_000, limit);

        FileOutcome cut = TableFile.read(input, "table.csv", new CsvTableReader(), r -> r, limits);

        Rejection marker = marker(cut.rejections());
        List<Indicator> before = whole.indicators().stream().filter(i -> i.line() < marker.line()).toList();
        assertThat(StrayBytesTest.keys(cut.indicators())).containsExactlyElementsOf(StrayBytesTest.keys(before));
        assertThat(cut.indicators()).hasSize(limit);
        assertThat(marker.reason()).contains((whole.indicators().size() - limit) + " 个数值未写入",
                "zhibiao.max-indicators-per-file");
        assertReconciles(cut.facts(), cut.rejections());
    }

    private static Rejection marker(List<Rejection> rejections) {
        return rejections.stream().filter(r -> r.reasonEn().contains("zhibiao.max-indicators-per-file"))
                .findFirst().orElseThrow(() -> new AssertionError("no marker row in " + rejections));
    }
}
