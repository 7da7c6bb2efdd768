package org.zhibiao.quantity;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.zhibiao.model.Kind;
import org.zhibiao.model.Qualifier;

/** JioNLP money tests (peer-suites/jionlp, Apache-2.0): parsing isolated amounts and finding them in text. */
class JioNlpMoneySuiteTest {

    /** JioNLP's definition → our qualifiers. 多/余 are "blur" there and AT_LEAST here (brief). */
    private static final Map<String, List<Qualifier>> DEFINITIONS = Map.of(
            "accurate", List.of(Qualifier.EXACT),
            "blur", List.of(Qualifier.ABOUT, Qualifier.RANGE, Qualifier.AT_LEAST),
            "blur-", List.of(Qualifier.AT_MOST),
            "blur+", List.of(Qualifier.AT_LEAST));

    private final QuantityExtractor extractor = new QuantityExtractor();

    @Test
    void parseMoney() {
        PeerSuite suite = new PeerSuite("JioNLP parse_money");
        for (JsonNode c : PeerSuite.load("jionlp/parse_money.jsonl")) {
            String input = c.get("input").asText();
            String category = c.get("category").asText();
            JsonNode expected = c.get("expected");
            if (c.has("note") && c.get("note").asText().contains(input)) {
                suite.skip("ambiguous by JioNLP's own note (八到九百亿)");
            } else if (category.equals("模糊金额") || category.equals("连续金额")) {
                suite.skip("vague amounts (几十万, 八九亿)");
            } else if (input.matches(".*[kKwW].*")) {
                suite.skip("k/w shorthand (15k, 30w)");
            } else if (input.matches(".*[角分毛].*")) {
                suite.skip("sub-units 角/分/毛");
            } else if (input.contains(" ")) {
                suite.skip("spaces inside the amount");
            } else if (!input.matches(".*(元|圆|币|镑|铢|卢布|块).*")) {
                suite.skip("no currency word (三百万, 小于40万): not money in a report");
            } else if (category.startsWith("特殊")) {
                suite.skip("two currency words (三万元欧元)");
            } else {
                List<Mention> money = money(extractor.extract(input));
                boolean pass = money.size() == 1 && matches(money.get(0), expected);
                suite.score(c.get("id").asText(), pass, input + " -> " + money);
            }
        }
        System.out.println(suite.report());
        assertThat(suite.rate()).as(suite.report()).isGreaterThanOrEqualTo(96);
    }

    @Test
    void extractMoney() {
        PeerSuite suite = new PeerSuite("JioNLP extract_money");
        for (JsonNode c : PeerSuite.load("jionlp/extract_money.jsonl")) {
            String input = c.get("input").asText();
            String texts = c.get("expected").toString();
            if (texts.matches(".*[角分]\\d*\".*") || texts.contains("角")) {
                suite.skip("sub-units 角/分/毛");
            } else if (texts.matches(".*\\d+k.*")) {
                suite.skip("k shorthand (10k~15k)");
            } else if (texts.contains(" ")) {
                suite.skip("spaces inside the amount");
            } else {
                List<Mention> money = money(extractor.extract(input));
                boolean pass = money.size() == c.get("expected").size();
                for (JsonNode e : c.get("expected")) {
                    int start = e.get("offset").get(0).asInt();
                    int end = e.get("offset").get(1).asInt();
                    pass &= money.stream().anyMatch(m -> m.start() < end && start < m.end());
                }
                suite.score(c.get("id").asText(), pass, input + " -> " + money);
            }
        }
        System.out.println(suite.report());
        assertThat(suite.rate()).as(suite.report()).isGreaterThanOrEqualTo(100);
    }

    private static boolean matches(Mention m, JsonNode expected) {
        JsonNode num = expected.get("num");
        boolean value;
        if (num.isArray()) {
            value = PeerSuite.same(m.normalized(), num.get(0).asText())
                    && (m.normalizedHigh() == null ? m.qualifier() == Qualifier.AT_LEAST
                            : PeerSuite.same(m.normalizedHigh(), num.get(1).asText()));
        } else {
            value = PeerSuite.same(m.normalized(), num.asText());
        }
        boolean currency = m.baseUnit().equals(expected.get("case").asText());
        boolean qualifier = DEFINITIONS.get(expected.get("definition").asText()).contains(m.qualifier());
        return value && currency && qualifier;
    }

    private static List<Mention> money(List<Mention> mentions) {
        List<Mention> money = new ArrayList<>();
        for (Mention m : mentions) {
            if (m.kind() == Kind.MONEY) {
                money.add(m);
            }
        }
        return money;
    }
}
