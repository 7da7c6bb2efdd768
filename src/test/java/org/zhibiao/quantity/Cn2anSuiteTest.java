package org.zhibiao.quantity;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.zhibiao.model.Kind;

/** cn2an numeral tables (peer-suites/cn2an, MIT): Chinese numerals to numbers, and strings that are none. */
class Cn2anSuiteTest {

    private final QuantityExtractor extractor = new QuantityExtractor();

    @Test
    void values() {
        PeerSuite suite = new PeerSuite("cn2an values");
        for (JsonNode c : PeerSuite.load("cn2an/cn2an_values.jsonl")) {
            String input = c.get("input").asText();
            String group = c.get("group").asText();
            if (group.equals("direct")) {
                suite.skip("digit-by-digit transliteration keeping leading zeros (零一 → \"01\")");
            } else if (input.matches(".*[角分].*")) {
                suite.skip("sub-units 角/分");
            } else if (group.equals("error") && input.matches("[一壹]+")) {
                suite.skip("strict-mode errors that cn2an's normal mode reads (一一 = 11)");
            } else if (group.equals("error")) {
                BigDecimal read = NumberReader.read(input);
                suite.score(c.get("id").asText(), read == null, input + " read " + read);
            } else if (input.matches(".*[元圆整].*")) {
                List<Mention> found = extractor.extract(input);
                boolean pass = found.size() == 1 && found.get(0).kind() == Kind.MONEY
                        && PeerSuite.same(found.get(0).normalized(), c.get("expected").asText());
                suite.score(c.get("id").asText(), pass, input + " -> " + found);
            } else {
                BigDecimal read = NumberReader.read(input);
                suite.score(c.get("id").asText(), PeerSuite.same(read, c.get("expected").asText()),
                        input + " read " + read + " want " + c.get("expected").asText());
            }
        }
        System.out.println(suite.report());
        assertThat(suite.rate()).as(suite.report()).isGreaterThanOrEqualTo(97);
    }
}
