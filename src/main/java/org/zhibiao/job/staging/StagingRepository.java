package org.zhibiao.job.staging;

import java.math.BigDecimal;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Types;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.Spliterator;
import java.util.function.Consumer;
import java.util.function.ToIntFunction;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import javax.sql.DataSource;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.RowMapper;
import org.springframework.transaction.support.TransactionTemplate;
import org.zhibiao.input.InputFileFacts;
import org.zhibiao.model.Finding;
import org.zhibiao.model.Indicator;
import org.zhibiao.model.Kind;
import org.zhibiao.model.Measure;
import org.zhibiao.model.Qualifier;
import org.zhibiao.model.Rejection;
import org.zhibiao.model.Severity;
import org.zhibiao.model.Source;
import org.zhibiao.model.Status;
import org.zhibiao.text.CleanText;
import org.zhibiao.validate.RowCheck;

/**
 * Staging tables of a run. Writes are idempotent per run and file: a file's rows are replaced in one
 * transaction, so a partition that reruns after a crash never duplicates what an earlier attempt wrote.
 */
public class StagingRepository {

    /** Sentences are cut here; the workbook cuts again at Excel's cell limit with a visible marker. */
    static final int MAX_SENTENCE = 33000;
    private static final int BATCH = 500;
    /** zb_input_file.state: the survey listed the file; a worker read it (or found it unreadable). */
    static final String LISTED = "LISTED";
    static final String READ = "READ";

    private final JdbcTemplate jdbc;
    private final TransactionTemplate tx;

    public StagingRepository(JdbcTemplate jdbc, TransactionTemplate tx) {
        // Reads stream in pages: PostgreSQL holds a cursor only with a fetch size (inside a transaction).
        jdbc.setFetchSize(1000);
        this.jdbc = jdbc;
        this.tx = tx;
    }

    /** Replaces everything this run holds for {@code facts.file()} with the given rows (no findings). */
    public void replaceFile(long runId, InputFileFacts facts, List<Indicator> indicators, List<Rejection> rejections,
            ToIntFunction<String> sectionOrder) {
        replaceFile(runId, facts, indicators, rejections, List.of(), sectionOrder);
    }

    /**
     * Replaces everything this run holds for {@code facts.file()}, and records the file as read. The findings
     * name rows by position in {@code indicators} (1 = first); they are stored with the ids the rows get here.
     */
    public void replaceFile(long runId, InputFileFacts facts, List<Indicator> indicators, List<Rejection> rejections,
            List<Finding> findings, ToIntFunction<String> sectionOrder) {
        tx.executeWithoutResult(status -> {
            deleteFile(runId, facts.file());
            insertIndicators(runId, indicators, sectionOrder);
            insertRejections(runId, rejections);
            if (!findings.isEmpty()) {
                // Identity values grow in insert order (H2 and PostgreSQL alike, even with other sessions
                // inserting meanwhile), so the file's ids in order are its rows in order.
                List<Long> ids = jdbc.queryForList("SELECT id FROM zb_indicator WHERE run_id = ? AND file = ?"
                        + " ORDER BY id", Long.class, runId, facts.file());
                insertFindings(runId, facts.file(), findings.stream().map(f -> new Finding(f.severity(), f.rule(),
                        f.message(), f.indicatorIds().stream().map(position -> ids.get((int) (position - 1)))
                                .toList())).toList());
            }
            insertFile(runId, facts, READ);
        });
    }

    /**
     * Stages a file the survey listed as rejected "listed, not read" until its worker replaces the row; it
     * stays "to be read" for {@link #readFiles}.
     */
    public void stageListed(long runId, InputFileFacts facts, Rejection rejection) {
        tx.executeWithoutResult(status -> {
            deleteFile(runId, facts.file());
            insertRejections(runId, List.of(rejection));
            insertFile(runId, facts, LISTED);
        });
    }

    /** A file as staged: its kind, whether a worker read it, and its size and SHA-256 when it was read. */
    public record StagedFile(String file, String kind, boolean read, long bytes, String sha256) {
    }

    /** Every file this run has staged (listed, read, ignored or refused), by name. */
    public Map<String, StagedFile> stagedFiles(long runId) {
        Map<String, StagedFile> files = new LinkedHashMap<>();
        jdbc.query("SELECT file, kind, state, bytes, sha256 FROM zb_input_file WHERE run_id = ? ORDER BY file",
                (ResultSet rs) -> {
                    files.put(rs.getString("file"), new StagedFile(rs.getString("file"), rs.getString("kind"),
                            READ.equals(rs.getString("state")), rs.getLong("bytes"), rs.getString("sha256")));
                }, runId);
        return files;
    }

