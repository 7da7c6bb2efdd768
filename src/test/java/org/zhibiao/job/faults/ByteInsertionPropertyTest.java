package org.zhibiao.job.faults;

import static org.assertj.core.api.Assertions.assertThat;
import static org.zhibiao.job.faults.FileReadingTest.assertReconciles;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Function;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import org.zhibiao.csv.CsvTableReader;
import org.zhibiao.input.FileOutcome;
import org.zhibiao.input.ReportFile;
import org.zhibiao.input.TableFile;
import org.zhibiao.model.Indicator;

/**
 * Issue 13: any single byte inserted anywhere into the sample report, or into a data row of the sample CSV, loses
 * at most the line (or row) it lands in: every figure of every other line is still there, on its line (shifted by
 * one when the byte is a line end), at most the landing line is rejected, and read = written + rejected + skipped.
 * A figure's other columns (section, source) may change when the byte makes a heading or breaks the highlight box;
 * the figure itself may not go.
 */
class ByteInsertionPropertyTest {

    private static final byte[] REPORT = bytes(StrayBytesTest.REPORT);
    private static final byte[] TABLE = bytes(StrayBytesTest.TABLE);
    private static final List<Indicator> REPORT_ROWS = readReport(REPORT).indicators();
    private static final List<Indicator> TABLE_ROWS = readTable(TABLE).indicators();

    @Property(tries = 250)
    void aByteInsertedIntoTheReportLosesAtMostItsLine(@ForAll @IntRange(min = 0, max = 1 << 20) int where,
            @ForAll byte value) {
        int at = where % (REPORT.length + 1);
        checkInsertion(REPORT, REPORT_ROWS, at, value, ByteInsertionPropertyTest::readReport);
    }

    @Property(tries = 400)
    void aByteInsertedIntoARowOfTheTableLosesAtMostThatRow(@ForAll @IntRange(min = 0, max = 1 << 20) int where,
            @ForAll byte value) {
        // The header names the columns: a byte there may cost every row (each then rejected with its reason).
        int headerEnd = indexOf(TABLE, (byte) '\n') + 1;
        int at = headerEnd + where % (TABLE.length - headerEnd + 1);
        checkInsertion(TABLE, TABLE_ROWS, at, value, ByteInsertionPropertyTest::readTable);
    }

    @Property(tries = 60)
    void aByteInsertedIntoTheTableHeaderLosesNothingSilently(@ForAll @IntRange(min = 0, max = 1 << 20) int where,
            @ForAll byte value) {
        int headerEnd = indexOf(TABLE, (byte) '\n') + 1;
        FileOutcome outcome = readTable(insert(TABLE, where % headerEnd, value));
        assertReconciles(outcome.facts(), outcome.rejections());
        assertThat(outcome.rejections()).allSatisfy(r -> assertThat(r.reason()).isNotBlank());
    }

    private static void checkInsertion(byte[] clean, List<Indicator> cleanRows, int at, byte value,
            Function<byte[], FileOutcome> reader) {
        byte[] damaged = insert(clean, at, value);
        int landing = lineOf(damaged, at);
        int shift = lineCount(damaged) - lineCount(clean);
        FileOutcome outcome = reader.apply(damaged);

        assertReconciles(outcome.facts(), outcome.rejections());
        Set<Integer> lost = new TreeSet<>(List.of(landing, landing + shift));
        assertThat(outcome.rejections()).as("byte %s at %s (line %s)", value, at, landing)
                .allSatisfy(r -> assertThat((int) r.line()).isIn(lost));
        List<String> expected = new ArrayList<>();
        String landingStart = lineStart(clean, landing);
        for (Indicator row : cleanRows) {
            // A sentence that runs on into the landing line (a paragraph broken across lines) is that line's too.
            boolean runsIntoLanding = row.line() < landing && !landingStart.isEmpty()
                    && row.sentence().contains(landingStart);
            if (row.line() != landing && !runsIntoLanding) {
                expected.add(key(row.line() > landing ? row.line() + shift : row.line(), row));
            }
        }
        List<String> kept = outcome.indicators().stream().map(row -> key(row.line(), row)).toList();
        assertThat(kept).as("byte %s at %s (line %s, lines lost at most %s)", value, at, landing, lost)
                .containsAll(expected);
    }

    /** The first characters of a line of the clean file, without markup and spaces: how a sentence running on
     * into it would hold it. */
    private static String lineStart(byte[] clean, int line) {
        String[] lines = new String(clean, java.nio.charset.StandardCharsets.UTF_8).split("\r?\n|\r", -1);
        if (line > lines.length) {
            return "";
        }
        String text = lines[line - 1].replaceAll("[\\s*#_]", "");
        return text.length() < 4 ? "" : text.substring(0, 4);
    }

    private static String key(int line, Indicator row) {
        return line + "|" + (row.value() == null ? "" : row.value().stripTrailingZeros().toPlainString()) + "|"
                + row.unit();
    }

    private static FileOutcome readReport(byte[] bytes) {
        return ReportFile.extract("report.md", bytes, StrayBytesTest.ASSEMBLER);
    }

    private static FileOutcome readTable(byte[] bytes) {
        try {
            Path dir = Files.createTempDirectory("byte-insertion");
            try {
                Files.write(dir.resolve("table.csv"), bytes);
                return TableFile.read(dir, "table.csv", new CsvTableReader(), r -> r, 1_000_000);
            } finally {
                Files.deleteIfExists(dir.resolve("table.csv"));
                Files.delete(dir);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The 1-based line of the byte at {@code at}, as the readers count lines (CRLF, LF or a lone CR end one). */
    private static int lineOf(byte[] bytes, int at) {
        return lineEnds(bytes, at) + 1;
    }

    private static int lineCount(byte[] bytes) {
        return lineEnds(bytes, bytes.length);
    }

    private static int lineEnds(byte[] bytes, int before) {
        int ends = 0;
        for (int i = 0; i < before; i++) {
            if (bytes[i] == '\n' || (bytes[i] == '\r' && (i + 1 >= bytes.length || bytes[i + 1] != '\n'))) {
                ends++;
            }
        }
        return ends;
    }

    private static byte[] insert(byte[] bytes, int at, byte value) {
        ByteArrayOutputStream out = new ByteArrayOutputStream(bytes.length + 1);
        out.write(bytes, 0, at);
        out.write(value);
        out.write(bytes, at, bytes.length - at);
        return out.toByteArray();
    }

    private static int indexOf(byte[] bytes, byte value) {
        for (int i = 0; i < bytes.length; i++) {
            if (bytes[i] == value) {
                return i;
            }
        }
        return -1;
    }

    private static byte[] bytes(Path file) {
        try {
            return Files.readAllBytes(file);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
