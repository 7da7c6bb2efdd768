package org.zhibiao.quantity;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Runs the extractor over every sentence-ish line (split on 。；and line breaks) of every corpus report: it
 * must never throw, every span must be a slice of its sentence, and each file must give a sane number of
 * mentions, including a few that must be there. Floors are about 80% of the count measured on 2026-11-29.
 */
class CorpusExtractionTest {

    private final QuantityExtractor extractor = new QuantityExtractor();

    @ParameterizedTest(name = "{0}: at least {1}")
    @CsvSource(delimiter = '|', textBlock = """
            zhangdian-2021-achievements.md                          | 60  | 24亿元;9650万元;6253万美元;4.1万名;1500余亩;50万件以上
            reports/001_hailar_2012_gov_work_report.txt              | 120 | 198.5亿元;22.3%;突破7300万元;4.08%以内
            reports/002_hailar_2014_gov_work_report.txt              | 100 |
            reports/003_hailar_2016_gov_work_report.txt              | 180 |
            reports/007_guangdong_2026_gov_work_report.txt           | 260 | 9.5万亿元;4.0∶37.7∶58.3
            reports/008_sichuan_2026_gov_work_report.txt             | 230 |
            reports/013_changde_2025_statistical_communique.txt      | 290 |
            reports/014_yiyang_2025_statistical_communique.txt       | 250 |
            reports/015_nanyang_2025_statistical_communique.txt      | 310 |
            reports/016_shijiazhuang_2025_statistical_communique.txt | 220 |
            reports/017_quanzhou_2025_statistical_communique.txt     | 460 | 13778.34亿元;2.0︰50.5︰47.5;773.49万人
            reports/024_daqing_2017_stats_analysis_q1_economy_analysis.txt | 120 | 626.9亿元
            reports/027_national_2022_party_congress_report_20th.txt | 21  | 五十四万亿元;七点二个百分点;百分之十八点五;十亿四千万人
            reports/028_guangming_shenzhen_2022_news_h1_economy.txt  | 25  |
            """)
    void extractsSanelyFromEveryLine(String file, int atLeast, String mustFind) throws IOException {
        List<String> found = new ArrayList<>();
        int lines = 0;
        for (String sentence : read("/corpus/" + file).replace("**", "").split("[。；\n]")) {
            if (sentence.isBlank()) {
                continue;
            }
            lines++;
            for (Mention m : extractor.extract(sentence)) {
                assertThat(sentence.substring(m.start(), m.end())).isEqualTo(m.text());
                found.add(m.text());
            }
        }
        assertThat(found.size()).as("mentions in %s (%d lines)", file, lines).isGreaterThanOrEqualTo(atLeast);
        // a mention for every two lines at most would be sane; more than four per line would be noise
        assertThat(found.size()).isLessThan(lines * 4);
        if (mustFind != null) {
            assertThat(found).contains(mustFind.split(";"));
        }
    }

    private static String read(String resource) throws IOException {
        try (InputStream in = CorpusExtractionTest.class.getResourceAsStream(resource)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }
}
