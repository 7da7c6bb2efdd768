package org.zhibiao.input;


import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.zhibiao.classify.IndicatorAssembler;
import org.zhibiao.input.InputFileFacts;
import org.zhibiao.model.Indicator;
import org.zhibiao.model.Rejection;
import org.zhibiao.text.Document;
import org.zhibiao.text.ReportParser;
import org.zhibiao.text.Sentence;
import org.zhibiao.text.TextDecoder;

/**
 * Reads one report file: decode, parse, extract, classify. A file that cannot be read becomes a rejection,
 * never a failed run. The extract step validates and stages what this returns.
 *
 * <p>Records of a report are its lines: {@code records_read} = lines in the file = {@code written} (lines
 * handed to the parser) + {@code rejected} (lines that could not be decoded or are too long, or on which a
 * sentence over {@link #MAX_SENTENCE_CHARS} starts; each in 拒绝记录 with its line number) + {@code skipped}
 * (blank lines). A file that cannot be read at all (missing, too large,
 * empty, binary, unknown encoding) is one record, rejected, with line 0 in 拒绝记录. A file cut at
 * {@link Limits#maxIndicators()} counts its unread rest as one record, rejected with a marker row.
 */
public final class ReportFile {

    private static final Logger log = LoggerFactory.getLogger(ReportFile.class);

    public static final String KIND = "REPORT";

    /**
     * Longer sentences are refused before extraction. The longest sentence of the 13 corpus reports has 504
     * characters; ten times that is still prose, beyond it is a table or data without full stops.
     */
    public static final int MAX_SENTENCE_CHARS = 5_000;

    /**
     * What one file may cost, so that memory is bounded by these and not by the file (zhibiao.* settings,
     * docs/configuration.md).
     *
     * @param maxFileBytes     larger files are refused unread
     * @param maxLineChars     longer lines are refused, counted in slices and never held whole
     * @param maxSentenceChars longer sentences are refused before extraction
     * @param maxIndicators    a file that gives more is cut before the line that would exceed it, with a marker
     *                         row in 拒绝记录; the corpus's richest report gives 461, a statistical yearbook
     *                         pasted as text a few thousand. Each row costs about 1 KB of heap until staged, and
     *                         extracting one about a millisecond
     */
    public record Limits(long maxFileBytes, int maxLineChars, int maxSentenceChars, int maxIndicators) {

        public static final Limits DEFAULT = new Limits(50L * 1024 * 1024, TextDecoder.MAX_LINE_CHARS,
                MAX_SENTENCE_CHARS, 20_000);

        public Limits withMaxFileBytes(long bytes) {
            return new Limits(bytes, maxLineChars, maxSentenceChars, maxIndicators);
        }
    }

    private ReportFile() {
    }

    /** Reads {@code file} of {@code inputDir} as it is now; never throws for anything the file holds. */
    public static FileOutcome read(Path inputDir, String file, IndicatorAssembler assembler, long maxFileBytes) {
        return read(inputDir, file, assembler, Limits.DEFAULT.withMaxFileBytes(maxFileBytes));
    }

    /** As {@link #read(Path, String, IndicatorAssembler, long)}, within {@code limits}. */
    public static FileOutcome read(Path inputDir, String file, IndicatorAssembler assembler, Limits limits) {
        long maxFileBytes = limits.maxFileBytes();
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
        return extract(file, bytes, assembler, limits);
    }

    /** Decodes, parses and assembles one report's bytes; never throws for anything the bytes hold. */
    public static FileOutcome extract(String file, byte[] bytes, IndicatorAssembler assembler) {
        return extract(file, bytes, assembler, Limits.DEFAULT);
    }

