package org.zhibiao.job;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.batch.infrastructure.item.ExecutionContext;
import org.zhibiao.input.InputFileFacts;
import org.zhibiao.job.staging.MemoryStaging;
import org.zhibiao.model.Indicator;
import org.zhibiao.model.Kind;
import org.zhibiao.model.Qualifier;
import org.zhibiao.model.Severity;
import org.zhibiao.model.Source;
import org.zhibiao.model.Status;

/**
 * The export's reader on real staging: every row of the run once, in workbook order (section, file, line, id) across
 * the read-ahead's pages of 2,000 rows, the section counts of the GROUP BY, no saved state, and a reopened reader
 * (a restarted export) starting again from the first row.
 */
class StagedIndicatorReaderTest {

    private static final List<String> SECTIONS = List.of("经济运行", "产业基础", "民生保障");

    private MemoryStaging db;

    @BeforeEach
    void stage() {
        db = MemoryStaging.open("reader" + System.nanoTime());
        Random random = new Random(16);
        for (long run : new long[] {1, 2}) {
            for (int f = 0; f < 60; f++) {
                String file = "report-" + (59 - f) + ".md"; // staged in the reverse of their order
                List<Indicator> rows = new ArrayList<>();
                int count = 20 + random.nextInt(80); // about 3,500 rows a run: two pages and more
                for (int i = 0; i < count; i++) {
                    rows.add(indicator(file, SECTIONS.get(random.nextInt(SECTIONS.size())), count - i));
                }
                db.staging().replaceFile(run, new InputFileFacts(file, "REPORT", 1, "0".repeat(64), count, count, 0, 0,
                        count), rows, List.of(), SECTIONS::indexOf);
            }
        }
    }

    private static Indicator indicator(String file, String section, int line) {
        return new Indicator(0, "张店区", 2021, section, "指标" + line, new BigDecimal("8.5"), null, "亿元",
                new BigDecimal("850000000"), "元", Kind.MONEY, Qualifier.EXACT, Status.ACTUAL, Source.BODY,
                "句子" + line, file, line, Severity.PASS, "");
    }

    private static List<Long> readAll(StagedIndicatorReader reader, ExecutionContext context) throws Exception {
        List<Long> ids = new ArrayList<>();
        reader.open(context);
        for (Indicator row = reader.read(); row != null; row = reader.read()) {
            ids.add(row.id());
        }
        reader.update(context);
        reader.close();
        return ids;
    }

    @Test
    void readsTheRunsRowsInWorkbookOrderAcrossPagesAndCountsTheSections() throws Exception {
        List<Long> workbookOrder = db.jdbc().queryForList(
                "SELECT id FROM zb_indicator WHERE run_id = 1 ORDER BY section_order, file, line, id", Long.class);
        assertThat(workbookOrder).as("more than one page of 2,000").hasSizeGreaterThan(2_000);
        StagedIndicatorReader reader = new StagedIndicatorReader(1, db.staging());
        ExecutionContext context = new ExecutionContext();

        assertThat(readAll(reader, context)).containsExactlyElementsOf(workbookOrder);
        Map<String, Long> grouped = db.staging().sectionCounts(1);
        assertThat(reader.counts().inOrder()).containsExactlyEntriesOf(grouped);
        assertThat(reader.counts().total()).isEqualTo(workbookOrder.size());
        assertThat(context.isEmpty()).as("saves no state").isTrue();
    }

    @Test
    void aReopenedReaderStartsAgainFromTheFirstRow() throws Exception {
        StagedIndicatorReader reader = new StagedIndicatorReader(2, db.staging());
        ExecutionContext context = new ExecutionContext();
        reader.open(context);
        Indicator first = reader.read();
        for (int i = 0; i < 2_500; i++) {
            reader.read();
        }
        reader.update(context);
        reader.close(); // a failed export: part of the rows read

        List<Long> again = readAll(reader, context);

        assertThat(again.get(0)).isEqualTo(first.id());
        assertThat(again).hasSize(db.jdbc().queryForObject("SELECT COUNT(*) FROM zb_indicator WHERE run_id = 2",
                Integer.class));
        assertThat(reader.counts().total()).isEqualTo(again.size()); // counted afresh
    }
}
