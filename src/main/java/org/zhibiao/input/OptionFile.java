package org.zhibiao.input;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;

/**
 * An option file (--taxonomy, --file-facts) read whole as UTF-8 text, checked before any run starts. Only a
 * regular file is opened: a FIFO would block the read forever and a folder cannot be read, so both are refused
 * from their attributes alone. Bytes that are not UTF-8, and characters an .xlsx cannot hold (NUL and other C0
 * controls, U+FFFE, U+FFFF), are refused with their line and column: section names and regions become sheet
 * names and cells, where such a character makes the workbook unreadable.
 */
public final class OptionFile {

    /** Option files are a few kilobytes; a larger one is almost surely the wrong file. */
    static final long MAX_BYTES = 10L * 1024 * 1024;

    private OptionFile() {
    }

    /** The text of {@code file}, given with {@code option} (e.g. --taxonomy); a {@link Problem} otherwise. */
    public static String read(String option, Path file) {
        BasicFileAttributes attributes;
        try {
            attributes = Files.readAttributes(file, BasicFileAttributes.class);
        } catch (IOException e) {
            throw new Problem(option, file, 0, 0, "文件不存在或无法访问（" + e.getClass().getSimpleName() + "）",
                    "file missing or not accessible (" + e.getClass().getSimpleName() + ")");
        }
        if (!attributes.isRegularFile()) {
            String what = attributes.isDirectory() ? "目录" : "特殊文件（如管道或设备）";
            String whatEn = attributes.isDirectory() ? "a folder" : "a special file (a pipe or device)";
            throw new Problem(option, file, 0, 0, "不是普通文件，而是" + what, "not a regular file but " + whatEn);
        }
        if (attributes.size() > MAX_BYTES) {
            throw new Problem(option, file, 0, 0, "文件过大（" + attributes.size() + " 字节，上限 " + MAX_BYTES + "）",
                    "file too large (" + attributes.size() + " bytes, limit " + MAX_BYTES + ")");
        }
        byte[] bytes;
        try {
            bytes = Files.readAllBytes(file);
        } catch (IOException e) {
            throw new Problem(option, file, 0, 0, "无法读取（" + e + "）", "cannot read (" + e + ")");
        }
        String text = decode(option, file, bytes);
        checkCharacters(option, file, text);
        return text;
    }

    /** Strict UTF-8 (a BOM is dropped); the first byte that is not UTF-8 is named by line and column. */
    static String decode(String option, Path file, byte[] bytes) {
        CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        ByteBuffer in = ByteBuffer.wrap(bytes);
        CharBuffer out = CharBuffer.allocate(bytes.length + 1);
        CoderResult result = decoder.decode(in, out, true);
        if (result.isError()) {
            out.flip();
            String before = out.toString();
            Position at = Position.after(before);
            throw new Problem(option, file, at.line(), at.column(), String.format("第 %d 个字节（0x%02X）不是 UTF-8"
                    + "：请将文件另存为 UTF-8 文本", in.position() + 1, bytes[in.position()] & 0xFF),
                    String.format("byte %d (0x%02X) is not UTF-8: save the file as UTF-8 text", in.position() + 1,
                            bytes[in.position()] & 0xFF));
        }
        try {
            CoderResult flushed = decoder.flush(out);
            if (flushed.isError()) {
                flushed.throwException();
            }
        } catch (CharacterCodingException e) {
            throw new Problem(option, file, 0, 0, "不是 UTF-8 文本", "not UTF-8 text");
        }
        out.flip();
        String text = out.toString();
        return text.startsWith("\uFEFF") ? text.substring(1) : text;
    }

    /** NUL and other C0 controls (tab and line ends apart), U+FFFE, U+FFFF and lone surrogates are refused. */
    static void checkCharacters(String option, Path file, String text) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            boolean control = c < 0x20 && c != '\t' && c != '\n' && c != '\r';
            boolean lone = Character.isHighSurrogate(c)
                    ? i + 1 >= text.length() || !Character.isLowSurrogate(text.charAt(i + 1))
                    : Character.isLowSurrogate(c) && (i == 0 || !Character.isHighSurrogate(text.charAt(i - 1)));
            if (control || c == '\uFFFE' || c == '\uFFFF' || lone) {
                Position at = Position.after(text.substring(0, i));
                String code = String.format("U+%04X", (int) c);
                throw new Problem(option, file, at.line(), at.column(), "含有工作簿无法保存的字符 " + code,
                        "holds the character " + code + ", which a workbook cannot hold");
            }
        }
    }

    /** Line and column (both from 1) of the character that follows {@code before}. */
    record Position(int line, int column) {
        static Position after(String before) {
            int line = 1;
            int lineStart = 0;
            for (int i = 0; i < before.length(); i++) {
                if (before.charAt(i) == '\n') {
                    line++;
                    lineStart = i + 1;
                }
            }
            return new Position(line, before.codePointCount(lineStart, before.length()) + 1);
        }
    }

    /**
     * What is wrong with an option file, where (line and column from 1; 0 when the file as a whole is wrong), in
     * Chinese and English. The command line is to be corrected: exit 2, and no run is started or recorded.
     */
    public static final class Problem extends RuntimeException {

        Problem(String option, Path file, int line, int column, String reason, String reasonEn) {
            super(message(option, file, line, column, reason, reasonEn));
        }

        private static String message(String option, Path file, int line, int column, String reason,
                String reasonEn) {
            String path = file.toAbsolutePath().normalize().toString();
            String where = line <= 0 ? "" : "第 " + line + " 行第 " + column + " 列：";
            String whereEn = line <= 0 ? "" : " line " + line + " column " + column;
            return option + " 文件 " + path + " " + where + reason + "\n" + option + " file " + path + whereEn + ": "
                    + reasonEn;
        }
    }
}
