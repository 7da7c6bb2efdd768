package org.zhibiao.job.logging;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.stream.Stream;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class LogTextTest {

    static Stream<Arguments> names() {
        return Stream.of(
                Arguments.of("报告.md", "报告.md"),
                Arguments.of("a\nb.md", "a\\nb.md"),
                Arguments.of("a\r\nINFO forged.md", "a\\r\\nINFO forged.md"),
                Arguments.of("tab\there", "tab\\there"),
                Arguments.of("\u001b[31mred\u001b[0m.csv", "\\u001b[31mred\\u001b[0m.csv"),
                Arguments.of("nul\u0000.txt", "nul\\u0000.txt"),
                Arguments.of("del\u007f c1\u0085", "del\\u007f c1\\u0085"),
                Arguments.of("line\u2028sep", "line\\u2028sep"),
                Arguments.of("rtl\u202egpj.exe", "rtl\\u202egpj.exe"),
                Arguments.of("non\ufffechar", "non\\ufffechar"),
                Arguments.of("lone\ud800surrogate", "lone\\ud800surrogate"),
                Arguments.of("pair 𠀀 kept", "pair 𠀀 kept"),
                Arguments.of("back\\slash", "back\\slash"));
    }

    @ParameterizedTest
    @MethodSource("names")
    void controlCharactersBecomeVisibleEscapesAndTextStays(String raw, String logged) {
        assertThat(LogText.escape(raw)).isEqualTo(logged);
    }

    @Property
    void anEscapedTextIsOneLineWithoutControlCharacters(@ForAll String any) {
        String escaped = LogText.escape(any);
        assertThat(escaped.chars()).noneMatch(c -> c < 0x20 || c == 0x7f || (c >= 0x80 && c <= 0x9f)
                || c == 0x2028 || c == 0x2029);
    }

    @Property
    void textWithoutControlCharactersIsLoggedAsItIs(@ForAll("printable") String text) {
        assertThat(LogText.escape(text)).isSameAs(text);
    }

    @net.jqwik.api.Provide
    net.jqwik.api.Arbitrary<String> printable() {
        return net.jqwik.api.Arbitraries.strings().withCharRange(' ', '~').withCharRange('\u4e00', '\u9fa5');
    }
}
