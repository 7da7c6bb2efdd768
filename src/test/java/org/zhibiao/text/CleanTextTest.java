package org.zhibiao.text;

import static org.assertj.core.api.Assertions.assertThat;

import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** What may reach PostgreSQL and a sheet's XML: every character of a string, one at a time and in any string. */
class CleanTextTest {

    @ParameterizedTest(name = "U+{0} → U+{1}")
    @CsvSource({
        // NUL (PostgreSQL refuses it) and the other C0 controls (XML 1.0 cannot carry them)
        "0000, FFFD", "0001, FFFD", "0008, FFFD", "000B, FFFD", "000C, FFFD", "001B, FFFD", "001F, FFFD",
        // tab and line ends are text
        "0009, 0009", "000A, 000A", "000D, 000D",
        // the two noncharacters XML forbids, and lone surrogates
        "FFFE, FFFD", "FFFF, FFFD", "D800, FFFD", "DBFF, FFFD", "DC00, FFFD", "DFFF, FFFD",
        // ordinary text stays: ASCII, CJK, full-width forms, the replacement character itself, DEL and C1
        "0041, 0041", "5F20, 5F20", "FF10, FF10", "FFFD, FFFD", "007F, 007F", "0085, 0085", "FEFF, FEFF",
    })
    void eachCharacterIsKeptOrReplaced(String code, String cleaned) {
        String one = String.valueOf((char) Integer.parseInt(code, 16));

        assertThat(CleanText.clean("张" + one + "店")).isEqualTo("张" + (char) Integer.parseInt(cleaned, 16) + "店");
        assertThat(CleanText.isClean(one)).isEqualTo(code.equals(cleaned));
    }

    @Test
    void aSurrogatePairIsOneCharacterAndStays() {
        String pair = new String(Character.toChars(0x20BB7)); // 𠮷, outside the BMP
        assertThat(CleanText.clean("吉" + pair + "祥")).isEqualTo("吉" + pair + "祥");
        assertThat(CleanText.clean(pair.substring(0, 1) + "x" + pair.substring(1))).isEqualTo("\uFFFDx\uFFFD");
        assertThat(CleanText.clean(pair + pair.substring(0, 1))).isEqualTo(pair + "\uFFFD");
    }

    @Test
    void cleanTextIsReturnedAsItIsAndNullStaysNull() {
        String text = "实际使用外资6253万美元，同比增长21%";
        assertThat(CleanText.clean(text)).isSameAs(text);
        assertThat(CleanText.clean(null)).isNull();
    }

    @Property(tries = 500)
    void anyStringComesOutSafeWithItsLengthKept(@ForAll String text) {
        String cleaned = CleanText.clean(text);

        assertThat(cleaned).hasSameSizeAs(text);
        assertThat(CleanText.isClean(cleaned)).isTrue();
        for (int i = 0; i < cleaned.length(); i++) {
            char c = cleaned.charAt(i);
            assertThat(c == text.charAt(i) || c == CleanText.REPLACEMENT).isTrue();
        }
    }
}
