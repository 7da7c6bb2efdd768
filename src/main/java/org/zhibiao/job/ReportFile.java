package org.zhibiao.job;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.zhibiao.classify.IndicatorAssembler;
import org.zhibiao.job.staging.InputFileFacts;
import org.zhibiao.model.Indicator;
import org.zhibiao.model.Rejection;
import org.zhibiao.text.Document;
import org.zhibiao.text.ReportParser;
import org.zhibiao.text.Sentence;
import org.zhibiao.text.TextDecoder;

/**
 * Reads one report file: decode, parse, extract, classify. A file that cannot be read becomes a rejection,
 * never a failed run. {@link FileGroupTasklet} validates and stages what this returns.
 *
 * <p>Records of a report are its lines: {@code records_read} = lines in the file = {@code written} (lines
 * handed to the parser) + {@code rejected} (lines that could not be decoded or are too long, or on which a
 * sentence over {@link #MAX_SENTENCE_CHARS} starts; each in 拒绝记录 with its line number) + {@code skipped}
 * (blank lines). A file that cannot be read at all (missing, too large,
 * empty, binary, unknown encoding) is one record, rejected, with line 0 in 拒绝记录.
 */
public final class ReportFile {

    private static final Logger log = LoggerFactory.getLogger(ReportFile.class);

    static final String KIND = "REPORT";

    /**
     * Longer sentences are refused before extraction. The longest sentence of the 13 corpus reports has 504
     * characters; ten times that is still prose, beyond it is a table or data without full stops.
     */
    public static final int MAX_SENTENCE_CHARS = 5_000;

    private ReportFile() {
    }

    /** Reads {@code file} of {@code inputDir} as it is now; never throws for anything the file holds. */
    public static FileOutcome read(Path inputDir, String file, IndicatorAssembler assembler, long maxFileBytes) {
        Optional<ListedFile.Refusal> refusal = ListedFile.check(inputDir, file, InputFolder.Kind.REPORT,
                maxFileBytes);
        if (refusal.isPresent()) {
            return rejected(file, refusal.get().bytes(), "", refusal.get().reason(), refusal.get().reasonEn());
        }
        Path path = InputFolder.resolve(inputDir, file);
        byte[] bytes;
        try {
            long size = Files.size(path);
            bytes = readAtMost(path, maxFileBytes);
            if (bytes == null) {
                return rejected(file, size, "", "文件过大（读取时仍在增长），上限 " + maxFileBytes + " 字节",
                        "file too large (grew while read), limit " + maxFileBytes + " bytes");
            }
        } catch (NoSuchFileException e) {
            return rejected(file, 0, "", "文件在列出后消失，未能读取", "file disappeared after listing");
        } catch (IOException e) {
            return rejected(file, 0, "", "无法读取文件：" + e, "cannot read file: " + e);
        }
        return extract(file, bytes, assembler);
    }

    /** Decodes, parses and assembles one report's bytes; never throws for anything the bytes hold. */
    public static FileOutcome extract(String file, byte[] bytes, IndicatorAssembler assembler) {
        String sha = FileDigest.sha256(bytes);
        TextDecoder.Reading reading;
        try {
            reading = TextDecoder.read(bytes, TextDecoder.MAX_LINE_CHARS);
        } catch (TextDecoder.NotTextException e) {
            return rejected(file, bytes.length, sha, e.getMessage(), e.reasonEn());
        }
        List<Rejection> rejections = new ArrayList<>();
        for (TextDecoder.RefusedLine line : reading.refused()) {
            rejections.add(new Rejection(file, line.line(), line.raw(), line.reason(), line.reasonEn()));
        }
        List<Indicator> indicators;
        int longLines;
        try {
            Document document = new ReportParser().parse(file, reading.text());
            Document kept = withoutOverlongSentences(document, rejections);
            longLines = rejections.size() - reading.refused().size();
            indicators = assembler.assemble(kept, null, null);
        } catch (RuntimeException | StackOverflowError e) {
            // A defect met on one odd file must not lose the other files of the night: keep it visible instead.
            log.error("extract of {} failed with an internal error", file, e);
            return rejected(file, bytes.length, sha, "内部错误，文件未能抽取：" + e,
                    "internal error, file not extracted: " + e);
        }
        if (!rejections.isEmpty()) {
            log.warn("report {}: {} of {} lines rejected (first: line {}: {})", file, rejections.size(),
                    reading.lines(), rejections.get(0).line(), rejections.get(0).reasonEn());
        }
        InputFileFacts facts = new InputFileFacts(file, KIND, bytes.length, sha, reading.lines(),
                reading.readableLines() - longLines, rejections.size(), reading.blankLines(), indicators.size());
        return new FileOutcome(facts, indicators, rejections);
    }

    /**
     * Drops the sentences longer than {@link #MAX_SENTENCE_CHARS}, and every sentence starting on the same line,
     * adding one rejection per such line. Finding and classifying quantities costs more than linear time in a
     * sentence's length (a 99,000-character run of "增长8%" took minutes), so one table flattened into a line
     * without full stops could hold up the whole night.
     */
    static Document withoutOverlongSentences(Document document, List<Rejection> rejections) {
        Map<Integer, Sentence> overlong = new TreeMap<>();
        for (Sentence sentence : document.sentences()) {
            if (sentence.text().length() > MAX_SENTENCE_CHARS) {
                overlong.putIfAbsent(sentence.line(), sentence);
            }
        }
        if (overlong.isEmpty()) {
            return document;
        }
        for (Sentence sentence : overlong.values()) {
            String text = sentence.text();
            rejections.add(new Rejection(document.file(), sentence.line(), text.substring(0, 200) + "…", "第 "
                    + sentence.line() + " 行的句子过长：" + text.length() + " 个字符，上限 " + MAX_SENTENCE_CHARS
                    + "（没有句号的长段，多为表格或数据），此行未抽取", "sentence on line " + sentence.line()
                    + " too long: " + text.length() + " characters, limit " + MAX_SENTENCE_CHARS
                    + " (a long run without full stops, usually a table or data), line not extracted"));
        }
        rejections.sort(Comparator.comparingLong(Rejection::line));
        List<Sentence> kept = document.sentences().stream()
                .filter(s -> !overlong.containsKey(s.line()))
                .toList();
        return new Document(document.file(), document.title(), kept);
    }

    private static FileOutcome rejected(String file, long bytes, String sha, String reason, String reasonEn) {
        log.warn("report {} rejected: {} / {}", file, reason, reasonEn);
        return new FileOutcome(new InputFileFacts(file, KIND, bytes, sha, 1, 0, 1, 0, 0), List.of(),
                List.of(new Rejection(file, 0, "", reason, reasonEn)));
    }

    /** The file's bytes, or null when it holds more than {@code max} (it may grow after its size was taken). */
    private static byte[] readAtMost(Path path, long max) throws IOException {
        try (InputStream in = Files.newInputStream(path)) {
            int cap = (int) Math.min(max, Integer.MAX_VALUE - 16);
            byte[] bytes = in.readNBytes(cap);
            return in.read() == -1 ? bytes : null;
        }
    }
}
