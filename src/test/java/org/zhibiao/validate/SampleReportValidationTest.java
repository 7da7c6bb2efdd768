package org.zhibiao.validate;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.zhibiao.csv.CsvTableReader;
import org.zhibiao.model.Finding;
import org.zhibiao.model.Indicator;
import org.zhibiao.model.Kind;
import org.zhibiao.model.Qualifier;
import org.zhibiao.model.Severity;
import org.zhibiao.model.Source;
import org.zhibiao.model.Status;

/**
 * All figures of the sample report (src/test/resources/validate/zhangdian-2021-figures.tsv), whose
 * highlight box and article agree: no false alarms, and a single changed figure is caught.
 */
class SampleReportValidationTest {

    private final Validator validator = new Validator();

    @Test
    void faithfulFiguresOfTheSampleGiveNoFindings() throws IOException {
        assertThat(validator.validate(reportFigures())).isEmpty();
    }

    @Test
    void withTheSampleCsvOnlyTheElderlyCareCentresDisagree() throws IOException {
        List<Indicator> rows = new ArrayList<>(reportFigures());
        long id = 1000;
        for (Indicator csv : new CsvTableReader().read(Path.of("input/zhangdian-2021-indicators.csv"),
                "zhangdian-2021-indicators.csv").indicators()) {
            rows.add(csv.withId(id++));
        }

        List<Finding> findings = validator.validate(rows);

        assertThat(findings).hasSize(2).allSatisfy(f -> {
            assertThat(f.severity()).isEqualTo(Severity.ERROR);
            assertThat(f.rule()).isEqualTo(CsvTextRule.MISMATCH);
            assertThat(f.message()).startsWith("CSV“综合养老服务中心9处”（zhangdian-2021-indicators.csv 第8行）");
        });
    }

    @Test
    void aChangedSummaryFigureIsCaught() throws IOException {
        List<Indicator> rows = new ArrayList<>(reportFigures());
        Indicator loan = rows.stream().filter(i -> i.source() == Source.SUMMARY && i.subject().endsWith("解决贷款"))
                .findFirst().orElseThrow();
        rows.set(rows.indexOf(loan), new Indicator(loan.id(), loan.region(), loan.year(), loan.section(),
                loan.subject(), new BigDecimal("9560"), null, "万元", new BigDecimal("95600000"), "元", Kind.MONEY,
                Qualifier.EXACT, Status.ACTUAL, Source.SUMMARY, loan.sentence().replace("9650", "9560"), loan.file(),
                loan.line(), Severity.PASS, ""));

        assertThat(validator.validate(rows)).singleElement().satisfies(f -> {
            assertThat(f.rule()).isEqualTo(SummaryBodyRule.MISMATCH);
            assertThat(f.message()).isEqualTo("摘要“中小微企业解决贷款9560万元”与正文“解决贷款9650万元”不一致（正文第33行）");
        });
    }

    @Test
    void aSummaryFigureMissingFromTheBodyIsCaught() throws IOException {
        List<Indicator> rows = new ArrayList<>(reportFigures());
        rows.removeIf(i -> i.source() == Source.BODY && i.subject().equals("招引培育高层次人才"));

        assertThat(validator.validate(rows)).singleElement().satisfies(f -> {
            assertThat(f.rule()).isEqualTo(SummaryBodyRule.MISSING);
            assertThat(f.severity()).isEqualTo(Severity.WARNING);
            assertThat(f.message()).startsWith("摘要“高层次人才14人”在正文中未找到");
        });
    }

    static List<Indicator> reportFigures() throws IOException {
        List<Indicator> rows = new ArrayList<>();
        for (String line : Files.readAllLines(Path.of("src/test/resources/validate/zhangdian-2021-figures.tsv"),
                StandardCharsets.UTF_8)) {
            if (line.isBlank() || line.startsWith("#")) {
                continue;
            }
            String[] c = line.split("\t");
            int at = Integer.parseInt(c[1]);
            rows.add(new Indicator(rows.size() + 1, "张店区", 2021, "", c[2], new BigDecimal(c[3]), null, c[4],
                    new BigDecimal(c[5]), c[6], Kind.valueOf(c[7]), Qualifier.valueOf(c[8]), Status.valueOf(c[9]),
                    Source.valueOf(c[0]), SampleRows.sentence(at), SampleRows.REPORT, at, Severity.PASS, ""));
        }
        return rows;
    }
}
