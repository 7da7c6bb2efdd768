package org.zhibiao.classify;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.zhibiao.model.Kind;
import org.zhibiao.model.Qualifier;
import org.zhibiao.model.Status;
import org.zhibiao.quantity.Mention;
import org.zhibiao.text.Document;
import org.zhibiao.text.ReportParser;

/** Detection and assembly never fail on odd text or on mentions whose offsets or subject are off. */
class AssemblerPropertiesTest {

    private static final Taxonomy TAXONOMY = Taxonomy.defaults();

    @Provide
    Arbitrary<String> text() {
        return Arbitraries.oneOf(Arbitraries.strings().all().ofMaxLength(300),
                Arbitraries.strings().withChars("\n一、（）2025年省市区县人民政府第届经济统计公报工作回顾在全国。，[]#*")
                        .ofMaxLength(300));
    }

    @Property(tries = 300)
    void neverThrows(@ForAll("text") String content, @ForAll int start, @ForAll int end) {
        Document doc = new ReportParser().parse("p.txt", content);
        DocumentFacts facts = DocumentFacts.detect(doc);
        if (facts.year() != null) {
            assertThat(facts.year()).isBetween(1899, 2099);
        }
        Mention odd = new Mention("x", start, end, BigDecimal.ONE, null, "个", BigDecimal.ONE, null, "个",
                Qualifier.EXACT, Kind.COUNT, Status.ACTUAL, start % 2 == 0 ? null : "地区生产总值");
        IndicatorAssembler assembler = new IndicatorAssembler(TAXONOMY, s -> List.of(odd));
        assertThat(assembler.assemble(doc, null, null)).hasSize(doc.sentences().size())
                .allSatisfy(row -> assertThat(TAXONOMY.sections()).contains(row.section()));
    }
}
