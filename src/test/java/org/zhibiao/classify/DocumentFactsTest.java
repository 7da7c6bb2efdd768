package org.zhibiao.classify;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvFileSource;
import org.zhibiao.text.Corpus;
import org.zhibiao.text.Document;
import org.zhibiao.text.ReportParser;
import org.zhibiao.text.Sentence;

class DocumentFactsTest {

    @ParameterizedTest(name = "{0}: {1} {2}")
    @CsvFileSource(resources = "/classify/document-facts.tsv", delimiter = '\t', encoding = "UTF-8")
    void regionAndDataYearOfEveryCorpusReport(String file, String region, int year) {
        Document doc = new ReportParser().parse(file, Corpus.read("corpus/" + file));
        assertThat(DocumentFacts.detect(doc)).isEqualTo(new DocumentFacts(region, year));
    }

    @Test
    void callerValuesOverrideDetectedOnes() {
        DocumentFacts detected = new DocumentFacts("张店区", 2021);
        assertThat(detected.withOverrides("淄博市", 2022)).isEqualTo(new DocumentFacts("淄博市", 2022));
        assertThat(detected.withOverrides(" ", null)).isEqualTo(detected);
        assertThat(detected.withOverrides(null, 2020)).isEqualTo(new DocumentFacts("张店区", 2020));
    }

    @Test
    void aTextThatNamesNothingGivesNulls() {
        Document doc = new Document("x.txt", "", List.of(new Sentence("x.txt", 1, "全年新增就业5611人。", List.of(), false)));
        assertThat(DocumentFacts.detect(doc)).isEqualTo(new DocumentFacts(null, null));
    }

    @Test
    void aYearInTheFileNameIsTheLastResort() {
        Sentence s = new Sentence("zibo-2023-report.txt", 1, "全年新增就业5611人。", List.of(), false);
        assertThat(DocumentFacts.detect(new Document("zibo-2023-report.txt", "", List.of(s))).year()).isEqualTo(2023);
        Sentence named = new Sentence("zibo-2023-report.txt", 1, "2021年，全区新增就业5611人。", List.of(), false);
        assertThat(DocumentFacts.detect(new Document("zibo-2023-report.txt", "", List.of(named))).year())
                .as("the text wins").isEqualTo(2021);
    }
}
