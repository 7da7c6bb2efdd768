package org.zhibiao.quantity;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/** Whatever the input, extraction never throws and every span is a true slice of the input. */
class ExtractorPropertiesTest {

    private static final String PIECES = "0123456789０１２３４５６７８９.．,，一二两三四五六七八九十百千万亿零〇点壹贰叁拾佰仟"
            + "元万元亿元美元个家项人名亩吨米平方公里%％‰倍成余多约近超过以上以下左右至到-—~～：:︰第位"
            + "增长下降同比分别预计目标、，。；（）()“”[]持平百分之个百分点/ 年月日";

    private final QuantityExtractor extractor = new QuantityExtractor();

    @Property(tries = 2000)
    void neverThrowsOnArbitraryStrings(@ForAll String input) {
        assertSpansAreSlices(input);
    }

    @Property(tries = 3000)
    void neverThrowsOnNumberLikeText(@ForAll("numberLike") String input) {
        assertSpansAreSlices(input);
    }

    @Provide
    Arbitrary<String> numberLike() {
        return Arbitraries.strings().withChars(PIECES.toCharArray()).ofMinLength(0).ofMaxLength(40);
    }

    private void assertSpansAreSlices(String input) {
        List<Mention> mentions = extractor.extract(input);
        int previousEnd = 0;
        for (Mention m : mentions) {
            assertThat(m.start()).isBetween(0, input.length());
            assertThat(m.end()).isBetween(m.start() + 1, input.length());
            assertThat(input.substring(m.start(), m.end())).isEqualTo(m.text());
            assertThat(m.start()).as("mentions are ordered and do not overlap").isGreaterThanOrEqualTo(previousEnd);
            assertThat(m.value()).isNotNull();
            assertThat(m.normalized()).isNotNull();
            assertThat(m.kind()).isNotNull();
            previousEnd = m.end();
        }
    }
}
