package org.zhibiao.job.staging;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.function.ToIntFunction;
import java.util.stream.Stream;
import javax.sql.DataSource;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.RowMapper;
import org.springframework.jdbc.datasource.DataSourceTransactionManager;
import org.springframework.jdbc.datasource.DriverManagerDataSource;
import org.springframework.transaction.support.TransactionTemplate;
import org.zhibiao.input.InputFileFacts;
import org.zhibiao.job.PostgresSchemas;
import org.zhibiao.model.Indicator;
import org.zhibiao.model.Kind;
import org.zhibiao.model.Qualifier;
import org.zhibiao.model.Severity;
import org.zhibiao.model.Source;
import org.zhibiao.model.Status;

/**
 * Pages of real staged rows (the staging schema, rows written by replaceFile) on H2 and, when ZHIBIAO_PG_URL is
 * set, on PostgreSQL: every row once, in the order of one plain ORDER BY on the same database (so in its collation
 * of file names, odd ones included), pages never larger than asked unless one file alone is, a file never split
 * between pages, an empty run gives nothing, and the export's read-ahead stream gives the same rows, the same
 * section counts as the GROUP BY, and leaves no thread or session behind when closed early.
 */
class StagedPagesTest {

    static final List<String> SECTIONS = List.of("经济运行", "产业基础", "民生保障", "未分类");
    static final List<String> FILES = List.of("a.md", "a .md", "A.md", "a", "b'q\".md", "100%_x.md", "_%.md",
            "报告 二〇二一.md", "報告.md", "z\\back.md", "emoji😀.md", "tab\tname.md", "-dash.md", "ｆｕｌｌ.md",
            "x".repeat(300) + ".md", "empty.md", "one.md", "big.md");
    static final ToIntFunction<String> ORDER = s -> SECTIONS.indexOf(s) >= 0 ? SECTIONS.indexOf(s) : 3;

    record Row(long id, int order, String file, int line) {
    }

    static final RowMapper<Row> ROW = (rs, i) -> new Row(rs.getLong("id"), rs.getInt("section_order"),
            rs.getString("file"), rs.getInt("line"));

    private JdbcTemplate jdbc;
    private StagingRepository staging;
    private String database;

    private void stage(String db) throws Exception {
        database = db;
        DataSource source = db.equals("h2")
                ? new DriverManagerDataSource("jdbc:h2:mem:staged" + System.nanoTime() + ";DB_CLOSE_DELAY=-1", "sa", "")
                : new DriverManagerDataSource(PostgresSchemas.fresh("zb_pages_"), PostgresSchemas.USER, "");
        jdbc = new JdbcTemplate(source);
        StagingSchema.create(jdbc);
        staging = new StagingRepository(jdbc, new TransactionTemplate(new DataSourceTransactionManager(source)));
        Random random = new Random(3);
        for (long run : new long[] {2, 1, 3}) {
            for (String file : FILES) {
                int rows = switch (file) {
                    case "empty.md" -> 0;
                    case "one.md" -> 1;
                    case "big.md" -> 40;
                    default -> random.nextInt(9);
                };
                List<Indicator> indicators = new ArrayList<>();
                for (int i = 0; i < rows; i++) {
                    String section = random.nextInt(8) == 0 ? "自定义" : SECTIONS.get(random.nextInt(SECTIONS.size()));
                    indicators.add(indicator(file, section, random.nextInt(4) + 1, i));
                }
                staging.replaceFile(run, new InputFileFacts(file, "REPORT", 1, "0".repeat(64), rows, rows, 0, 0, rows),
                        indicators, List.of(), ORDER);
            }
        }
    }

    private static Indicator indicator(String file, String section, int line, int n) {
        return new Indicator(0, "张店区", 2021, section, "指标" + n, new BigDecimal("81.90"), null, "亿元",
                new BigDecimal("8190000000"), "元", Kind.MONEY, Qualifier.EXACT, Status.ACTUAL, Source.BODY,
                "句子" + n + "，" + file, file, line, Severity.PASS, "");
    }

    private List<Long> oracle(long run, String order) {
        return jdbc.queryForList("SELECT id FROM zb_indicator WHERE run_id = ? ORDER BY " + order, Long.class, run);
    }

    private static <T> List<List<T>> all(Iterator<List<T>> pages) {
        List<List<T>> list = new ArrayList<>();
        pages.forEachRemaining(list::add);
        return list;
    }

    @ParameterizedTest
    @ValueSource(strings = {"h2", "postgres"})
    void workbookPagesFollowTheDatabasesOwnOrder(String db) throws Exception {
        stage(db);
        List<Long> expected = oracle(1, "section_order, file, line, id");
        assertThat(expected).hasSizeGreaterThan(80);
        for (int pageRows : new int[] {1, 2, 3, 7, 50, 10_000}) {
            List<List<Row>> pages = all(FilePages.workbookPages(jdbc, 1, ROW, pageRows));
            assertThat(pages.stream().flatMap(List::stream).map(Row::id).toList()).as("page size %d", pageRows)
                    .containsExactlyElementsOf(expected);
            assertWholeFiles(pages, pageRows, true);
        }
        try (Stream<Row> rows = FilePages.inWorkbookOrder(jdbc, 1, ROW)) {
            assertThat(rows.map(Row::id).toList()).containsExactlyElementsOf(expected);
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"h2", "postgres"})
    void filePagesFollowTheDatabasesOwnOrder(String db) throws Exception {
        stage(db);
        List<Long> expected = oracle(1, "file, line, id");
        for (int pageRows : new int[] {1, 2, 5, 39, 41, 10_000}) {
            List<List<Row>> pages = all(FilePages.filePages(jdbc, 1, ROW, pageRows));
            assertThat(pages.stream().flatMap(List::stream).map(Row::id).toList()).as("page size %d", pageRows)
                    .containsExactlyElementsOf(expected);
            assertWholeFiles(pages, pageRows, false);
        }
        List<String> files = new ArrayList<>();
        staging.forEachFile(1, rows -> files.add(rows.get(0).file()));
        assertThat(files).containsExactlyElementsOf(
                jdbc.queryForList("SELECT DISTINCT file FROM zb_indicator WHERE run_id = 1 ORDER BY file", String.class));
    }

