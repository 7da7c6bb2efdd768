package org.zhibiao.classify;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.zhibiao.model.Indicator;
import org.zhibiao.text.Corpus;
import org.zhibiao.text.ReportParser;

/**
 * Region and period accuracy on a hand-labelled sample of rows of the three documents the rules were tuned on
 * (golden/region-period-sample.tsv); the figures are printed for docs/golden.md.
 */
class RegionPeriodSampleTest {

    @Test
    void regionAndPeriodAreRightOnTheLabelledSample() throws IOException {
        List<String[]> labels = labels();
        Map<String, List<Indicator>> produced = new HashMap<>();
        IndicatorAssembler assembler = new IndicatorAssembler(Taxonomy.defaults());
        int regionRight = 0;
        int periodRight = 0;
        List<String> wrong = new ArrayList<>();
        for (String[] label : labels) {
            List<Indicator> rows = produced.computeIfAbsent(label[0], file -> assembler.assemble(
                    new ReportParser().parse(file, Corpus.read("corpus/" + file)), null, null));
            Indicator row = rows.stream().filter(r -> r.line() == Integer.parseInt(label[1])
                    && (r.value() + r.unit()).equals(label[2])).findFirst().orElse(null);
            boolean region = row != null && label[3].equals(row.region());
            boolean period = row != null && label[4].equals(row.period());
            regionRight += region ? 1 : 0;
            periodRight += period ? 1 : 0;
            if (!region || !period) {
                wrong.add(String.join(" ", label) + " ← " + (row == null ? "not found" : row.region() + " "
                        + row.period()));
            }
        }
        System.out.printf("region %d/%d, period %d/%d; wrong: %s%n", regionRight, labels.size(), periodRight,
                labels.size(), wrong);
        assertThat(labels).hasSizeGreaterThanOrEqualTo(90);
        assertThat(regionRight).isGreaterThanOrEqualTo(labels.size() * 95 / 100);
        assertThat(periodRight).isGreaterThanOrEqualTo(labels.size() * 95 / 100);
    }

    private static List<String[]> labels() throws IOException {
        List<String[]> labels = new ArrayList<>();
        try (InputStream in = RegionPeriodSampleTest.class.getResourceAsStream("/golden/region-period-sample.tsv")) {
            for (String line : new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n")) {
                if (!line.isBlank() && !line.startsWith("#") && !line.startsWith("file\t")) {
                    labels.add(line.split("\t"));
                }
            }
        }
        return labels;
    }
}
