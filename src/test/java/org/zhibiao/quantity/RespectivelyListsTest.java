package org.zhibiao.quantity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import org.junit.jupiter.api.Test;
import org.zhibiao.model.Kind;
import org.zhibiao.model.Status;

/** 分别 lists, the brief's example and the noun-list form of the statistical communiqués. */
class RespectivelyListsTest {

    private final QuantityExtractor extractor = new QuantityExtractor();

    @Test
    void pairsEachRateWithTheQuantityItGrewFrom() {
        String text = "实际使用外资6253万美元，预计外贸进出口总额完成145亿元，分别同比增长21%、20%。";

        assertThat(extractor.extract(text))
                .extracting(Mention::text, Mention::kind, Mention::status, Mention::subject)
                .containsExactly(
                        tuple("6253万美元", Kind.MONEY, Status.ACTUAL, "实际使用外资"),
                        tuple("145亿元", Kind.MONEY, Status.ESTIMATE, "外贸进出口总额"),
                        tuple("21%", Kind.GROWTH_RATE, Status.ACTUAL, "实际使用外资"),
                        tuple("20%", Kind.GROWTH_RATE, Status.ESTIMATE, "外贸进出口总额"));
    }

    @Test
    void pairsWithTheNounsBeforeWhenNoQuantitiesStandThere() {
        String text = "刑事治安、涉诈、涉毒警情分别下降17.7%、17.4%、68%。";

        assertThat(extractor.extract(text))
                .extracting(Mention::subject, m -> m.value().toPlainString())
                .containsExactly(tuple("刑事治安警情", "-17.7"), tuple("涉诈警情", "-17.4"), tuple("涉毒警情", "-68"));
    }

    @Test
    void sharesTheHeadOfTheLastNoun() {
        String text = "年末国家级、省级农业产业化龙头企业分别为10家和160家。";

        assertThat(extractor.extract(text)).extracting(Mention::subject)
                .containsExactly("国家级农业产业化龙头企业", "省级农业产业化龙头企业");
    }

    @Test
    void expandsAnOrdinalList() {
        String text = "第一、二、三产业对经济增长的贡献率分别为13.9%、49.0%、37.1%。";

        assertThat(extractor.extract(text)).extracting(Mention::subject)
                .containsExactly("第一产业对经济增长的贡献率", "第二产业对经济增长的贡献率", "第三产业对经济增长的贡献率");
    }
}
