package org.zhibiao.text;

import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.Charset;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * Decodes text bytes whose encoding nobody declared. The encoding is decided per file on evidence, never on one
 * byte: a BOM wins (UTF-8, UTF-16LE/BE); UTF-16 without a BOM needs a consistent pattern of NUL bytes on one side
 * of the byte pairs and a clean decoding into readable text; otherwise UTF-8, unless most lines with non-ASCII
 * bytes are not UTF-8 and GB18030 (a superset of GBK and GB2312, the usual encoding of Chinese government files)
 * reads them. A NUL or an invalid sequence in an otherwise valid file costs its line, never the file.
 *
 * <p>{@link #read} works line by line, on the bytes (0x0A and 0x0D never occur inside a UTF-8 or GB18030
 * character), so memory stays the file's bytes plus the text of its readable lines: a line over the limit is
 * counted and refused in slices of {@value #SLICE_CHARS} characters, never decoded whole.
 */
public final class TextDecoder {

    public static final Charset GB18030 = Charset.forName("GB18030");

    /**
     * Longer lines are refused. The longest paragraph in the corpus is about 3,000 characters; a line a
     * hundred times longer is a dump (base64, minified data), not prose, and would only become a cell that
     * Excel truncates at 32,767 characters.
     */
    public static final int MAX_LINE_CHARS = 100_000;

    /** How much of a refused line is kept in 拒绝记录 (the raw column). */
    static final int RAW_KEPT = 200;

    /** Decoding works in slices of this many characters: a long line is never held whole to be refused. */
    static final int SLICE_CHARS = 8192;

    /** Bytes looked at to tell UTF-16 without a BOM and binary content from text. */
    private static final int SAMPLE_BYTES = 8192;

    private TextDecoder() {
    }

    /** The decoded text and the encoding it was read as. */
    public record Decoded(String text, Charset charset, boolean bom) {
    }

    /**
     * A report read line by line.
     *
     * @param text       the lines joined by {@code \n} (CRLF and lone CR normalized), refused lines left empty
     * @param lines      lines in the file (a final line end does not start another line)
     * @param blankLines lines holding only white space
     * @param refused    lines that could not be read, in order
     */
    public record Reading(String text, Charset charset, boolean bom, int lines, int blankLines,
            List<RefusedLine> refused) {

        public Reading {
            refused = List.copyOf(refused);
        }

        /** Lines handed on to the parser: neither blank nor refused. */
        public int readableLines() {
            return lines - blankLines - refused.size();
        }
    }

    /** One line that could not be read; {@code line} is 1-based, {@code raw} its start as far as decodable. */
    public record RefusedLine(int line, String raw, String reason, String reasonEn) {
    }

    /** Thrown when the bytes are not text; the messages are for the 拒绝记录 sheet. */
    public static final class NotTextException extends Exception {
        private final String reasonEn;

        NotTextException(String reason, String reasonEn) {
            super(reason);
            this.reasonEn = reasonEn;
        }

        public String reasonEn() {
            return reasonEn;
        }
    }

    /** Decodes the whole text strictly: any undecodable byte refuses the file. */
    public static Decoded decode(byte[] bytes) throws NotTextException {
        Reading reading = read(bytes, Integer.MAX_VALUE);
        if (!reading.refused().isEmpty()) {
            RefusedLine first = reading.refused().get(0);
            throw new NotTextException(first.reason(), first.reasonEn());
        }
        return new Decoded(reading.text(), reading.charset(), reading.bom());
    }

    /**
     * Reads text bytes line by line. Lines with undecodable bytes, NUL bytes or more than {@code maxLineChars}
     * characters are refused one by one; the file as a whole is refused when it is binary, holds only white space,
     * or when most of its lines are undecodable (then it is in an encoding this reader does not know).
     */
    public static Reading read(byte[] bytes, int maxLineChars) throws NotTextException {
        if (bytes.length == 0) {
            throw new NotTextException("空文件", "empty file");
        }
        Encoding encoding = encoding(bytes);
        // Decide on the whole file before building line objects: a 50 MB file of garbage must not first
        // become a million refused lines.
        LineStats stats = encoding.stats() != null ? encoding.stats() : LineStats.of(bytes, encoding);
        int content = stats.lines() - stats.blank();
        if (stats.undecodable() * 2 > content && content > 0) {
            throw new NotTextException("文件编码无法识别（既不是 UTF-8 也不是 GB18030/GBK，" + stats.undecodable() + " / "
                    + content + " 行无法解码）", "unknown encoding (neither UTF-8 nor GB18030/GBK: "
                    + stats.undecodable() + " of " + content + " lines undecodable)");
        }
        if (stats.blank() == stats.lines()) {
            throw new NotTextException("文件只有空白，没有内容", "file holds only white space");
        }
        return lines(bytes, encoding, maxLineChars);
    }

    /**
     * The charset a file is read in, where its text starts (after a BOM), whether it had one, and its line counts
     * in that charset when telling UTF-8 from GB18030 already took them (else null).
     */
    record Encoding(Charset charset, int offset, boolean bom, LineStats stats) {

        Encoding(Charset charset, int offset, boolean bom) {
            this(charset, offset, bom, null);
        }

        Encoding withStats(LineStats lineStats) {
            return new Encoding(charset, offset, bom, lineStats);
        }

        /** Bytes of one code unit: where a line end may stand. */
        int unit() {
            return charset == StandardCharsets.UTF_16LE || charset == StandardCharsets.UTF_16BE ? 2 : 1;
        }
    }

    private static Encoding encoding(byte[] bytes) throws NotTextException {
        if (startsWith(bytes, 0xEF, 0xBB, 0xBF)) {
            return new Encoding(StandardCharsets.UTF_8, 3, true);
        }
        if (startsWith(bytes, 0xFF, 0xFE)) {
            return new Encoding(StandardCharsets.UTF_16LE, 2, true);
        }
        if (startsWith(bytes, 0xFE, 0xFF)) {
            return new Encoding(StandardCharsets.UTF_16BE, 2, true);
        }
        Charset utf16 = utf16WithoutBom(bytes);
        if (utf16 != null) {
            return new Encoding(utf16, 0, false);
        }
        if (looksBinary(bytes)) {
            throw new NotTextException("文件不是文本（含有二进制内容）", "file is not text (binary content)");
        }
        Encoding utf8 = new Encoding(StandardCharsets.UTF_8, 0, false);
        LineStats asUtf8 = LineStats.of(bytes, utf8);
        if (asUtf8.undecodable() == 0) {
            return utf8.withStats(asUtf8);
        }
        Encoding gb = new Encoding(GB18030, 0, false);
        LineStats asGb = LineStats.of(bytes, gb);
        return prefersGb18030(asUtf8, asGb) ? gb.withStats(asGb) : utf8.withStats(asUtf8);
    }

    /**
     * Without a BOM: UTF-8 when at least half of the lines with non-ASCII bytes are valid UTF-8 (a damaged UTF-8
     * file stays UTF-8 even when its bytes would pass as GB18030 mojibake), else GB18030 when that leaves no
     * more undecodable lines.
     */
    private static boolean prefersGb18030(LineStats utf8, LineStats gb) {
        if (utf8.nonAscii() - utf8.undecodable() >= utf8.undecodable()) {
            return false;
        }
        return gb.undecodable() <= utf8.undecodable();
    }

    /** Counts per line of the decoded file, without building the lines. */
    private record LineStats(int lines, int blank, int nonAscii, int undecodable) {

        static LineStats of(byte[] bytes, Encoding encoding) {
            Slicer slicer = new Slicer(encoding.charset());
            int lines = 0;
            int blank = 0;
            int nonAscii = 0;
            int undecodable = 0;
            for (int start = encoding.offset(); start < bytes.length; ) {
                int end = lineEnd(bytes, start, encoding);
                LineScan scan = slicer.scan(bytes, start, end, 0);
                lines++;
                if (scan.error()) {
                    undecodable++;
                } else if (scan.white()) {
                    blank++;
                }
                nonAscii += scan.wide() ? 1 : 0;
                start = nextLine(bytes, end, encoding);
            }
            return new LineStats(lines, blank, nonAscii, undecodable);
        }
    }

    /** Splits on CRLF, LF or a lone CR; refuses lines with undecodable or NUL bytes or over the length limit. */
    private static Reading lines(byte[] bytes, Encoding encoding, int maxLineChars) {
        Charset charset = encoding.charset();
        Slicer slicer = new Slicer(charset);
        StringBuilder out = new StringBuilder();
        List<RefusedLine> refused = new ArrayList<>();
        int lines = 0;
        int blank = 0;
        for (int start = encoding.offset(); start < bytes.length; ) {
            int end = lineEnd(bytes, start, encoding);
            lines++;
            LineScan scan = slicer.scan(bytes, start, end, maxLineChars);
            String line = scan.text();
            if (lines == 1 && line != null && !line.isEmpty() && line.charAt(0) == '\uFEFF') {
                line = line.substring(1);
            }
            if (scan.error()) {
                refused.add(new RefusedLine(lines, raw(scan.start()), "第 " + lines + " 行含有无效的 " + charset.name()
                        + " 字节，此行未读", "invalid " + charset.name() + " bytes in line " + lines
                        + ", line not read"));
                line = "";
            } else if (scan.nul()) {
                // A stray NUL in a text file: the line is listed, the file read. PostgreSQL cannot store NUL.
                refused.add(new RefusedLine(lines, raw(scan.start()), "第 " + lines + " 行含有 NUL 字节（二进制内容），此行未读",
                        "NUL bytes (binary content) in line " + lines + ", line not read"));
                line = "";
            } else if (line == null) {
                refused.add(new RefusedLine(lines, raw(scan.start()), "第 " + lines + " 行过长：" + scan.chars()
                        + " 个字符，上限 " + maxLineChars + "，此行未读", "line " + lines + " too long: "
                        + scan.chars() + " characters, limit " + maxLineChars + ", line not read"));
                line = "";
            } else if (scan.white()) {
                blank++;
            }
            if (lines > 1) {
                out.append('\n');
            }
            out.append(line);
            start = nextLine(bytes, end, encoding);
        }
        return new Reading(out.toString(), charset, encoding.bom(), lines, blank, refused);
    }

    /** Where the line starting at {@code start} ends: at the first CR or LF code unit, or at the end. */
    private static int lineEnd(byte[] bytes, int start, Encoding encoding) {
        int unit = encoding.unit();
        for (int i = start; i + unit - 1 < bytes.length; i += unit) {
            int c = codeUnit(bytes, i, encoding);
            if (c == '\n' || c == '\r') {
                return i;
            }
        }
        return bytes.length;
    }

    /** The start of the next line after the line end at {@code end} (CRLF is one line end). */
    private static int nextLine(byte[] bytes, int end, Encoding encoding) {
        int unit = encoding.unit();
        if (end >= bytes.length) {
            return bytes.length;
        }
        int next = end + unit;
        if (codeUnit(bytes, end, encoding) == '\r' && next + unit - 1 < bytes.length
                && codeUnit(bytes, next, encoding) == '\n') {
            next += unit;
        }
        return next;
    }

    /** The code unit at {@code i}: a byte, or a UTF-16 unit in the encoding's byte order. */
    private static int codeUnit(byte[] bytes, int i, Encoding encoding) {
        if (encoding.unit() == 1) {
            return bytes[i] & 0xFF;
        }
        return encoding.charset() == StandardCharsets.UTF_16BE
                ? (bytes[i] & 0xFF) << 8 | (bytes[i + 1] & 0xFF)
                : (bytes[i + 1] & 0xFF) << 8 | (bytes[i] & 0xFF);
    }

    /** What decoding one line found. {@code text} is null when the line was over the limit (or undecodable). */
    private record LineScan(String text, String start, int chars, boolean error, boolean nul, boolean white,
            boolean wide) {
    }

    /** Decodes lines in slices, reusing one decoder and one buffer. */
    private static final class Slicer {
        private final CharsetDecoder decoder;
        private final CharBuffer slice = CharBuffer.allocate(SLICE_CHARS);

        Slicer(Charset charset) {
            this.decoder = charset.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT);
        }

        /**
         * Decodes bytes {@code [from, to)}. With {@code keep > 0} the text is kept up to {@code keep} characters
         * (null beyond: only counted); with 0 nothing is kept. Decoding stops at the first invalid sequence.
         */
        LineScan scan(byte[] bytes, int from, int to, int keep) {
            decoder.reset();
            ByteBuffer in = ByteBuffer.wrap(bytes, from, to - from);
            StringBuilder text = keep > 0 ? new StringBuilder(Math.min(keep, to - from)) : null;
            StringBuilder start = new StringBuilder();
            int chars = 0;
            boolean error = false;
            boolean nul = false;
            boolean white = true;
            boolean wide = false;
            while (true) {
                slice.clear();
                CoderResult result = decoder.decode(in, slice, true);
                if (result.isUnderflow()) {
                    result = decoder.flush(slice);
                }
                slice.flip();
                int n = slice.remaining();
                for (int i = 0; i < n; i++) {
                    char c = slice.get(i);
                    nul |= c == 0;
                    white &= Character.isWhitespace(c);
                    wide |= c > 0x7F;
                }
                if (start.length() <= RAW_KEPT) {
                    start.append(slice, 0, Math.min(n, RAW_KEPT + 1 - start.length()));
                }
                chars += n;
                if (text != null) {
                    if (chars > keep) {
                        text = null;
                    } else {
                        text.append(slice);
                    }
                }
                if (result.isError()) {
                    error = true;
                    break;
                }
                if (result.isUnderflow()) {
                    break;
                }
            }
            return new LineScan(text == null ? null : text.toString(), start.toString(), chars, error, nul,
                    white && !error, wide);
        }
    }

    /** The start of a refused line for 拒绝记录, control characters (NUL above all) shown as U+FFFD. */
    private static String raw(String start) {
        String cut = start.length() <= RAW_KEPT ? start : start.substring(0, RAW_KEPT) + "…";
        StringBuilder out = new StringBuilder(cut.length());
        for (int i = 0; i < cut.length(); i++) {
            char c = cut.charAt(i);
            out.append(c < 0x20 && c != '\t' ? CleanText.REPLACEMENT : c);
        }
        return CleanText.clean(out.toString());
    }

    private static boolean startsWith(byte[] bytes, int... prefix) {
        if (bytes.length < prefix.length) {
            return false;
        }
        for (int i = 0; i < prefix.length; i++) {
            if ((bytes[i] & 0xFF) != prefix[i]) {
                return false;
            }
        }
        return true;
    }

    /**
     * UTF-16 saved without a BOM (some Windows tools do). The evidence must be consistent, never one byte: NUL
     * bytes (the high half of every ASCII character and line end) on one side of the byte pairs, at least
     * {@code 4} of them and four times as many as on the other side (a few fall there: U+4E00 一 has a zero low
     * byte); the same bytes must not already be valid UTF-8 with only stray NULs; and read as UTF-16 they must
     * give text: no invalid sequence, no control character, and nearly all characters ASCII, CJK or their
     * punctuation (UTF-8 Chinese read as UTF-16 gives private-use and Hangul characters). Null when not so.
     */
    static Charset utf16WithoutBom(byte[] bytes) {
        if (bytes.length < 4 || bytes.length % 2 != 0) {
            return null;
        }
        int n = Math.min(bytes.length, SAMPLE_BYTES) & ~1;
        int evenNul = 0;
        int oddNul = 0;
        for (int i = 0; i < n; i++) {
            if (bytes[i] == 0) {
                if (i % 2 == 0) {
                    evenNul++;
                } else {
                    oddNul++;
                }
            }
        }
        Charset candidate = oddNul >= 4 && oddNul > 4 * evenNul ? StandardCharsets.UTF_16LE
                : evenNul >= 4 && evenNul > 4 * oddNul ? StandardCharsets.UTF_16BE : null;
        if (candidate == null) {
            return null;
        }
        int nuls = evenNul + oddNul;
        if (nuls * 10 < n && validUtf8(bytes, n)) {
            return null;
        }
        return readsAsText(bytes, n, candidate) ? candidate : null;
    }

    /** The first {@code n} bytes are valid UTF-8 (a character cut at {@code n} does not count against it). */
    private static boolean validUtf8(byte[] bytes, int n) {
        CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        CharBuffer out = CharBuffer.allocate(n + 1);
        CoderResult result = decoder.decode(ByteBuffer.wrap(bytes, 0, n), out, n == bytes.length);
        return !result.isError();
    }

    /** The first {@code n} bytes decode in {@code charset} into text: no errors, no controls, few odd characters. */
    private static boolean readsAsText(byte[] bytes, int n, Charset charset) {
        CharsetDecoder decoder = charset.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        CharBuffer out = CharBuffer.allocate(n / 2 + 1);
        // A surrogate pair cut at the sample's end is not an error.
        CoderResult result = decoder.decode(ByteBuffer.wrap(bytes, 0, n), out, n == bytes.length);
        if (result.isError()) {
            return false;
        }
        out.flip();
        int odd = 0;
        for (int i = 0; i < out.length(); i++) {
            char c = out.charAt(i);
            if (c < 0x20 && c != '\n' && c != '\r' && c != '\t' && c != '\f') {
                return false;
            }
            if (!usual(c)) {
                odd++;
            }
        }
        return odd * 10 <= out.length();
    }

    /** Characters of Chinese and Latin text: ASCII, Latin-1, general and CJK punctuation, CJK, full-width forms. */
    private static boolean usual(char c) {
        return c < 0x250 || (c >= 0x2000 && c <= 0x2BFF) || (c >= 0x3000 && c <= 0x9FFF)
                || (c >= 0xFE30 && c <= 0xFFEF) || Character.isSurrogate(c);
    }

    /**
     * Images and archives: more than one byte in twenty a control character (NUL among them) in the first 8 KB.
     * One NUL alone is not evidence: it costs its line (see {@link #read}).
     */
    static boolean looksBinary(byte[] bytes) {
        int n = Math.min(bytes.length, SAMPLE_BYTES);
        int control = 0;
        for (int i = 0; i < n; i++) {
            int b = bytes[i] & 0xFF;
            if (b < 0x20 && b != '\n' && b != '\r' && b != '\t' && b != '\f') {
                control++;
            }
        }
        return n > 0 && control * 20 > n;
    }
}