    /** Removes everything this run holds for a file (its rows, rejections, findings and its input row). */
    public void dropFile(long runId, String file) {
        tx.executeWithoutResult(status -> deleteFile(runId, file));
    }

    /** Removes everything the run has staged, and what it was staged with: the run starts over from survey. */
    public void clearRun(long runId) {
        tx.executeWithoutResult(status -> {
            for (String table : List.of("zb_indicator", "zb_rejection", "zb_finding", "zb_input_file", "zb_run")) {
                jdbc.update("DELETE FROM " + table + " WHERE run_id = ?", runId);
            }
        });
    }

    /** The settings the run's staging was made with ({@code [settings, checks]}), empty before its first survey. */
    public java.util.Optional<List<String>> settingsOf(long runId) {
        return jdbc.query("SELECT settings, checks FROM zb_run WHERE run_id = ?",
                (rs, i) -> List.of(rs.getString("settings"), rs.getString("checks")), runId).stream().findFirst();
    }

    public void recordSettings(long runId, String settings, String checks) {
        tx.executeWithoutResult(status -> {
            jdbc.update("DELETE FROM zb_run WHERE run_id = ?", runId);
            jdbc.update("INSERT INTO zb_run (run_id, settings, checks) VALUES (?,?,?)", runId, settings, checks);
        });
    }

    /** Files this run has read (or found unreadable): a restart does not read them again. */
    public Set<String> readFiles(long runId) {
        return new HashSet<>(jdbc.queryForList("SELECT file FROM zb_input_file WHERE run_id = ? AND state = ?",
                String.class, runId, READ));
    }

    private void insertFile(long runId, InputFileFacts facts, String state) {
        jdbc.update("INSERT INTO zb_input_file (run_id, file, kind, bytes, sha256, records_read, written, rejected,"
                + " skipped, indicators, state) VALUES (?,?,?,?,?,?,?,?,?,?,?)", runId, facts.file(), facts.kind(),
                facts.bytes(), facts.sha256(), facts.recordsRead(), facts.written(), facts.rejected(),
                facts.skipped(), facts.indicators(), state);
    }

    private void deleteFile(long runId, String file) {
        jdbc.update("DELETE FROM zb_indicator WHERE run_id = ? AND file = ?", runId, file);
        jdbc.update("DELETE FROM zb_rejection WHERE run_id = ? AND file = ?", runId, file);
        jdbc.update("DELETE FROM zb_finding WHERE run_id = ? AND file = ?", runId, file);
        jdbc.update("DELETE FROM zb_input_file WHERE run_id = ? AND file = ?", runId, file);
    }

    private void insertIndicators(long runId, List<Indicator> rows, ToIntFunction<String> sectionOrder) {
        String sql = "INSERT INTO zb_indicator (run_id, file, line, region, data_year, section, section_order, subject,"
                + " raw_value, raw_value_high, unit, normalized, base_unit, kind, qualifier, status, source, sentence,"
                + " check_severity, note, period, code, standard_name, measure, fact_id, note_en)"
                + " VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?)";
        jdbc.batchUpdate(sql, rows, BATCH, (ps, row) -> {
            ps.setLong(1, runId);
            ps.setString(2, row.file());
            ps.setInt(3, row.line());
            ps.setString(4, CleanText.clean(row.region()));
            setInteger(ps, 5, row.year());
            ps.setString(6, CleanText.clean(row.section()));
            ps.setInt(7, sectionOrder.applyAsInt(row.section()));
            ps.setString(8, cut(row.subject(), 1000));
            ps.setString(9, plain(row.value()));
            ps.setString(10, plain(row.valueHigh()));
            ps.setString(11, cut(row.unit(), 100));
            ps.setBigDecimal(12, row.normalized());
            ps.setString(13, cut(row.baseUnit(), 100));
            ps.setString(14, name(row.kind()));
            ps.setString(15, name(row.qualifier()));
            ps.setString(16, name(row.status()));
            ps.setString(17, name(row.source()));
            ps.setString(18, cut(row.sentence(), MAX_SENTENCE));
            ps.setString(19, (row.check() == null ? Severity.PASS : row.check()).name());
            ps.setString(20, cut(row.note() == null ? "" : row.note(), 4000));
            ps.setString(21, cut(row.period(), 20));
            ps.setString(22, cut(row.code(), 40));
            ps.setString(23, cut(row.standardName(), 200));
            ps.setString(24, name(row.measure()));
            ps.setString(25, cut(row.factId(), 40));
            ps.setString(26, cut(row.noteEn() == null ? "" : row.noteEn(), 4000));
        });
    }

