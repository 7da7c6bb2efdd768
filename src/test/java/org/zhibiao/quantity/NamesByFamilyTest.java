package org.zhibiao.quantity;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The 指标 name by family (quantity/names.tsv, phrases composed for the table): owners of dependent measures,
 * 分别 lists, 、-lists, figure captions, verbs and fragments, one name however it is said, rate nouns after a
 * count, session ordinals. Each row checks the span's value, unit and qualifier too, so a name rule that breaks
 * a number shows here.
 */
class NamesByFamilyTest {

    private final QuantityExtractor extractor = new QuantityExtractor();

    @ParameterizedTest(name = "{0}: {1} → {2}")
    @MethodSource("rows")
    void nameIsWhatIsMeasured(String family, String phrase, String span, String value, String unit, String qualifier,
            String name) {
        List<Mention> mentions = extractor.extract(phrase);
        Optional<Mention> found = mentions.stream().filter(m -> m.text().equals(span)).findFirst();
        if (value.equals("-")) {
            assertThat(found).as("%s gives no mention in %s; got %s", span, phrase, mentions).isEmpty();
            return;
        }
        assertThat(found).as("%s in %s; got %s", span, phrase, mentions).isPresent();
        Mention m = found.get();
        assertThat(m.value()).as("value").isEqualByComparingTo(new BigDecimal(value));
        assertThat(m.unit()).as("unit").isEqualTo(unit);
        assertThat(m.qualifier().name()).as("qualifier").isEqualTo(qualifier);
        if (!name.isEmpty()) {
            assertThat(m.subject()).as("name of %s in %s", span, phrase).isEqualTo(name);
        }
    }

    static Stream<Arguments> rows() throws IOException {
        List<Arguments> rows = new ArrayList<>();
        try (InputStream in = NamesByFamilyTest.class.getResourceAsStream("/quantity/names.tsv")) {
            String[] lines = new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n");
            for (String line : lines) {
                if (line.isBlank() || line.startsWith("#") || line.startsWith("family\t")) {
                    continue;
                }
                String[] f = line.split("\t", -1);
                String[] padded = new String[7];
                for (int i = 0; i < 7; i++) {
                    padded[i] = i < f.length ? f[i] : "";
                }
                rows.add(Arguments.of((Object[]) padded));
            }
        }
        return rows.stream();
    }
}
