package org.zhibiao.golden;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.zhibiao.classify.IndicatorAssembler;
import org.zhibiao.classify.Taxonomy;
import org.zhibiao.text.Document;
import org.zhibiao.text.ReportParser;

/**
 * The measured result: the whole text pipeline (parser, extractor, assembler) against the hand-checked
 * golden lists. Prints a report per document with the rows to fix; see docs/golden.md.
 */
class GoldenListTest {

    @ParameterizedTest(name = "{0}")
    @EnumSource(GoldenDocuments.class)
    void extractionMatchesTheGoldenList(GoldenDocuments doc) {
        GoldenList golden = doc.golden();
        Document parsed = new ReportParser().parse(doc.fileName(), doc.source());
        List<ProducedRow> produced = new IndicatorAssembler(Taxonomy.defaults()).assemble(parsed, null, null)
                .stream().map(ProducedRow::of).toList();

        GoldenScore score = GoldenScore.score(golden.rows(), produced);
        String report = score.report(doc.fileName() + " vs " + doc.goldenResource);
        System.out.println(report);
        writeReport(doc, report);

        assertThat(score.precision()).as("precision\n" + report).isGreaterThanOrEqualTo(doc.floors.precision());
        assertThat(score.recall()).as("recall\n" + report).isGreaterThanOrEqualTo(doc.floors.recall());
        assertThat(score.kindAccuracy()).as("kind accuracy\n" + report).isGreaterThanOrEqualTo(doc.floors.kind());
        assertThat(score.statusAccuracy()).as("status accuracy\n" + report)
                .isGreaterThanOrEqualTo(doc.floors.status());
        if (doc.sectioned) {
            assertThat(score.sectionAccuracy()).as("section accuracy\n" + report).isGreaterThanOrEqualTo(0.97);
        }
    }

    /** Also keeps the report in target/golden/ so the figures can be copied into docs/golden.md. */
    private static void writeReport(GoldenDocuments doc, String report) {
        try {
            Path dir = Path.of("target", "golden");
            Files.createDirectories(dir);
            Files.writeString(dir.resolve(doc.name().toLowerCase(Locale.ROOT) + ".txt"), report);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
