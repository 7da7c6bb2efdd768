package org.zhibiao.job.staging;

import java.util.Iterator;
import java.util.List;
import java.util.Spliterator;
import java.util.Spliterators;
import java.util.stream.Stream;
import java.util.stream.StreamSupport;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.RowMapper;

/**
 * A run's indicator rows one file at a time: first the (small) list of files, then one short query per file
 * whose equality conditions walk an index prefix (zb_indicator_run_file_line, zb_indicator_run_order). Memory
 * holds one file's rows; no cursor stays open across the whole run. Row-value keysets ((file, line, id) > (…))
 * were tried first: H2 does not turn them into an index range, and each page rescanned the run.
 */
final class FilePages {

    private FilePages() {
    }

    /** Files in name order, each file's rows by line. */
    static <T> Stream<T> inFileOrder(JdbcTemplate jdbc, long runId, RowMapper<T> mapper) {
        List<String> files = jdbc.queryForList(
                "SELECT DISTINCT file FROM zb_indicator WHERE run_id = ? ORDER BY file", String.class, runId);
        return files.stream().flatMap(file -> jdbc.query(
                "SELECT * FROM zb_indicator WHERE run_id = ? AND file = ? ORDER BY line, id", mapper, runId, file)
                .stream());
    }

    /** Sections in taxonomy order; within a section, files in name order and each file's rows by line. */
    static <T> Stream<T> inWorkbookOrder(JdbcTemplate jdbc, long runId, RowMapper<T> mapper) {
        List<Integer> sections = jdbc.queryForList("SELECT DISTINCT section_order FROM zb_indicator WHERE run_id = ?"
                + " ORDER BY section_order", Integer.class, runId);
        Iterator<T> rows = sections.stream().flatMap(section -> jdbc.queryForList(
                "SELECT DISTINCT file FROM zb_indicator WHERE run_id = ? AND section_order = ? ORDER BY file",
                String.class, runId, section).stream().flatMap(file -> jdbc.query("SELECT * FROM zb_indicator"
                        + " WHERE run_id = ? AND section_order = ? AND file = ? ORDER BY line, id", mapper, runId,
                        section, file).stream())).iterator();
        return StreamSupport.stream(Spliterators.spliteratorUnknownSize(rows, Spliterator.ORDERED), false);
    }

}
