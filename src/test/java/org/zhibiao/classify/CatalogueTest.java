package org.zhibiao.classify;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.zhibiao.model.Kind;
import org.zhibiao.model.Measure;

class CatalogueTest {

    private static final String HEADER = "code\tname\tenglish\taliases\tmeasure\tkind\tbaseUnit\tsection\tgroup\n";
    private static final String GDP = "GDP\t地区生产总值\tGross regional product\tGDP|生产总值\tLEVEL\tMONEY\t元\t经济运行\t综合\n";

    @Test
    void readsEntriesSkippingCommentsAndBom() {
        Catalogue catalogue = Catalogue.parse("t.tsv", "\uFEFF# comment\n\n" + HEADER + GDP);
        Catalogue.Entry gdp = catalogue.byCode("GDP").orElseThrow();
        assertThat(gdp.name()).isEqualTo("地区生产总值");
        assertThat(gdp.english()).isEqualTo("Gross regional product");
        assertThat(gdp.aliases()).containsExactly("GDP", "生产总值");
        assertThat(gdp.measure()).isEqualTo(Measure.LEVEL);
        assertThat(gdp.kind()).isEqualTo(Kind.MONEY);
        assertThat(gdp.baseUnit()).isEqualTo("元");
        assertThat(gdp.section()).isEqualTo("经济运行");
        assertThat(gdp.group()).isEqualTo("综合");
    }

    /** Each broken line is the 4th line of the file (comment, header, a good entry, then it). */
    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            too few columns        | X\t名\tName                                               | 第4行第4列 | line 4 column 4
            lower-case code        | gdp2\t名\tName\t\tLEVEL\tMONEY\t元\t经济运行\t综合     | 第4行第1列 | must be upper-case
            repeated code          | GDP\t名\tName\t\tLEVEL\tMONEY\t元\t经济运行\t综合      | 第4行第1列 | repeats line 3
            empty name             | X\t\tName\t\tLEVEL\tMONEY\t元\t经济运行\t综合          | 第4行第2列 | name is empty
            unknown measure        | X\t名\tName\t\tLEVL\tMONEY\t元\t经济运行\t综合         | 第4行第5列 | measure 'LEVL'
            unknown kind           | X\t名\tName\t\tLEVEL\tCASH\t元\t经济运行\t综合         | 第4行第6列 | kind 'CASH'
            unknown section        | X\t名\tName\t\tLEVEL\tMONEY\t元\t经济\t综合            | 第4行第8列 | section '经济'
            unknown group          | X\t名\tName\t\tLEVEL\tMONEY\t元\t经济运行\t宏观        | 第4行第9列 | group '宏观'
            alias of another entry | X\t名\tName\t生产总值\tLEVEL\tMONEY\t元\t经济运行\t综合 | 第4行第4列 | already belongs to GDP on line 3
            """)
    void namesFileLineAndColumnInBothLanguages(String what, String line, String chinese, String english) {
        String text = "# test\n" + HEADER + GDP + line.replace("\\t", "\t") + "\n";
        assertThatThrownBy(() -> Catalogue.parse("bad.tsv", text))
                .isInstanceOf(CatalogueException.class)
                .hasMessageContaining("bad.tsv " + chinese)
                .hasMessageContaining("malformed catalogue bad.tsv line 4")
                .hasMessageContaining(english);
    }

    @Test
    void aWrongHeaderSaysWhatItMustRead() {
        assertThatThrownBy(() -> Catalogue.parse("h.tsv", "code\tname\tenglish\talias\tmeasure\n" + GDP))
                .isInstanceOf(CatalogueException.class)
                .hasMessageContaining("h.tsv 第1行第4列")
                .hasMessageContaining("header column 4 must be 'aliases'");
    }

    @Test
    void anEmptyFileIsRefused() {
        assertThatThrownBy(() -> Catalogue.parse("e.tsv", "# nothing\n" + HEADER))
                .isInstanceOf(CatalogueException.class)
                .hasMessageContaining("没有任何指标").hasMessageContaining("no indicator");
    }

    @Test
    void anUnreadableFileNamesItsPath(@TempDir Path dir) throws Exception {
        Path missing = dir.resolve("missing.tsv");
        assertThatThrownBy(() -> Catalogue.load(missing))
                .isInstanceOf(CatalogueException.class)
                .hasMessageContaining(missing.toString())
                .hasMessageContaining("--catalogue");
        Path good = dir.resolve("good.tsv");
        Files.writeString(good, HEADER + GDP, StandardCharsets.UTF_8);
        assertThat(Catalogue.load(good).entries()).hasSize(1);
    }

    @Test
    void normalizesWidthCaseSpacesAndQuotes() {
        assertThat(Catalogue.normalize(" ｇｄｐ “增长” ")).isEqualTo("GDP增长");
    }

    @Test
    void theShippedCatalogueLoads() {
        Catalogue shipped = Catalogue.defaults();
        assertThat(shipped.entries()).hasSizeGreaterThanOrEqualTo(150);
        assertThat(shipped.byCode("GDP")).isPresent();
    }
}
