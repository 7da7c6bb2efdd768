package org.zhibiao.quantity;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The long-tail families of issue 15, one table: quantity/families.tsv. Each row is a phrase composed for the
 * family (not copied from a corpus document) and either the mention it must yield (every listed field checked;
 * an empty status is not checked) or, with value "-", a span that no mention may overlap.
 */
class ExtractionFamiliesTest {

    private final QuantityExtractor extractor = new QuantityExtractor();

    record Row(String family, String phrase, String span, String value, String unit, String normalized,
            String baseUnit, String qualifier, String kind, String status) {
        boolean negative() {
            return value.equals("-");
        }
    }

    static List<Row> table() throws IOException {
        List<Row> rows = new ArrayList<>();
        try (InputStream in = ExtractionFamiliesTest.class.getResourceAsStream("/quantity/families.tsv")) {
            String content = new String(in.readAllBytes(), StandardCharsets.UTF_8);
            int lineNo = 0;
            for (String line : content.split("\n")) {
                lineNo++;
                if (line.isBlank() || line.startsWith("#")) {
                    continue;
                }
                String[] f = line.split("\t", -1);
                assertThat(f.length).as("families.tsv line %d: %s", lineNo, line).isGreaterThanOrEqualTo(3);
                String[] g = new String[10];
                for (int i = 0; i < g.length; i++) {
                    g[i] = i < f.length ? f[i] : "";
                }
                rows.add(new Row(g[0], g[1], g[2], g[3], g[4], g[5], g[6], g[7], g[8], g[9]));
            }
        }
        return rows;
    }

    static Stream<Arguments> rows() throws IOException {
        return table().stream().map(r -> Arguments.of(r.family(), r.phrase(), r));
    }

    @ParameterizedTest(name = "{0}: {1}")
    @MethodSource("rows")
    void rowHolds(String family, String phrase, Row row) {
        List<Mention> mentions = extractor.extract(phrase);
        int at = phrase.indexOf(row.span());
        assertThat(at).as("span %s must stand in the phrase", row.span()).isGreaterThanOrEqualTo(0);
        if (row.negative()) {
            int end = at + row.span().length();
            assertThat(mentions).as("no mention may overlap %s", row.span())
                    .noneMatch(m -> m.start() < end && m.end() > at);
            return;
        }
        Mention m = mentions.stream().filter(x -> x.text().equals(row.span())).findFirst().orElse(null);
        assertThat(m).as("mention %s among %s", row.span(), mentions).isNotNull();
        QuantityExtractorPhrasesTest.assertNumber(m.value(), m.valueHigh(), row.value());
        assertThat(m.unit()).as("unit").isEqualTo(row.unit());
        QuantityExtractorPhrasesTest.assertNumber(m.normalized(), m.normalizedHigh(), row.normalized());
        assertThat(m.baseUnit()).as("base unit").isEqualTo(row.baseUnit());
        assertThat(m.qualifier().name()).as("qualifier").isEqualTo(row.qualifier());
        assertThat(m.kind().name()).as("kind").isEqualTo(row.kind());
        if (!row.status().isEmpty()) {
            assertThat(m.status().name()).as("status").isEqualTo(row.status());
        }
    }

    @Test
    void everyFamilyHasFifteenPhrasesBothWays() throws IOException {
        Map<String, int[]> counts = new TreeMap<>();
        for (Row row : table()) {
            int[] c = counts.computeIfAbsent(row.family(), k -> new int[2]);
            c[row.negative() ? 1 : 0]++;
        }
        assertThat(counts).isNotEmpty();
        counts.forEach((family, c) -> {
            assertThat(c[0] + c[1]).as("%s: phrases", family).isGreaterThanOrEqualTo(15);
            assertThat(c[0]).as("%s: positive phrases", family).isPositive();
            assertThat(c[1]).as("%s: negative phrases", family).isPositive();
        });
    }
}
