package org.zhibiao.text;

import static org.assertj.core.api.Assertions.assertThat;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/** Any input parses without an exception into sentences that point at existing lines. */
class ReportParserPropertiesTest {

    /** Characters that drive the parser's rules, mixed with arbitrary ones. */
    private static final String TRIGGERS = "\n\r\u3000 #*_[]［］0123456789.%一二三十、（）()。，；：！？是年资料照片记者通讯员打印本页"
            + "字体大小首页>分享产业基础改革开放的和—-“”PM";

    @Provide
    Arbitrary<String> reportLike() {
        Arbitrary<String> triggers = Arbitraries.strings().withChars(TRIGGERS.toCharArray()).ofMaxLength(400);
        Arbitrary<String> anything = Arbitraries.strings().all().ofMaxLength(200);
        Arbitrary<String> corpusSlice = Arbitraries.of(Corpus.read("corpus/" + Corpus.SAMPLE),
                        Corpus.read("corpus/reports/017_quanzhou_2025_statistical_communique.txt"),
                        Corpus.read("corpus/reports/008_sichuan_2026_gov_work_report.txt"))
                .flatMap(text -> Arbitraries.integers().between(0, text.length())
                        .flatMap(from -> Arbitraries.integers().between(from, Math.min(text.length(), from + 3000))
                                .map(to -> text.substring(from, to))));
        Arbitrary<String> mixed = Combinators.combine(corpusSlice, triggers, anything).as((a, b, c) -> b + a + c);
        return Arbitraries.oneOf(triggers, anything, corpusSlice, mixed);
    }

    @Property(tries = 400)
    void neverThrowsAndPointsAtExistingLines(@ForAll("reportLike") String content) {
        Document doc = new ReportParser().parse("f.txt", content);
        int lines = ReportParser.splitLines(content).length;
        assertThat(doc.title()).doesNotContain("\n", "\r");
        assertThat(doc.sentences()).allSatisfy(s -> {
            assertThat(s.line()).isBetween(1, lines);
            assertThat(s.text()).isNotBlank().doesNotContain("\n", "\r");
            assertThat(s.file()).isEqualTo("f.txt");
            assertThat(s.headingPath()).allSatisfy(h -> assertThat(h).doesNotContain("\n", "\r"));
        });
    }

    @Property(tries = 50)
    void nullAndEmptyInputsGiveEmptyDocuments(@ForAll("blank") String content) {
        assertThat(new ReportParser().parse(null, content).sentences()).isEmpty();
    }

    @Provide
    Arbitrary<String> blank() {
        return Arbitraries.strings().withChars(" \n\r\t\u3000").ofMaxLength(50).injectNull(0.2);
    }
}
