package org.zhibiao.classify;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.zhibiao.text.Document;
import org.zhibiao.text.Sentence;

/**
 * The festive-title-prefix family (DocumentFacts): celebration verbs that open a news title (喜迎, 热烈庆祝, 献礼 …)
 * are never part of the place the title names. Titles composed for the family; names that merely contain such
 * a character keep it.
 */
class FestiveTitlePrefixesTest {

    @ParameterizedTest(name = "{0} → {1}")
    @CsvSource(delimiter = '|', textBlock = """
            喜迎青州市第五次党代会                     | 青州市
            热烈庆祝青州市第五次党代会胜利召开           | 青州市
            热烈祝贺临淄区第十二次党代会开幕             | 临淄区
            隆重庆祝寿光市第八次党代会召开               | 寿光市
            庆祝沂水县第十次党代会召开                   | 沂水县
            祝贺周村区第九次党代会召开                   | 周村区
            迎接桓台县第十三次党代会                     | 桓台县
            献礼沂源县第十四次党代会                     | 沂源县
            喜庆高青县第十五次党代会                     | 高青县
            欢庆淄川区第十一次党代会召开                 | 淄川区
            共庆莱芜区第三次党代会                        | 莱芜区
            礼赞张店区第十三次党代会                      | 张店区
            喜迎庆云县第十次党代会                        | 庆云县
            迎接迎泽区第七次党代会                        | 迎泽区
            热烈欢迎贺兰县第六次党代会代表                | 贺兰县
            """)
    void aFestivePrefixIsNoPartOfThePlace(String title, String place) {
        Sentence heading = new Sentence("news.md", 1, title, List.of(), false);
        Document doc = new Document("news.md", title, List.of(heading));
        assertThat(DocumentFacts.detect(doc).region()).isEqualTo(place);
    }
}
