package org.zhibiao.csv;

import java.util.List;
import org.zhibiao.text.TextDecoder;

/**
 * File bytes turned into text by the same rules as reports ({@link TextDecoder}): the encoding is decided per
 * file on evidence (a BOM, a consistent pattern of NULs for UTF-16, UTF-8 unless most non-ASCII lines are GB18030),
 * and a line with a NUL or an invalid sequence is left empty in {@code text} and listed in {@code refused}, so one
 * bad byte costs its row, never the table's encoding.
 */
record DecodedText(String text, String charset, List<TextDecoder.RefusedLine> refused) {

    /** Thrown (as {@link TextDecoder.NotTextException}) when the bytes are not text at all. */
    static DecodedText decode(byte[] bytes) throws TextDecoder.NotTextException {
        TextDecoder.Reading reading = TextDecoder.read(bytes, TextDecoder.MAX_LINE_CHARS);
        return new DecodedText(reading.text(), reading.charset().name() + (reading.bom() ? " (BOM)" : ""),
                reading.refused());
    }
}
