package org.zhibiao.job.staging;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.RowMapper;
import org.springframework.jdbc.datasource.DriverManagerDataSource;

/**
 * File pages return every row of a run exactly once, in workbook order or in file order, with ties on every key
 * but the id (many rows of one sentence) and rows of another run interleaved.
 */
class FilePagesTest {

    record Row(long id, int order, String file, int line) {
    }

    private static final RowMapper<Row> ROW = (rs, i) -> new Row(rs.getLong("id"), rs.getInt("section_order"),
            rs.getString("file"), rs.getInt("line"));

    private final JdbcTemplate jdbc = new JdbcTemplate(new DriverManagerDataSource(
            "jdbc:h2:mem:filepages;DB_CLOSE_DELAY=-1", "sa", ""));
    private final List<Row> runOne = new ArrayList<>();

    @BeforeEach
    void rowsOfTwoRuns() {
        jdbc.execute("DROP TABLE IF EXISTS zb_indicator");
        jdbc.execute("CREATE TABLE zb_indicator (id BIGINT PRIMARY KEY, run_id BIGINT, section_order INT,"
                + " file VARCHAR(100), line INT)");
        Random random = new Random(7);
        for (long id = 1; id <= 300; id++) {
            long run = random.nextInt(4) == 0 ? 2 : 1;
            Row row = new Row(id, random.nextInt(3), "f" + random.nextInt(4) + ".txt", random.nextInt(5));
            jdbc.update("INSERT INTO zb_indicator VALUES (?,?,?,?,?)", row.id(), run, row.order(), row.file(),
                    row.line());
            if (run == 1) {
                runOne.add(row);
            }
        }
    }

    @Test
    void workbookOrderIsSectionThenFileThenLine() {
        List<Row> expected = new ArrayList<>(runOne);
        expected.sort(Comparator.comparingInt(Row::order).thenComparing(Row::file).thenComparingInt(Row::line)
                .thenComparingLong(Row::id));
        assertThat(FilePages.inWorkbookOrder(jdbc, 1L, ROW).toList()).containsExactlyElementsOf(expected);
    }

    @Test
    void fileOrderIsFileThenLine() {
        List<Row> expected = new ArrayList<>(runOne);
        expected.sort(Comparator.comparing(Row::file).thenComparingInt(Row::line).thenComparingLong(Row::id));
        assertThat(FilePages.inFileOrder(jdbc, 1L, ROW).toList()).containsExactlyElementsOf(expected);
    }
}
