package org.zhibiao.job.faults;

import static org.assertj.core.api.Assertions.assertThat;
import static org.zhibiao.job.faults.FileReadingTest.assertReconciles;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.zhibiao.classify.IndicatorAssembler;
import org.zhibiao.classify.Taxonomy;
import org.zhibiao.csv.CsvTableReader;
import org.zhibiao.input.FileOutcome;
import org.zhibiao.input.InputFileFacts;
import org.zhibiao.input.ReportFile;
import org.zhibiao.input.TableFile;
import org.zhibiao.job.staging.MemoryStaging;
import org.zhibiao.model.Indicator;
import org.zhibiao.model.Kind;
import org.zhibiao.model.Qualifier;
import org.zhibiao.model.Rejection;
import org.zhibiao.model.Severity;
import org.zhibiao.model.Source;
import org.zhibiao.model.Status;

/**
 * Issue 13, defects 1 to 3: one stray byte lost a whole report, turned a CSV into mojibake, or failed every
 * PostgreSQL run. Each input is the sample with one byte put in by the test; what must hold is that the byte costs
 * its line (or row) with its true reason in 拒绝记录, every other row is as in the clean file, the counts
 * reconcile, and nothing the database or the workbook cannot hold is ever staged.
 */
class StrayBytesTest {

    static final Path REPORT = Path.of("src/test/resources/corpus/zhangdian-2021-achievements.md");
    static final Path TABLE = Path.of("src/test/resources/corpus/zhangdian-2021-indicators.csv");
    static final IndicatorAssembler ASSEMBLER = new IndicatorAssembler(Taxonomy.defaults());

    @TempDir
    Path temp;

    /** Defect 1: a NUL in the first 8 KB of an even-length UTF-8 report made it UTF-16: 0 indicators, "平衡". */
    @Test
    void oneNulByteInAReportCostsItsLineNotTheReport() throws Exception {
        byte[] clean = Files.readAllBytes(REPORT);
        int line = lineWithMostFigures(clean);
        byte[] damaged = insertAtLineStart(clean, line, (byte) 0);
        assertThat(damaged.length % 2).as("even length, as in the defect").isZero();

        FileOutcome plain = ReportFile.extract("report.md", clean, ASSEMBLER);
        FileOutcome outcome = ReportFile.extract("report.md", damaged, ASSEMBLER);

        assertThat(outcome.rejections()).singleElement().satisfies(r -> {
            assertThat(r.file()).isEqualTo("report.md");
            assertThat(r.line()).isEqualTo(line);
            assertThat(r.reason()).contains("第 " + line + " 行", "NUL");
            assertThat(r.reasonEn()).contains("NUL", "line " + line);
            assertThat(r.raw()).doesNotContain("\0");
        });
        assertThat(keys(outcome.indicators())).containsExactlyElementsOf(keys(withoutLine(plain.indicators(), line)));
        assertThat(plain.indicators().size() - outcome.indicators().size()).isPositive();
        assertReconciles(outcome.facts(), outcome.rejections());
        assertThat(outcome.facts().recordsRead()).isEqualTo(plain.facts().recordsRead());
    }

    /** Defect 2: one invalid byte in a UTF-8 CSV had the whole table decoded as GB18030 (garbled names). */
    @Test
    void oneInvalidByteInAUtf8TableCostsItsRowNotTheEncoding() throws Exception {
        byte[] clean = Files.readAllBytes(TABLE);
        int line = 3;
        byte[] damaged = insertAtLineStart(clean, line, (byte) 0xFF);
        Path input = Files.createDirectories(temp.resolve("input"));
        Files.write(input.resolve("clean.csv"), clean);
        Files.write(input.resolve("damaged.csv"), damaged);

        FileOutcome plain = TableFile.read(input, "clean.csv", new CsvTableReader(), r -> r, 1_000_000);
        FileOutcome outcome = TableFile.read(input, "damaged.csv", new CsvTableReader(), r -> r, 1_000_000);

        assertThat(outcome.rejections()).singleElement().satisfies(r -> {
            assertThat(r.line()).isEqualTo(line);
            assertThat(r.reason()).contains("第 " + line + " 行", "无效的 UTF-8");
            assertThat(r.reasonEn()).contains("invalid UTF-8", "line " + line);
        });
        assertThat(keys(outcome.indicators())).containsExactlyElementsOf(keys(withoutLine(plain.indicators(), line)));
        assertReconciles(outcome.facts(), outcome.rejections());
    }