    private void insertRejections(long runId, List<Rejection> rows) {
        jdbc.batchUpdate("INSERT INTO zb_rejection (run_id, file, line, raw, reason, reason_en) VALUES (?,?,?,?,?,?)",
                rows, BATCH, (ps, r) -> {
                    ps.setLong(1, runId);
                    ps.setString(2, r.file());
                    ps.setLong(3, r.line());
                    ps.setString(4, cut(r.raw(), 2000));
                    ps.setString(5, cut(r.reason(), 2000));
                    ps.setString(6, cut(r.reasonEn(), 2000));
                });
    }

    /**
     * Replaces the run's findings that compare sources (they belong to no one file) and their marks on the rows
     * they concern, kept apart from each file's own marks so that this can run again without touching those.
     */
    public void replaceCrossFindings(long runId, List<Finding> findings, Map<Long, RowCheck> checks) {
        tx.executeWithoutResult(status -> {
            // Only a run checked before has marks to clear; the scan of every row is paid only then.
            if (jdbc.update("DELETE FROM zb_finding WHERE run_id = ? AND file IS NULL", runId) > 0) {
                jdbc.update("UPDATE zb_indicator SET cross_severity = 'PASS', cross_note = '', cross_note_en = ''"
                        + " WHERE run_id = ?"
                        + " AND cross_severity <> 'PASS'", runId);
            }
            insertFindings(runId, null, findings);
            jdbc.batchUpdate("UPDATE zb_indicator SET cross_severity = ?, cross_note = ?, cross_note_en = ?"
                    + " WHERE id = ?", new ArrayList<>(checks.entrySet()), BATCH, (ps, e) -> {
                        ps.setString(1, e.getValue().severity().name());
                        ps.setString(2, cut(e.getValue().note(), 4000));
                        ps.setString(3, cut(e.getValue().noteEn(), 4000));
                        ps.setLong(4, e.getKey());
                    });
        });
    }

    private void insertFindings(long runId, String file, List<Finding> findings) {
        jdbc.batchUpdate("INSERT INTO zb_finding (run_id, file, severity, severity_rank, rule, message, indicator_ids)"
                + " VALUES (?,?,?,?,?,?,?)", findings, BATCH, (ps, f) -> {
                    ps.setLong(1, runId);
                    ps.setString(2, file);
                    ps.setString(3, f.severity().name());
                    ps.setInt(4, f.severity().ordinal());
                    ps.setString(5, CleanText.clean(f.rule()));
                    ps.setString(6, cut(f.message(), 4000));
                    ps.setString(7, cut(f.indicatorIds().stream().map(String::valueOf)
                            .collect(Collectors.joining(",")), 4000));
                });
    }

    /**
     * Streams the run's indicators in workbook order, read ahead in pages of whole files by a thread of its own
     * ({@link FilePages}, {@link ReadAhead}): memory stays a few pages on H2 and PostgreSQL alike, and no cursor
     * stays open for the length of an export (H2's lazy cursors lost MVStore chunks under a 2.4-million-row export,
     * docs/performance.md). The caller must close the stream: closing stops the reader thread.
     */
    public Stream<Indicator> streamIndicators(long runId) {
        return streamIndicators(runId, null);
    }

    /**
     * As {@link #streamIndicators(long)}, and counts the rows per section into {@code counts} (when not null) as
     * the caller consumes them, in the caller's thread: once the stream is used up, {@code counts} holds what
     * {@link #sectionCounts} would, without a second pass over the run.
     */
    public Stream<Indicator> streamIndicators(long runId, SectionCounts counts) {
        RowMapper<Ranked> ranked = (rs, i) -> new Ranked(rs.getInt("section_order"), INDICATOR.mapRow(rs, i));
        Stream<Ranked> rows = ReadAhead.start(FilePages.workbookPages(jdbc, runId, ranked, FilePages.PAGE_ROWS),
                READ_AHEAD_PAGES, "staging-read-run-" + runId).stream();
        return rows.map(row -> {
            if (counts != null) {
                counts.add(row.sectionOrder(), row.indicator().section());
            }
            return row.indicator();
        });
    }