    /** As {@link #extract(String, byte[], IndicatorAssembler)}, within {@code limits}. */
    public static FileOutcome extract(String file, byte[] bytes, IndicatorAssembler assembler, Limits limits) {
        String sha = FileDigest.sha256(bytes);
        TextDecoder.Reading reading;
        try {
            reading = TextDecoder.read(bytes, limits.maxLineChars());
        } catch (TextDecoder.NotTextException e) {
            return rejected(file, bytes.length, sha, e.getMessage(), e.reasonEn());
        }
        List<Rejection> rejections = new ArrayList<>();
        for (TextDecoder.RefusedLine line : reading.refused()) {
            rejections.add(new Rejection(file, line.line(), line.raw(), line.reason(), line.reasonEn()));
        }
        List<Indicator> indicators;
        int longLines;
        int cutLine;
        try {
            Document document = new ReportParser().parse(file, reading.text());
            Document kept = withoutOverlongSentences(document, rejections, limits.maxSentenceChars());
            longLines = rejections.size() - reading.refused().size();
            IndicatorAssembler.Assembled assembled = assembler.assemble(kept, null, null, limits.maxIndicators());
            indicators = assembled.rows();
            cutLine = assembled.cutLine();
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
        long read = reading.lines();
        long written = reading.readableLines() - longLines;
        if (cutLine > 0) {
            // The unread rest is one record, rejected with a marker: read = written + rejected + skipped holds.
            int unread = readableFrom(reading.text(), cutLine, rejections);
            rejections.add(cutMarker(file, cutLine, unread, reading.lines(), indicators.size(), limits));
            rejections.sort(Comparator.comparingLong(Rejection::line));
            read = read - unread + 1;
            written -= unread;
        }
        InputFileFacts facts = new InputFileFacts(file, KIND, bytes.length, sha, read, written, rejections.size(),
                reading.blankLines(), indicators.size());
        return new FileOutcome(facts, indicators, rejections);
    }

    /** Lines from {@code line} on that were handed to the parser: neither blank nor already rejected. */
    private static int readableFrom(String text, int line, List<Rejection> rejections) {
        Set<Long> rejected = new HashSet<>();
        rejections.forEach(r -> rejected.add(r.line()));
        int count = 0;
        int number = 1;
        int start = 0;
        while (start <= text.length()) {
            int end = text.indexOf('\n', start);
            end = end < 0 ? text.length() : end;
            if (number >= line && !rejected.contains((long) number) && !text.substring(start, end).isBlank()) {
                count++;
            }
            number++;
            start = end + 1;
        }
        return count;
    }

    private static Rejection cutMarker(String file, int line, int unread, int lines, int kept, Limits limits) {
        String setting = "zhibiao.max-indicators-per-file";
        int raise = limits.maxIndicators() * 4;
        log.warn("report {} cut at line {}: more than {} indicators ({}); {} lines not read", file, line,
                limits.maxIndicators(), setting, unread);
        return new Rejection(file, line, "", "第 " + line + " 行起未读（共 " + lines + " 行，其中 " + unread
                + " 行有内容）：本文件的指标超过每个文件 " + limits.maxIndicators() + " 个的上限（" + setting + "），已写入前 "
                + kept + " 个。如需读取全部，请提高上限后以 --rerun 重新运行，如加上 --" + setting + "=" + raise,
                "not read from line " + line + " on (of " + lines + " lines, " + unread + " with text): the file gives"
                        + " more than " + limits.maxIndicators() + " indicators, the limit per file (" + setting
                        + "); the first " + kept + " were written. To read it all, raise the limit and run again with"
                        + " --rerun, e.g. add --" + setting + "=" + raise);
    }

    /**
     * Drops the sentences longer than {@link #MAX_SENTENCE_CHARS}, and every sentence starting on the same line,
     * adding one rejection per such line. Finding and classifying quantities costs more than linear time in a
     * sentence's length (a 99,000-character run of "增长8%" took minutes), so one table flattened into a line
     * without full stops could hold up the whole night.
     */
    static Document withoutOverlongSentences(Document document, List<Rejection> rejections) {
        return withoutOverlongSentences(document, rejections, MAX_SENTENCE_CHARS);
    }

    static Document withoutOverlongSentences(Document document, List<Rejection> rejections, int maxSentenceChars) {
        Map<Integer, Sentence> overlong = new TreeMap<>();
        for (Sentence sentence : document.sentences()) {
            if (sentence.text().length() > maxSentenceChars) {
                overlong.putIfAbsent(sentence.line(), sentence);
            }
        }
        if (overlong.isEmpty()) {
            return document;
        }
        for (Sentence sentence : overlong.values()) {
            String text = sentence.text();
            rejections.add(new Rejection(document.file(), sentence.line(), text.substring(0, Math.min(200, text.length())) + "…", "第 "
                    + sentence.line() + " 行的句子过长：" + text.length() + " 个字符，上限 " + maxSentenceChars
                    + "（没有句号的长段，多为表格或数据），此行未抽取", "sentence on line " + sentence.line()
                    + " too long: " + text.length() + " characters, limit " + maxSentenceChars
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
