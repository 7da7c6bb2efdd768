package org.zhibiao.classify;

import static org.assertj.core.api.Assertions.assertThat;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/** Any file either loads or fails with a TaxonomyException that names the file and a line. */
class TaxonomyPropertiesTest {

    @Provide
    Arbitrary<String> fileText() {
        return Arbitraries.strings().withChars("[]=#\n\r 标题指标经济民生未分类headingindicator").ofMaxLength(200);
    }

    @Property(tries = 300)
    void loadsOrFailsWithAClearMessage(@ForAll("fileText") String text) {
        try {
            Taxonomy t = Taxonomy.parse("t.txt", text);
            assertThat(t.sections()).last().isEqualTo(Taxonomy.UNCLASSIFIED);
            assertThat(t.sections()).doesNotHaveDuplicates();
        } catch (TaxonomyException e) {
            assertThat(e.getMessage()).contains("分类表格式错误 t.txt 第").contains("(malformed taxonomy t.txt line ");
        }
    }
}