    /** Pages waiting for the export besides the one it writes and the one being read. */
    private static final int READ_AHEAD_PAGES = 2;

    /** A row and its section's position, for {@link SectionCounts}. */
    private record Ranked(int sectionOrder, Indicator indicator) {
    }

    /** Every row id the run's findings name, sorted, without repeats. */
    public long[] findingIds(long runId) {
        List<String> lists = jdbc.queryForList("SELECT indicator_ids FROM zb_finding WHERE run_id = ?", String.class,
                runId);
        return lists.stream().filter(s -> s != null && !s.isBlank()).flatMap(s -> Arrays.stream(s.split(",")))
                .mapToLong(Long::parseLong).sorted().distinct().toArray();
    }

    public Stream<Finding> streamFindings(long runId) {
        return jdbc.queryForStream("SELECT * FROM zb_finding WHERE run_id = ?"
                + " ORDER BY severity_rank DESC, file NULLS FIRST, id", (rs, i) -> new Finding(
                Severity.valueOf(rs.getString("severity")), rs.getString("rule"), rs.getString("message"),
                ids(rs.getString("indicator_ids"))), runId);
    }

    public Stream<Rejection> streamRejections(long runId) {
        return jdbc.queryForStream("SELECT * FROM zb_rejection WHERE run_id = ? ORDER BY file, line, id",
                (rs, i) -> new Rejection(rs.getString("file"), rs.getLong("line"), rs.getString("raw"),
                        rs.getString("reason"), rs.getString("reason_en")), runId);
    }

    public List<InputFileFacts> inputFiles(long runId) {
        return jdbc.query("SELECT * FROM zb_input_file WHERE run_id = ? ORDER BY file", (rs, i) -> new InputFileFacts(
                rs.getString("file"), rs.getString("kind"), rs.getLong("bytes"), rs.getString("sha256"),
                rs.getLong("records_read"), rs.getLong("written"), rs.getLong("rejected"), rs.getLong("skipped"),
                rs.getLong("indicators")), runId);
    }

    /** Indicators per section, in section order. */
    public Map<String, Long> sectionCounts(long runId) {
        Map<String, Long> counts = new LinkedHashMap<>();
        jdbc.query("SELECT section, MIN(section_order) o, COUNT(*) n FROM zb_indicator WHERE run_id = ?"
                + " GROUP BY section ORDER BY o, section", (ResultSet rs) -> {
                    counts.put(rs.getString("section"), rs.getLong("n"));
                }, runId);
        return counts;
    }

    /** Findings per severity, worst first. */
    public Map<Severity, Long> severityCounts(long runId) {
        Map<Severity, Long> counts = new LinkedHashMap<>();
        jdbc.query("SELECT severity, COUNT(*) n FROM zb_finding WHERE run_id = ? GROUP BY severity",
                (ResultSet rs) -> {
                    counts.put(Severity.valueOf(rs.getString("severity")), rs.getLong("n"));
                }, runId);
        Map<Severity, Long> ordered = new LinkedHashMap<>();
        for (Severity s : List.of(Severity.ERROR, Severity.WARNING, Severity.INFO)) {
            ordered.put(s, counts.getOrDefault(s, 0L));
        }
        return ordered;
    }

    public long count(String table, long runId) {
        if (!table.matches("zb_[a-z_]+")) {
            throw new IllegalArgumentException(table);
        }
        Long n = jdbc.queryForObject("SELECT COUNT(*) FROM " + table + " WHERE run_id = ?", Long.class, runId);
        return n == null ? 0 : n;
    }

    /** Visits the run's rows one file at a time (in pages of files), holding only the current file's rows. */
    public void forEachFile(long runId, Consumer<List<Indicator>> visitor) {
        List<Indicator> current = new ArrayList<>();
        try (Stream<Indicator> rows = FilePages.inFileOrder(jdbc, runId, INDICATOR)) {
            rows.forEach(row -> {
                if (!current.isEmpty() && !current.get(0).file().equals(row.file())) {
                    visitor.accept(List.copyOf(current));
                    current.clear();
                }
                current.add(row);
            });
        }
        if (!current.isEmpty()) {
            visitor.accept(List.copyOf(current));
        }
    }

