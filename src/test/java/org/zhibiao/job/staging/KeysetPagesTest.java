package org.zhibiao.job.staging;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.DriverManagerDataSource;

/**
 * Keyset pages return every row of a run exactly once, in key order, whatever the page size, including ties on
 * every key but the last (many rows of one sentence line) and rows of another run interleaved.
 */
class KeysetPagesTest {

    record Row(long id, int order, String file, int line) {
    }

    @ParameterizedTest
    @ValueSource(ints = {1, 2, 7, 1000})
    void everyRowOnceInKeyOrder(int pageSize) {
        JdbcTemplate jdbc = new JdbcTemplate(new DriverManagerDataSource(
                "jdbc:h2:mem:keyset" + pageSize + ";DB_CLOSE_DELAY=-1", "sa", ""));
        jdbc.execute("CREATE TABLE zb_rows (id BIGINT PRIMARY KEY, run_id BIGINT, section_order INT,"
                + " file VARCHAR(100), line INT)");
        Random random = new Random(7);
        List<Row> expected = new ArrayList<>();
        for (long id = 1; id <= 300; id++) {
            long run = random.nextInt(4) == 0 ? 2 : 1;
            Row row = new Row(id, random.nextInt(3), "f" + random.nextInt(4) + ".txt", random.nextInt(5));
            jdbc.update("INSERT INTO zb_rows VALUES (?,?,?,?,?)", row.id(), run, row.order(), row.file(), row.line());
            if (run == 1) {
                expected.add(row);
            }
        }
        expected.sort(Comparator.comparingInt(Row::order).thenComparing(Row::file).thenComparingInt(Row::line)
                .thenComparingLong(Row::id));

        List<Row> read = new KeysetPages<>(jdbc, "zb_rows", List.of("section_order", "file", "line", "id"),
                pageSize, (rs, i) -> new Row(rs.getLong("id"), rs.getInt("section_order"), rs.getString("file"),
                        rs.getInt("line")), 1L).stream().toList();

        assertThat(read).containsExactlyElementsOf(expected);
    }
}
