package org.zhibiao.classify;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvFileSource;
import org.junit.jupiter.params.provider.CsvSource;
import org.zhibiao.model.Status;
import org.zhibiao.text.Document;
import org.zhibiao.text.Sentence;

/** Region and period rules on phrases and document openings composed for them (resources/classify/*.tsv). */
class RegionAndPeriodTest {

    @ParameterizedTest(name = "{0}: {1} → {5}")
    @CsvFileSource(resources = "/classify/periods.tsv", delimiter = '\t', encoding = "UTF-8")
    void aFigureTakesThePeriodOfTheTimeExpressionBeforeIt(String family, String sentence, String figure,
            int dataYear, int speakingYear, String period) {
        PeriodResolver.Period resolved = PeriodResolver.resolve(sentence, sentence.indexOf(figure),
                PeriodResolver.Period.year(dataYear), dataYear, speakingYear);
        assertThat(resolved.code()).isEqualTo(period);
        assertThat(resolved.lastYear()).isEqualTo(PeriodResolver.lastYear(period));
    }

    @ParameterizedTest(name = "{1} / {2} → {6}")
    @CsvFileSource(resources = "/classify/plan-periods.tsv", delimiter = '\t', encoding = "UTF-8")
    void aWorkReportsTargetsBelongToTheYearItsPlanAimsAt(String title, String heading, String text, String figure,
            Status status, int dataYear, String period) {
        Sentence sentence = new Sentence("r.txt", 2, text, List.of(heading), false);
        Document document = new Document("r.txt", title, List.of(sentence));
        assertThat(Periods.of(document, dataYear).of(sentence, text.indexOf(figure), status).code())
                .isEqualTo(period);
    }

    @ParameterizedTest(name = "{0}: {1} {2} → {3}")
    @CsvFileSource(resources = "/classify/regions.tsv", delimiter = '\t', encoding = "UTF-8")
    void theDocumentsRegionFromItsTitleOrItsOpening(String family, String title, String text, String region) {
        Document document = new Document("x.txt", title, List.of(new Sentence("x.txt", 2, text, List.of(), false)));
        assertThat(DocumentFacts.detect(document).region()).isEqualTo(region);
    }

    @ParameterizedTest(name = "{0} ({2}) → {3}")
    @CsvFileSource(resources = "/classify/sub-areas.tsv", delimiter = '\t', encoding = "UTF-8")
    void aFigureOfANamedSubAreaCarriesIt(String sentence, String figure, String documentRegion, String region) {
        assertThat(RegionResolver.regionOf(sentence, sentence.indexOf(figure), documentRegion)).isEqualTo(region);
    }

    @ParameterizedTest(name = "{0} → {1}")
    @CsvSource(delimiter = '|', textBlock = """
            2017年上半年光明区经济运行情况 | 2017H1
            大庆市2017年一季度经济运行分析 | 2017Q1
            2017年前三季度全市经济运行情况 | 2017Q1-3
            2017年1-10月经济运行简况       | 2017M1-10
            张店区2017年经济社会发展成就   | 2017
            """)
    void aTitleThatNamesAPartOfTheYearIsTheDocumentsPeriod(String title, String period) {
        assertThat(PeriodResolver.ofDocument(title, 2017).code()).isEqualTo(period);
    }

    @ParameterizedTest(name = "{0} to {1} → {2}")
    @CsvSource({"2025H1, 2023, 2023H1", "2021-2025, 2020, 2016-2020", "2025, 2019, 2019", "2025M1-10, 2024, 2024M1-10",
        ", 2022, 2022"})
    void aPeriodMovesToAYearGivenPerFile(String period, int year, String moved) {
        assertThat(PeriodResolver.movedTo(period, year)).isEqualTo(moved);
    }
}
