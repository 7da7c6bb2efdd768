package org.zhibiao.csv;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;

/**
 * File bytes turned into text. A byte order mark decides (UTF-8, UTF-16LE/BE); without one a strict
 * UTF-8 decode is tried and, when it fails, GB18030 (a superset of GBK, what NBS exports use).
 */
record DecodedText(String text, String charset) {

    private static final Charset GB18030 = Charset.forName("GB18030");

    static DecodedText decode(byte[] bytes) {
        if (startsWith(bytes, 0xEF, 0xBB, 0xBF)) {
            return of(lenient(bytes, 3, StandardCharsets.UTF_8), "UTF-8 (BOM)");
        }
        if (startsWith(bytes, 0xFF, 0xFE)) {
            return of(lenient(bytes, 2, StandardCharsets.UTF_16LE), "UTF-16LE (BOM)");
        }
        if (startsWith(bytes, 0xFE, 0xFF)) {
            return of(lenient(bytes, 2, StandardCharsets.UTF_16BE), "UTF-16BE (BOM)");
        }
        Charset utf16 = utf16WithoutBom(bytes);
        if (utf16 != null) {
            return of(lenient(bytes, 0, utf16), utf16.name());
        }
        try {
            String text = StandardCharsets.UTF_8.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(bytes)).toString();
            return of(text, "UTF-8");
        } catch (CharacterCodingException notUtf8) {
            return of(lenient(bytes, 0, GB18030), "GB18030");
        }
    }

    /** Text with many zero bytes on one parity is UTF-16 without a mark (ASCII-heavy tables). */
    private static Charset utf16WithoutBom(byte[] bytes) {
        int sample = Math.min(bytes.length, 4096) & ~1;
        if (sample < 4) {
            return null;
        }
        int evenZeros = 0;
        int oddZeros = 0;
        for (int i = 0; i < sample; i += 2) {
            if (bytes[i] == 0) {
                evenZeros++;
            }
            if (bytes[i + 1] == 0) {
                oddZeros++;
            }
        }
        int pairs = sample / 2;
        if (oddZeros * 10 >= pairs * 4 && evenZeros * 10 < pairs) {
            return StandardCharsets.UTF_16LE;
        }
        if (evenZeros * 10 >= pairs * 4 && oddZeros * 10 < pairs) {
            return StandardCharsets.UTF_16BE;
        }
        return null;
    }

    private static DecodedText of(String text, String charset) {
        String withoutMark = text.startsWith("\uFEFF") ? text.substring(1) : text;
        return new DecodedText(withoutMark, charset);
    }

    private static String lenient(byte[] bytes, int offset, Charset charset) {
        return new String(bytes, offset, bytes.length - offset, charset);
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
}
