package org.zhibiao.quantity;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.regex.Pattern;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Each note on how a figure was read (an implied unit, a fraction, a rank's scope) has an English text with no
 * Chinese in it, for --locale=en. Phrases composed for the families, not taken from a document.
 */
class EnglishNotesTest {

    private static final Pattern CJK = Pattern.compile("[\\u3400-\\u9fff\\uff00-\\uffef\\u3000-\\u303f]");

    private final QuantityExtractor extractor = new QuantityExtractor();

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            全县常住人口达到97万常住人口       | 97万       | 计为人     | counted as people
            参保人数突破5100万                | 5100万     | 计为人     | counted as people
            全年完成投资12.5亿                | 12.5亿     | 计为元     | amount in yuan
            三分之一的村实现集体增收           | 三分之一    | 按比例计   | read as a share
            营商环境评价位居全省第3位          | 第3位      | 全省       | the province
            数字经济规模排名全国第5            | 第5        | 全国       | the country
            """)
    void aNoteHasEnglishWords(String phrase, String span, String chinese, String english) {
        Mention m = extractor.extract(phrase).stream().filter(x -> x.text().contains(span)).findFirst()
                .orElseThrow(() -> new AssertionError(extractor.extract(phrase)));
        assertThat(m.note()).contains(chinese);
        assertThat(m.noteEn()).contains(english).doesNotContainPattern(CJK);
    }
}
