package org.zhibiao.job.faults;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.Size;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.zhibiao.classify.IndicatorAssembler;
import org.zhibiao.classify.Taxonomy;
import org.zhibiao.csv.CsvTableReader;
import org.zhibiao.input.FileOutcome;
import org.zhibiao.input.InputFileFacts;
import org.zhibiao.input.ReportFile;
import org.zhibiao.input.TableFile;
import org.zhibiao.model.Rejection;

/**
 * The report entry of the pipeline (decode, parse, assemble) on files that vanish and on arbitrary bytes:
 * a file's problem is always a rejection with a reason, and its counts always reconcile.
 */
class FileReadingTest {

    static final Path SAMPLE = Path.of("src/test/resources/corpus/zhangdian-2021-achievements.md");
    static final IndicatorAssembler ASSEMBLER = new IndicatorAssembler(Taxonomy.defaults());

    @TempDir
    Path temp;

    @Test
    void aReportThatDisappearsAfterListingIsRejectedNotFailed() throws Exception {
        // What the partitioner listed is gone when the worker reads it.
        Path input = Files.createDirectories(temp.resolve("input"));
        Files.copy(SAMPLE, input.resolve("report.md"));
        Files.delete(input.resolve("report.md"));

        FileOutcome outcome = ReportFile.read(input, "report.md", ASSEMBLER, 1_000_000);

        assertThat(outcome.indicators()).isEmpty();
        assertThat(outcome.rejections()).singleElement().satisfies(r -> {
            assertThat(r.file()).isEqualTo("report.md");
            assertThat(r.line()).isZero();
            assertThat(r.reason()).contains("文件在列出后消失");
            assertThat(r.reasonEn()).contains("file disappeared");
        });
        assertReconciles(outcome.facts(), outcome.rejections());
    }

    @Test
    void aTableThatDisappearsAfterListingIsRejectedNotFailed() throws Exception {
        Path input = Files.createDirectories(temp.resolve("input"));

        FileOutcome outcome = TableFile.read(input, "gone.csv", new CsvTableReader(), r -> r,
                1_000_000);

        assertThat(outcome.rejections()).singleElement().satisfies(r -> {
            assertThat(r.reason()).contains("文件在列出后消失");
            assertThat(r.reasonEn()).contains("file disappeared");
        });
        assertReconciles(outcome.facts(), outcome.rejections());
    }

    @Test
    void aFileOverTheLimitIsRejectedNamingSizeAndLimit() throws Exception {
        Path input = Files.createDirectories(temp.resolve("input"));
        Files.copy(SAMPLE, input.resolve("report.md"));
        long size = Files.size(input.resolve("report.md"));

        FileOutcome outcome = ReportFile.read(input, "report.md", ASSEMBLER, 1000);

        assertThat(outcome.rejections()).singleElement().satisfies(r -> {
            assertThat(r.reason()).contains("文件过大", size + " 字节", "上限 1000 字节");
            assertThat(r.reasonEn()).contains("file too large", size + " bytes", "limit 1000 bytes");
        });
        assertThat(outcome.facts().bytes()).isEqualTo(size);
    }

    @Test
    void aTableOverTheLimitIsRejectedNamingSizeAndLimit() throws Exception {
        Path input = Files.createDirectories(temp.resolve("input"));
        Path table = Files.copy(Path.of("input", "zhangdian-2021-indicators.csv"), input.resolve("t.csv"));
        long size = Files.size(table);

        FileOutcome outcome = TableFile.read(input, "t.csv", new CsvTableReader(), r -> r, 100);

        assertThat(outcome.rejections()).singleElement().satisfies(r -> {
            assertThat(r.reason()).contains("文件过大", size + " 字节", "上限 100 字节");
            assertThat(r.reasonEn()).contains("file too large", size + " bytes", "limit 100 bytes");
        });
        assertReconciles(outcome.facts(), outcome.rejections());
    }

