package org.zhibiao.job.staging;

import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.Spliterator;
import java.util.Spliterators;
import java.util.stream.Stream;
import java.util.stream.StreamSupport;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.RowMapper;

/**
 * A run's indicator rows in pages of whole files: each page is one short query over a range of file names
 * ({@code file > ?}, after an equality prefix of an index), at most {@code pageRows} rows, cut after the last
 * complete file. Memory holds a page (or, when one file alone has more rows than a page, that file); no cursor
 * stays open between pages, so a page needs no transaction even on PostgreSQL. At 10,000 files that is a few
 * thousand queries instead of one per file of each section (~150,000).
 *
 * <p>Order comes from the database only (the comparison of file names is the database's collation, in the
 * ORDER BY and in the range alike); Java only tests file names for equality. Row-value keysets
 * ({@code (file, line, id) > (…)}) were tried before: H2 does not turn them into an index range and each page
 * rescanned the run.
 */
final class FilePages {

    /** Rows per page: about 2 MB of rows with their sentences; small next to the cost of a query. */
    static final int PAGE_ROWS = 2000;

    private FilePages() {
    }

    /** Files in name order, each file's rows by line (then id). Pages are read in the caller's thread. */
    static <T> Stream<T> inFileOrder(JdbcTemplate jdbc, long runId, RowMapper<T> mapper) {
        return flat(filePages(jdbc, runId, mapper, PAGE_ROWS));
    }

    /** Sections in taxonomy order; within a section, files in name order and each file's rows by line (then id). */
    static <T> Stream<T> inWorkbookOrder(JdbcTemplate jdbc, long runId, RowMapper<T> mapper) {
        return flat(workbookPages(jdbc, runId, mapper, PAGE_ROWS));
    }

    /** Pages in file order (index zb_indicator_run_file_line); each {@code next()} runs one or two queries. */
    static <T> Iterator<List<T>> filePages(JdbcTemplate jdbc, long runId, RowMapper<T> mapper, int pageRows) {
        return new Pager<>(jdbc, "SELECT * FROM zb_indicator WHERE run_id = ?", "ORDER BY run_id, file, line, id",
                mapper, pageRows, new Object[] {runId});
    }

    /**
     * Pages in workbook order (index zb_indicator_run_order): section by section (one short query finds the next
     * section), each section paged by file ranges. A page never spans two sections.
     */
    static <T> Iterator<List<T>> workbookPages(JdbcTemplate jdbc, long runId, RowMapper<T> mapper, int pageRows) {
        return new Iterator<>() {
            private Integer section;
            private boolean exhausted;
            private Pager<T> pages;

            @Override
            public boolean hasNext() {
                while (!exhausted && (pages == null || !pages.hasNext())) {
                    List<Integer> next = section == null
                            ? jdbc.queryForList("SELECT section_order FROM zb_indicator WHERE run_id = ?"
                                    + " ORDER BY run_id, section_order LIMIT 1", Integer.class, runId)
                            : jdbc.queryForList("SELECT section_order FROM zb_indicator WHERE run_id = ?"
                                    + " AND section_order > ? ORDER BY run_id, section_order LIMIT 1", Integer.class,
                                    runId, section);
                    if (next.isEmpty()) {
                        exhausted = true;
                    } else {
                        section = next.get(0);
                        pages = new Pager<>(jdbc, "SELECT * FROM zb_indicator WHERE run_id = ? AND section_order = ?",
                                "ORDER BY run_id, section_order, file, line, id", mapper, pageRows,
                                new Object[] {runId, section});
                    }
                }
                return !exhausted;
            }

            @Override
            public List<T> next() {
                if (!hasNext()) {
                    throw new NoSuchElementException();
                }
                return pages.next();
            }
        };
    }

    static <T> Stream<T> flat(Iterator<List<T>> pages) {
        Iterator<T> rows = new Iterator<>() {
            private Iterator<T> page = java.util.Collections.emptyIterator();

            @Override
            public boolean hasNext() {
                while (!page.hasNext() && pages.hasNext()) {
                    page = pages.next().iterator();
                }
                return page.hasNext();
            }

            @Override
            public T next() {
                if (!hasNext()) {
                    throw new NoSuchElementException();
                }
                return page.next();
            }
        };
        return StreamSupport.stream(Spliterators.spliteratorUnknownSize(rows, Spliterator.ORDERED), false);
    }

    /** A row and the file it belongs to (pages are cut between files). */
    private record Filed<T>(String file, T row) {
    }

    /**
     * Pages of whole files within one scope (the run, or one section of it): {@code scope} is a SELECT whose
     * WHERE clause is the equality prefix of the index that {@code order} follows, {@code file} and then the
     * row's own order.
     */
    private static final class Pager<T> implements Iterator<List<T>> {
        private final JdbcTemplate jdbc;
        private final String first;
        private final String after;
        private final String whole;
        private final RowMapper<Filed<T>> mapper;
        private final int pageRows;
        private final Object[] scopeArgs;
        private String lastFile;
        private boolean done;
        private List<T> ready;

        Pager(JdbcTemplate jdbc, String scope, String order, RowMapper<T> rows, int pageRows, Object[] scopeArgs) {
            if (pageRows < 1) {
                throw new IllegalArgumentException("pageRows must be at least 1: " + pageRows);
            }
            this.jdbc = jdbc;
            this.first = scope + " " + order + " LIMIT " + pageRows;
            this.after = scope + " AND file > ? " + order + " LIMIT " + pageRows;
            this.whole = scope + " AND file = ? " + order;
            this.mapper = (rs, i) -> new Filed<>(rs.getString("file"), rows.mapRow(rs, i));
            this.pageRows = pageRows;
            this.scopeArgs = scopeArgs;
        }

        @Override
        public boolean hasNext() {
            while (ready == null && !done) {
                ready = read();
            }
            return ready != null;
        }

        @Override
        public List<T> next() {
            if (!hasNext()) {
                throw new NoSuchElementException();
            }
            List<T> page = ready;
            ready = null;
            return page;
        }

        /** The next page, or null when the scope is done (an empty page is never returned). */
        private List<T> read() {
            List<Filed<T>> rows = lastFile == null ? jdbc.query(first, mapper, scopeArgs)
                    : jdbc.query(after, mapper, with(lastFile));
            if (rows.size() < pageRows) {
                done = true;
                return rows.isEmpty() ? null : rowsOf(rows, rows.size());
            }
            String tail = rows.get(rows.size() - 1).file();
            if (rows.get(0).file().equals(tail)) {
                // One file fills the page (and maybe more): read that file whole, as one page.
                List<Filed<T>> file = jdbc.query(whole, mapper, with(tail));
                lastFile = tail;
                return rowsOf(file, file.size());
            }
            // The last file may go on past the page: leave it to the next page, which starts with it.
            int end = rows.size();
            while (rows.get(end - 1).file().equals(tail)) {
                end--;
            }
            lastFile = rows.get(end - 1).file();
            return rowsOf(rows, end);
        }

        private Object[] with(String file) {
            Object[] args = java.util.Arrays.copyOf(scopeArgs, scopeArgs.length + 1);
            args[scopeArgs.length] = file;
            return args;
        }

        private static <T> List<T> rowsOf(List<Filed<T>> rows, int end) {
            List<T> page = new ArrayList<>(end);
            for (int i = 0; i < end; i++) {
                page.add(rows.get(i).row());
            }
            return page;
        }
    }
}
