package org.zhibiao.text;

import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.List;

/**
 * Decodes report bytes whose encoding nobody declared: a BOM wins (UTF-8, UTF-16LE/BE); otherwise UTF-8, then
 * GB18030 (a superset of GBK and GB2312, the usual encoding of Chinese government files). Text that is neither,
 * or that looks binary, is refused with a reason rather than turned into mojibake.
 *
 * <p>{@link #read} works line by line so that one damaged line does not cost a whole report: the line is
 * blanked (line numbers of the others stay true) and listed with its reason, the rest is read.
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

    private static final char REPLACEMENT = '\uFFFD';

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
     * Reads report bytes line by line. Lines with undecodable bytes or longer than {@code maxLineChars} are
     * refused one by one; the file as a whole is refused when it is binary, holds only white space, or when
     * most of its lines are undecodable (then it is in an encoding this reader does not know).
     */
    public static Reading read(byte[] bytes, int maxLineChars) throws NotTextException {
        if (bytes.length == 0) {
            throw new NotTextException("空文件", "empty file");
        }
        Lenient decoded;
        Charset charset;
        boolean bom = true;
        if (startsWith(bytes, 0xEF, 0xBB, 0xBF)) {
            charset = StandardCharsets.UTF_8;
            decoded = lenient(bytes, 3, charset);
        } else if (startsWith(bytes, 0xFF, 0xFE)) {
            charset = StandardCharsets.UTF_16LE;
            decoded = lenient(bytes, 2, charset);
        } else if (startsWith(bytes, 0xFE, 0xFF)) {
            charset = StandardCharsets.UTF_16BE;
            decoded = lenient(bytes, 2, charset);
        } else if (looksBinary(bytes)) {
            charset = utf16WithoutBom(bytes);
            if (charset == null) {
                throw new NotTextException("文件不是文本（含有二进制内容）", "file is not text (binary content)");
            }
            bom = false;
            decoded = lenient(bytes, 0, charset);
        } else {
            bom = false;
            decoded = lenient(bytes, 0, StandardCharsets.UTF_8);
            charset = StandardCharsets.UTF_8;
            if (!decoded.errors().isEmpty()) {
                Lenient gb = lenient(bytes, 0, GB18030);
                if (prefersGb18030(LineStats.of(decoded), LineStats.of(gb))) {
                    decoded = gb;
                    charset = GB18030;
                }
            }
        }
        // Decide on the whole file before building line objects: a 50 MB file of garbage must not first
        // become a million refused lines.
        LineStats stats = LineStats.of(decoded);
        int content = stats.lines() - stats.blank();
        if (stats.undecodable() * 2 > content && content > 0) {
            throw new NotTextException("文件编码无法识别（既不是 UTF-8 也不是 GB18030/GBK，" + stats.undecodable() + " / "
                    + content + " 行无法解码）", "unknown encoding (neither UTF-8 nor GB18030/GBK: "
                    + stats.undecodable() + " of " + content + " lines undecodable)");
        }
        Reading reading = lines(decoded, charset, bom, maxLineChars);
        if (reading.blankLines() == reading.lines()) {
            throw new NotTextException("文件只有空白，没有内容", "file holds only white space");
        }
        return reading;
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

    /** Counts per line of decoded text, without building the lines. */
    private record LineStats(int lines, int blank, int nonAscii, int undecodable) {

        static LineStats of(Lenient decoded) {
            String text = decoded.text();
            int n = text.length();
            int lines = 0;
            int blank = 0;
            int nonAscii = 0;
            int undecodable = 0;
            int start = 0;
            while (start < n) {
                int end = start;
                boolean wide = false;
                boolean white = true;
                while (end < n && text.charAt(end) != '\n' && text.charAt(end) != '\r') {
                    char c = text.charAt(end);
                    wide |= c > 0x7F;
                    white &= Character.isWhitespace(c);
                    end++;
                }
                lines++;
                int error = decoded.errors().nextSetBit(start);
                if (error >= 0 && error < end) {
                    undecodable++;
                } else if (white) {
                    blank++;
                }
                nonAscii += wide ? 1 : 0;
                start = end < n && text.charAt(end) == '\r' && end + 1 < n && text.charAt(end + 1) == '\n'
                        ? end + 2 : end + 1;
            }
            return new LineStats(lines, blank, nonAscii, undecodable);
        }
    }

    /** Decoded text with every undecodable byte run replaced by U+FFFD, and where those runs are. */
    private record Lenient(String text, BitSet errors) {
    }

    private static Lenient lenient(byte[] bytes, int offset, Charset charset) {
        CharsetDecoder decoder = charset.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        ByteBuffer in = ByteBuffer.wrap(bytes, offset, bytes.length - offset);
        CharBuffer out = CharBuffer.allocate(bytes.length - offset + 16);
        BitSet errors = new BitSet();
        while (true) {
            CoderResult result = decoder.decode(in, out, true);
            if (result.isUnderflow()) {
                result = decoder.flush(out);
                if (result.isUnderflow()) {
                    break;
                }
            }
            if (result.isOverflow()) {
                out = grow(out);
            } else if (result.isError()) {
                if (!out.hasRemaining()) {
                    out = grow(out);
                }
                errors.set(out.position());
                out.put(REPLACEMENT);
                in.position(Math.min(in.limit(), in.position() + result.length()));
            }
        }
        out.flip();
        return new Lenient(out.toString(), errors);
    }

    private static CharBuffer grow(CharBuffer out) {
        CharBuffer bigger = CharBuffer.allocate(out.capacity() * 2 + 16);
        out.flip();
        bigger.put(out);
        return bigger;
    }

    /** Splits on CRLF, LF or a lone CR; refuses lines with undecodable bytes or over the length limit. */
    private static Reading lines(Lenient decoded, Charset charset, boolean bom, int maxLineChars) {
        String text = decoded.text();
        StringBuilder out = new StringBuilder(text.length());
        List<RefusedLine> refused = new ArrayList<>();
        int lines = 0;
        int blank = 0;
        int start = 0;
        int n = text.length();
        while (start < n) {
            int end = start;
            while (end < n && text.charAt(end) != '\n' && text.charAt(end) != '\r') {
                end++;
            }
            lines++;
            int next = end;
            if (next < n) {
                next += text.charAt(next) == '\r' && next + 1 < n && text.charAt(next + 1) == '\n' ? 2 : 1;
            }
            String line = text.substring(start, end);
            if (lines == 1 && !line.isEmpty() && line.charAt(0) == '\uFEFF') {
                line = line.substring(1);
            }
            int firstError = decoded.errors().nextSetBit(start);
            if (firstError >= 0 && firstError < end) {
                refused.add(new RefusedLine(lines, raw(line), "第 " + lines + " 行含有无效的 " + charset.name()
                        + " 字节，此行未读", "invalid " + charset.name() + " bytes in line " + lines
                        + ", line not read"));
                line = "";
            } else if (line.indexOf('\0') >= 0) {
                // Binary past the first 8 KB the binary check looks at. PostgreSQL cannot store NUL in text.
                refused.add(new RefusedLine(lines, raw(line), "第 " + lines + " 行含有 NUL 字节（二进制内容），此行未读",
                        "NUL bytes (binary content) in line " + lines + ", line not read"));
                line = "";
            } else if (line.length() > maxLineChars) {
                refused.add(new RefusedLine(lines, raw(line), "第 " + lines + " 行过长：" + line.length()
                        + " 个字符，上限 " + maxLineChars + "，此行未读", "line " + lines + " too long: "
                        + line.length() + " characters, limit " + maxLineChars + ", line not read"));
                line = "";
            } else if (line.isBlank()) {
                blank++;
            }
            if (lines > 1) {
                out.append('\n');
            }
            out.append(line);
            start = next;
        }
        return new Reading(out.toString(), charset, bom, lines, blank, refused);
    }

    /** The start of a refused line for 拒绝记录, control characters (NUL above all) shown as U+FFFD. */
    private static String raw(String line) {
        String start = line.length() <= RAW_KEPT ? line : line.substring(0, RAW_KEPT) + "…";
        StringBuilder out = new StringBuilder(start.length());
        for (int i = 0; i < start.length(); i++) {
            char c = start.charAt(i);
            out.append(c < 0x20 && c != '\t' ? REPLACEMENT : c);
        }
        return out.toString();
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

    /** Decodes strictly in one charset; kept for callers that know the encoding. */
    static String decodeStrict(byte[] bytes, int offset, Charset charset) throws CharacterCodingException {
        CharsetDecoder decoder = charset.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        return decoder.decode(ByteBuffer.wrap(bytes, offset, bytes.length - offset)).toString();
    }

    /**
     * UTF-16 saved without a BOM (some Windows tools do): every line end and ASCII character then has a NUL
     * byte on the same side of each pair (nearly all of them), while images and archives scatter NULs on both sides. Null when the
     * bytes are not that; a candidate must also decode cleanly into text without control characters.
     */
    static Charset utf16WithoutBom(byte[] bytes) {
        if (bytes.length < 4 || bytes.length % 2 != 0) {
            return null;
        }
        int n = Math.min(bytes.length, 8192);
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
        // A few NULs fall on the other side too: CJK characters such as U+4E00 (一) have a zero low byte.
        Charset candidate = oddNul > 4 * evenNul ? StandardCharsets.UTF_16LE
                : evenNul > 4 * oddNul ? StandardCharsets.UTF_16BE : null;
        if (candidate == null) {
            return null;
        }
        try {
            String text = decodeStrict(bytes, 0, candidate);
            for (int i = 0; i < text.length(); i++) {
                char c = text.charAt(i);
                if (c < 0x20 && c != '\n' && c != '\r' && c != '\t' && c != '\f') {
                    return null;
                }
            }
            return candidate;
        } catch (CharacterCodingException e) {
            return null;
        }
    }

    /** NUL bytes or many control characters in the first 8 KB: images and archives, not reports. */
    static boolean looksBinary(byte[] bytes) {
        int n = Math.min(bytes.length, 8192);
        int control = 0;
        for (int i = 0; i < n; i++) {
            int b = bytes[i] & 0xFF;
            if (b == 0) {
                return true;
            }
            if (b < 0x20 && b != '\n' && b != '\r' && b != '\t' && b != '\f') {
                control++;
            }
        }
        return n > 0 && control * 20 > n;
    }
}