    @Test
    void theSampleReadsWithLineCountsThatReconcile() throws Exception {
        byte[] bytes = Files.readAllBytes(SAMPLE);
        List<String> lines = Files.readAllLines(SAMPLE);

        FileOutcome outcome = ReportFile.extract("sample.md", bytes, ASSEMBLER);

        assertThat(outcome.rejections()).isEmpty();
        assertThat(outcome.indicators()).isNotEmpty();
        assertThat(outcome.facts().recordsRead()).isEqualTo(lines.size());
        assertThat(outcome.facts().skipped()).isEqualTo(lines.stream().filter(String::isBlank).count());
        assertThat(outcome.facts().indicators()).isEqualTo(outcome.indicators().size());
        assertReconciles(outcome.facts(), outcome.rejections());
    }

    @Test
    void anOverlongSentenceIsRejectedByLineAndTheRestIsExtracted() throws Exception {
        String sample = Files.readString(SAMPLE);
        int line = Files.readAllLines(SAMPLE).size() + 1;
        byte[] bytes = (sample + "\n" + "增长8%".repeat(2000) + "\n").getBytes(java.nio.charset.StandardCharsets.UTF_8);

        FileOutcome outcome = ReportFile.extract("long.md", bytes, ASSEMBLER);
        FileOutcome plain = ReportFile.extract("plain.md", Files.readAllBytes(SAMPLE),
                ASSEMBLER);

        assertThat(outcome.rejections()).singleElement().satisfies(r -> {
            assertThat(r.line()).isEqualTo(line);
            assertThat(r.reason()).contains("句子过长", "8000 个字符", "上限 " + ReportFile.MAX_SENTENCE_CHARS);
            assertThat(r.reasonEn()).contains("too long: 8000 characters");
            assertThat(r.raw()).startsWith("增长8%").hasSizeLessThan(300);
        });
        assertThat(outcome.indicators()).hasSameSizeAs(plain.indicators());
        assertThat(outcome.facts().written()).isEqualTo(plain.facts().written());
        assertThat(outcome.facts().recordsRead()).isEqualTo(plain.facts().recordsRead() + 1);
        assertReconciles(outcome.facts(), outcome.rejections());
    }

    @Property(tries = 200)
    void arbitraryBytesNeverEscapeAndAlwaysReconcile(@ForAll @Size(max = 2000) byte[] bytes) {
        checkOutcome(ReportFile.extract("random.txt", bytes, ASSEMBLER), bytes);
    }

    @Property(tries = 200)
    void aDamagedSampleNeverEscapesAndAlwaysReconciles(@ForAll("damagedSample") byte[] bytes) {
        checkOutcome(ReportFile.extract("damaged.md", bytes, ASSEMBLER), bytes);
    }

    /** The sample report with a few bytes overwritten at random places (real text, realistic damage). */
    @Provide
    Arbitrary<byte[]> damagedSample() throws Exception {
        byte[] sample = Files.readAllBytes(SAMPLE);
        Arbitrary<Integer> position = Arbitraries.integers().between(0, sample.length - 1);
        Arbitrary<Byte> value = Arbitraries.bytes();
        return position.list().ofMaxSize(8).flatMap(positions -> value.list().ofSize(positions.size())
                .map(values -> {
                    byte[] copy = sample.clone();
                    for (int i = 0; i < positions.size(); i++) {
                        copy[positions.get(i)] = values.get(i);
                    }
                    return copy;
                }));
    }

    private static void checkOutcome(FileOutcome outcome, byte[] bytes) {
        assertReconciles(outcome.facts(), outcome.rejections());
        assertThat(outcome.facts().bytes()).isEqualTo(bytes.length);
        assertThat(outcome.rejections()).allSatisfy(r -> {
            // An internal error would mean the parser or the assembler threw on this input: a defect to fix.
            assertThat(r.reasonEn()).doesNotContain("internal error");
            assertThat(r.reason()).isNotBlank();
            assertThat(r.reasonEn()).isNotBlank();
            assertThat(r.line()).isBetween(0L, Math.max(1, outcome.facts().recordsRead()));
        });
        assertThat(outcome.indicators()).allSatisfy(i -> assertThat(i.file()).isEqualTo(outcome.facts().file()));
    }

    static void assertReconciles(InputFileFacts facts, List<Rejection> rejections) {
        assertThat(facts.recordsRead()).as("read = written + rejected + skipped")
                .isEqualTo(facts.written() + facts.rejected() + facts.skipped());
        assertThat(facts.rejected()).as("one 拒绝记录 row per rejected record").isEqualTo(rejections.size());
    }

}