    /**
     * The rows of the run's files of one kind (REPORT, CSV), one index-prefix query per file: CSV tables are few
     * and small next to the text they are checked against, and the row column {@code source} has no index.
     */
    public List<Indicator> indicatorsOf(long runId, String kind) {
        List<Indicator> rows = new ArrayList<>();
        for (String file : jdbc.queryForList("SELECT file FROM zb_input_file WHERE run_id = ? AND kind = ?"
                + " ORDER BY file", String.class, runId, kind)) {
            rows.addAll(jdbc.query("SELECT * FROM zb_indicator WHERE run_id = ? AND file = ? ORDER BY line, id",
                    INDICATOR, runId, file));
        }
        return rows;
    }

    static final RowMapper<Indicator> INDICATOR = (rs, i) -> indicator(rs, worse(
            new RowCheck(Severity.valueOf(rs.getString("check_severity")), rs.getString("note"),
                    rs.getString("note_en")),
            rs.getString("cross_severity"), rs.getString("cross_note"), rs.getString("cross_note_en")));

    private static Indicator indicator(ResultSet rs, RowCheck check) throws SQLException {
        return new Indicator(
            rs.getLong("id"),
            rs.getString("region"),
            (Integer) rs.getObject("data_year", Integer.class),
            rs.getString("section"),
            rs.getString("subject"),
            decimal(rs.getString("raw_value")),
            decimal(rs.getString("raw_value_high")),
            rs.getString("unit"),
            strip(rs.getBigDecimal("normalized")),
            rs.getString("base_unit"),
            enumOf(Kind.class, rs.getString("kind")),
            enumOf(Qualifier.class, rs.getString("qualifier")),
            enumOf(Status.class, rs.getString("status")),
            enumOf(Source.class, rs.getString("source")),
            rs.getString("sentence"),
            rs.getString("file"),
            rs.getInt("line"),
            check.severity(),
            check.note(),
            rs.getString("period"),
            rs.getString("code"),
            rs.getString("standard_name"),
            enumOf(Measure.class, rs.getString("measure")),
            rs.getString("fact_id"),
            check.noteEn());
    }

    /** A row's marks from its own file and from the comparison with other sources, worst first. */
    private static RowCheck worse(RowCheck own, String crossSeverity, String crossNote, String crossNoteEn) {
        if (crossSeverity == null || Severity.PASS.name().equals(crossSeverity)) {
            return own;
        }
        RowCheck cross = new RowCheck(Severity.valueOf(crossSeverity), crossNote, crossNoteEn);
        if (own.severity() == Severity.PASS) {
            return cross;
        }
        RowCheck worst = cross.severity().ordinal() > own.severity().ordinal() ? cross : own;
        RowCheck other = worst == cross ? own : cross;
        return new RowCheck(worst.severity(), joined(worst.note(), other.note(), "；"),
                joined(worst.noteEn(), other.noteEn(), "; "));
    }

    private static String joined(String first, String second, String separator) {
        if (first == null || first.isEmpty()) {
            return second == null ? "" : second;
        }
        return second == null || second.isEmpty() ? first : first + separator + second;
    }

    /** NUMERIC(38,10) pads decimals; give back the number as written (81.9, not 81.9000000000). */
    private static BigDecimal strip(BigDecimal value) {
        if (value == null) {
            return null;
        }
        BigDecimal stripped = value.stripTrailingZeros();
        return stripped.scale() < 0 ? stripped.setScale(0) : stripped;
    }

    private static String plain(BigDecimal value) {
        return value == null ? null : value.toPlainString();
    }

    private static BigDecimal decimal(String text) {
        return text == null ? null : new BigDecimal(text);
    }

    private static <E extends Enum<E>> E enumOf(Class<E> type, String name) {
        return name == null ? null : Enum.valueOf(type, name);
    }

    private static String name(Enum<?> value) {
        return value == null ? null : value.name();
    }

    private static void setInteger(PreparedStatement ps, int index, Integer value) throws SQLException {
        if (value == null) {
            ps.setNull(index, Types.INTEGER);
        } else {
            ps.setInt(index, value);
        }
    }

    private static List<Long> ids(String joined) {
        if (joined == null || joined.isBlank()) {
            return List.of();
        }
        return Arrays.stream(joined.split(",")).map(Long::valueOf).toList();
    }

    /**
     * Every free text bound for a column passes here: cut to the column and cleaned ({@link CleanText}), so no NUL
     * ever reaches PostgreSQL (it refuses 0x00 in text, and the same command would fail again at every retry) and
     * a cut never leaves half a surrogate pair. File names are keys and stay as listed: a name cannot hold NUL.
     */
    static String cut(String text, int max) {
        if (text == null || text.length() <= max) {
            return CleanText.clean(text);
        }
        return CleanText.clean(text.substring(0, max));
    }
}
