package org.zhibiao.quantity;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** Table-driven: each row of quantity/phrases.tsv is a real phrase and one mention it must yield. */
class QuantityExtractorPhrasesTest {

    private final QuantityExtractor extractor = new QuantityExtractor();

    static Stream<Arguments> rows() throws IOException {
        List<Arguments> rows = new ArrayList<>();
        try (InputStream in = QuantityExtractorPhrasesTest.class.getResourceAsStream("/quantity/phrases.tsv")) {
            String content = new String(in.readAllBytes(), StandardCharsets.UTF_8);
            for (String line : content.split("\n")) {
                if (line.isBlank() || line.startsWith("#")) {
                    continue;
                }
                String[] f = line.split("\t", -1);
                rows.add(Arguments.of(f[0], f[1], f[2], f[3], f[4], f[5], f[6], f[7], f[8], f[9]));
            }
        }
        assertThat(rows).hasSizeGreaterThanOrEqualTo(80);
        return rows.stream();
    }

    @ParameterizedTest(name = "{1} in {0}")
    @MethodSource("rows")
    void findsTheMentionAsListed(String phrase, String span, String value, String unit, String normalized,
            String baseUnit, String qualifier, String kind, String status, String subject) {
        List<Mention> mentions = extractor.extract(phrase);
        Mention m = mentions.stream().filter(x -> x.text().equals(span)).findFirst().orElse(null);
        assertThat(m).as("mention %s among %s", span, mentions).isNotNull();
        assertThat(phrase.substring(m.start(), m.end())).isEqualTo(span);
        assertNumber(m.value(), m.valueHigh(), value);
        assertThat(m.unit()).isEqualTo(unit);
        assertNumber(m.normalized(), m.normalizedHigh(), normalized);
        assertThat(m.baseUnit()).isEqualTo(baseUnit);
        assertThat(m.qualifier().name()).isEqualTo(qualifier);
        assertThat(m.kind().name()).isEqualTo(kind);
        assertThat(m.status().name()).isEqualTo(status);
        assertThat(m.subject()).isEqualTo(subject);
    }

    /** {@code expected} is a number, or {@code low~high} for a range. */
    static void assertNumber(BigDecimal low, BigDecimal high, String expected) {
        String[] parts = expected.split("~");
        assertThat(low).isEqualByComparingTo(parts[0]);
        if (parts.length == 2) {
            assertThat(high).isEqualByComparingTo(parts[1]);
        } else {
            assertThat(high).isNull();
        }
    }
}
