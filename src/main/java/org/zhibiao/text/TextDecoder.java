package org.zhibiao.text;

import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;

/**
 * Decodes report bytes whose encoding nobody declared: a BOM wins (UTF-8, UTF-16LE/BE); otherwise strict UTF-8,
 * then GB18030 (a superset of GBK and GB2312, the usual encoding of Chinese government files). Text that is
 * neither, or that looks binary, is refused with a reason rather than turned into mojibake.
 */
public final class TextDecoder {

    public static final Charset GB18030 = Charset.forName("GB18030");

    private TextDecoder() {
    }

    /** The decoded text and the encoding it was read as. */
    public record Decoded(String text, Charset charset, boolean bom) {
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

    public static Decoded decode(byte[] bytes) throws NotTextException {
        if (bytes.length >= 3 && (bytes[0] & 0xFF) == 0xEF && (bytes[1] & 0xFF) == 0xBB && (bytes[2] & 0xFF) == 0xBF) {
            return new Decoded(strict(bytes, 3, StandardCharsets.UTF_8), StandardCharsets.UTF_8, true);
        }
        if (bytes.length >= 2 && (bytes[0] & 0xFF) == 0xFF && (bytes[1] & 0xFF) == 0xFE) {
            return new Decoded(strict(bytes, 2, StandardCharsets.UTF_16LE), StandardCharsets.UTF_16LE, true);
        }
        if (bytes.length >= 2 && (bytes[0] & 0xFF) == 0xFE && (bytes[1] & 0xFF) == 0xFF) {
            return new Decoded(strict(bytes, 2, StandardCharsets.UTF_16BE), StandardCharsets.UTF_16BE, true);
        }
        if (looksBinary(bytes)) {
            throw new NotTextException("文件不是文本（含有二进制内容）", "file is not text (binary content)");
        }
        try {
            return new Decoded(decodeStrict(bytes, 0, StandardCharsets.UTF_8), StandardCharsets.UTF_8, false);
        } catch (CharacterCodingException notUtf8) {
            try {
                return new Decoded(decodeStrict(bytes, 0, GB18030), GB18030, false);
            } catch (CharacterCodingException notGb) {
                throw new NotTextException("文件编码无法识别（既不是 UTF-8 也不是 GB18030/GBK）",
                        "unknown encoding (neither UTF-8 nor GB18030/GBK)");
            }
        }
    }

    private static String strict(byte[] bytes, int offset, Charset charset) throws NotTextException {
        try {
            return decodeStrict(bytes, offset, charset);
        } catch (CharacterCodingException e) {
            throw new NotTextException("文件含有无效的 " + charset.name() + " 字节", "invalid " + charset.name()
                    + " bytes");
        }
    }

    private static String decodeStrict(byte[] bytes, int offset, Charset charset) throws CharacterCodingException {
        CharsetDecoder decoder = charset.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        CharBuffer chars = decoder.decode(ByteBuffer.wrap(bytes, offset, bytes.length - offset));
        return chars.toString();
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