    /** No page over the size unless it is one file; no (section,) file in two pages. */
    private static void assertWholeFiles(List<List<Row>> pages, int pageRows, boolean bySection) {
        Set<String> seen = new HashSet<>();
        for (List<Row> page : pages) {
            assertThat(page).isNotEmpty();
            Set<String> here = new HashSet<>();
            page.forEach(r -> here.add((bySection ? r.order() + "/" : "") + r.file()));
            if (page.size() > pageRows) {
                assertThat(here).as("a page over the size holds one file").hasSize(1);
            }
            if (bySection) {
                assertThat(page.stream().map(Row::order).distinct()).as("one section per page").hasSize(1);
            }
            for (String key : here) {
                assertThat(seen.add(key)).as("%s split between pages", key).isTrue();
            }
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"h2", "postgres"})
    void anEmptyRunHasNoPages(String db) throws Exception {
        stage(db);
        assertThat(FilePages.workbookPages(jdbc, 99, ROW, 5).hasNext()).isFalse();
        assertThat(FilePages.filePages(jdbc, 99, ROW, 5).hasNext()).isFalse();
        SectionCounts counts = new SectionCounts();
        try (Stream<Indicator> rows = staging.streamIndicators(99, counts)) {
            assertThat(rows.toList()).isEmpty();
        }
        assertThat(counts.inOrder()).isEmpty();
        assertThat(counts.total()).isZero();
        assertThat(readers()).isEmpty();
    }

    @ParameterizedTest
    @ValueSource(strings = {"h2", "postgres"})
    void theExportStreamGivesEveryRowInOrderAndTheSectionCounts(String db) throws Exception {
        stage(db);
        SectionCounts counts = new SectionCounts();
        List<Indicator> rows;
        try (Stream<Indicator> stream = staging.streamIndicators(1, counts)) {
            rows = stream.toList();
        }
        assertThat(rows.stream().map(Indicator::id).toList())
                .containsExactlyElementsOf(oracle(1, "section_order, file, line, id"));
        Indicator first = rows.get(0);
        assertThat(first.sentence()).isEqualTo("句子" + first.subject().substring(2) + "，" + first.file());
        assertThat(first.value()).isEqualTo(new BigDecimal("81.90"));
        Map<String, Long> grouped = staging.sectionCounts(1);
        if (database.equals("h2")) {
            assertThat(counts.inOrder()).containsExactlyEntriesOf(grouped);
        } else {
            // names that share a position (未分类, 自定义) are ordered by the database's collation there
            assertThat(counts.inOrder()).containsExactlyInAnyOrderEntriesOf(grouped);
        }
        assertThat(counts.total()).isEqualTo(rows.size());
        assertThat(readers()).isEmpty();
    }

    @ParameterizedTest
    @ValueSource(strings = {"h2", "postgres"})
    void closingTheExportStreamEarlyLeavesNoThreadAndNoSession(String db) throws Exception {
        stage(db);
        long sessions = sessions();
        try (Stream<Indicator> stream = staging.streamIndicators(1)) {
            assertThat(stream.limit(3).toList()).hasSize(3);
        }
        assertThat(readers()).isEmpty();
        assertThat(sessions()).isEqualTo(sessions);
    }

    @ParameterizedTest
    @ValueSource(strings = {"h2", "postgres"})
    void aFailingReadFailsTheConsumerWithItsCause(String db) throws Exception {
        stage(db);
        IllegalArgumentException broken = new IllegalArgumentException("bad row");
        RowMapper<Row> failing = (rs, i) -> {
            if (rs.getString("file").equals("big.md")) {
                throw broken;
            }
            return ROW.mapRow(rs, i);
        };
        try (Stream<Row> rows = ReadAhead.start(FilePages.workbookPages(jdbc, 1, failing, 4), 1, "staging-read-test")
                .stream()) {
            assertThatThrownBy(rows::toList).isSameAs(broken);
        }
        jdbc.execute("DROP TABLE zb_indicator");
        try (Stream<Indicator> rows = staging.streamIndicators(1)) {
            assertThatThrownBy(rows::toList).isInstanceOf(org.springframework.dao.DataAccessException.class);
        }
        assertThat(readers()).isEmpty();
    }

    /** Sessions open on the database (other than the one asking). */
    private long sessions() {
        String sql = database.equals("h2") ? "SELECT COUNT(*) FROM INFORMATION_SCHEMA.SESSIONS"
                : "SELECT COUNT(*) FROM pg_stat_activity WHERE datname = current_database() AND backend_type = 'client backend'";
        Long n = jdbc.queryForObject(sql, Long.class);
        return n == null ? 0 : n;
    }

    private static List<Thread> readers() {
        return Thread.getAllStackTraces().keySet().stream()
                .filter(t -> t.getName().startsWith("staging-read") && t.isAlive()).toList();
    }
}