    /**
     * Defect 3: a NUL in a CSV cell (UTF-8 or UTF-16) or in a rejected row's raw text reached the database, and
     * PostgreSQL refuses 0x00 in text, so the same command failed at every retry. The tables are read and staged
     * as the load step does; no staged text may hold NUL or anything XML cannot carry.
     */
    @Test
    void noNulOrXmlInvalidCharacterFromATableIsEverStaged() throws Exception {
        Path input = Files.createDirectories(temp.resolve("input"));
        String header = "地区,年份,板块,指标,数值,单位\n";
        Files.write(input.resolve("nul-cell.csv"), (header + "张店区,2021,产业基础,解决\0贷款,9650,万元\n"
                + "张店区,2021,产业基础,高层次人才,14,人\n").getBytes(StandardCharsets.UTF_8));
        Files.write(input.resolve("utf16.csv"), utf16le(header + "张店区,2021,改革开放,实际使用外资\0,6253,万美元\n"
                + "张店区,2021,产业基础,高层次人才,14,人\n"));
        Files.write(input.resolve("odd-chars.csv"), (header + "张店区,2021,产业基础,高层\uFFFE次人才\uFFFF,14,人\n"
                + "张店区,2021,产业基础,\"解决\0贷款,9650,万元\n").getBytes(StandardCharsets.UTF_8));
        MemoryStaging db = MemoryStaging.open("stray-bytes-" + System.nanoTime());

        for (String file : List.of("nul-cell.csv", "utf16.csv", "odd-chars.csv")) {
            FileOutcome outcome = TableFile.read(input, file, new CsvTableReader(), r -> r, 1_000_000);
            assertReconciles(outcome.facts(), outcome.rejections());
            assertThat(outcome.indicators()).as(file).isNotEmpty();
            db.staging().replaceFile(1, outcome.facts(), outcome.indicators(), outcome.rejections(), s -> 0);
        }

        assertThat(stagedText(db)).isNotEmpty().allSatisfy(StrayBytesTest::assertSafe);
        assertThat(db.jdbc().queryForList("SELECT raw FROM zb_rejection", String.class))
                .as("the rejected rows' raw text stays readable, the NUL shown as U+FFFD")
                .anySatisfy(raw -> assertThat(raw).contains("解决\uFFFD贷款"));
    }

    /** The staging layer cleans whatever reaches it, whatever the reader did: the one place, not each reader. */
    @Test
    void stagingCleansEveryTextWhateverItsOrigin() {
        MemoryStaging db = MemoryStaging.open("clean-text-" + System.nanoTime());
        String dirty = "a\0b\uFFFEc\uFFFFd\uD800e\u0001f\tg";
        Indicator row = new Indicator(0, dirty, 2021, dirty, dirty, java.math.BigDecimal.ONE, null, dirty, null,
                dirty, Kind.COUNT, Qualifier.EXACT, Status.ACTUAL, Source.CSV, dirty, "x.csv", 2, Severity.PASS, dirty);
        Rejection rejection = new Rejection("x.csv", 3, dirty, dirty, dirty);

        db.staging().replaceFile(1, new InputFileFacts("x.csv", "CSV", 10, "", 2, 1, 1, 0, 1), List.of(row),
                List.of(rejection), s -> 0);

        List<String> texts = stagedText(db);
        assertThat(texts).hasSizeGreaterThanOrEqualTo(10).allSatisfy(StrayBytesTest::assertSafe);
        assertThat(texts).contains("a\uFFFDb\uFFFDc\uFFFDd\uFFFDe\uFFFDf\tg");
    }

    private static void assertSafe(String text) {
        boolean unsafe = text.chars().anyMatch(c -> (c < 0x20 && c != '\t' && c != '\n' && c != '\r')
                || c == 0xFFFE || c == 0xFFFF || Character.isSurrogate((char) c));
        assertThat(unsafe).as("staged text %s holds NUL, a control or an XML-invalid character",
                text.replace("\0", "\\0")).isFalse();
    }

    /** Every text column of the staged rows. */
    private static List<String> stagedText(MemoryStaging db) {
        List<String> texts = new ArrayList<>();
        for (Map<String, Object> row : db.jdbc().queryForList("SELECT region, section, subject, unit, base_unit,"
                + " sentence, note FROM zb_indicator")) {
            row.values().stream().filter(v -> v != null).forEach(v -> texts.add(v.toString()));
        }
        for (Map<String, Object> row : db.jdbc().queryForList("SELECT raw, reason, reason_en FROM zb_rejection")) {
            row.values().stream().filter(v -> v != null).forEach(v -> texts.add(v.toString()));
        }
        return texts;
    }

    /** The line (1-based) of the file that gives the most indicators. */
    private static int lineWithMostFigures(byte[] report) {
        List<Indicator> rows = ReportFile.extract("report.md", report, ASSEMBLER).indicators();
        return rows.stream().collect(java.util.stream.Collectors.groupingBy(Indicator::line,
                java.util.stream.Collectors.counting())).entrySet().stream()
                .max(Map.Entry.comparingByValue()).orElseThrow().getKey();
    }

    static byte[] insertAtLineStart(byte[] bytes, int line, byte value) {
        int at = 0;
        for (int seen = 1; seen < line; at++) {
            if (bytes[at] == '\n') {
                seen++;
            }
        }
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        out.write(bytes, 0, at);
        out.write(value);
        out.write(bytes, at, bytes.length - at);
        return out.toByteArray();
    }

    private static List<Indicator> withoutLine(List<Indicator> rows, int line) {
        return rows.stream().filter(i -> i.line() != line).toList();
    }

    /** What a row says, apart from its id: the same figure of the same line under the same name. */
    static List<String> keys(List<Indicator> rows) {
        return rows.stream().map(i -> i.line() + "|" + i.region() + "|" + i.year() + "|" + i.section() + "|"
                + i.subject() + "|" + (i.value() == null ? "" : i.value().toPlainString()) + "|" + i.unit())
                .toList();
    }

    private static byte[] utf16le(String text) {
        byte[] body = text.getBytes(StandardCharsets.UTF_16LE);
        byte[] withBom = new byte[body.length + 2];
        withBom[0] = (byte) 0xFF;
        withBom[1] = (byte) 0xFE;
        System.arraycopy(body, 0, withBom, 2, body.length);
        return withBom;
    }
}
