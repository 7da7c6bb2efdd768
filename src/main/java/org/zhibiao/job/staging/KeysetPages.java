package org.zhibiao.job.staging;

import java.sql.ResultSet;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
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
 * A run's rows in key order, one short query per page: {@code WHERE run_id = ? AND (k1, k2, …) > (last row's keys)
 * ORDER BY k1, k2, … LIMIT n}. Row-value comparison is standard SQL on H2 and PostgreSQL and walks the index
 * whose columns follow run_id in the same order. The key columns must be non-null and unique together.
 */
final class KeysetPages<T> implements Iterator<T> {

    private final JdbcTemplate jdbc;
    private final String table;
    private final List<String> keys;
    private final int pageSize;
    private final RowMapper<T> mapper;
    private final long runId;
    private final Deque<T> page = new ArrayDeque<>();
    private Object[] last;
    private boolean done;

    KeysetPages(JdbcTemplate jdbc, String table, List<String> keys, int pageSize, RowMapper<T> mapper, long runId) {
        if (!table.matches("zb_[a-z_]+") || !keys.stream().allMatch(k -> k.matches("[a-z_]+"))) {
            throw new IllegalArgumentException("table and key names are code, not input: " + table + keys);
        }
        this.jdbc = jdbc;
        this.table = table;
        this.keys = List.copyOf(keys);
        this.pageSize = pageSize;
        this.mapper = mapper;
        this.runId = runId;
    }

    Stream<T> stream() {
        return StreamSupport.stream(Spliterators.spliteratorUnknownSize(this, Spliterator.ORDERED), false);
    }

    @Override
    public boolean hasNext() {
        if (page.isEmpty() && !done) {
            fetch();
        }
        return !page.isEmpty();
    }

    @Override
    public T next() {
        if (!hasNext()) {
            throw new NoSuchElementException();
        }
        return page.poll();
    }

    private void fetch() {
        String columns = String.join(", ", keys);
        StringBuilder sql = new StringBuilder("SELECT * FROM ").append(table).append(" WHERE run_id = ?");
        List<Object> args = new ArrayList<>();
        args.add(runId);
        if (last != null) {
            sql.append(" AND (").append(columns).append(") > (").append("?, ".repeat(keys.size() - 1)).append("?)");
            args.addAll(List.of(last));
        }
        sql.append(" ORDER BY ").append(columns).append(" LIMIT ").append(pageSize);
        int[] rows = {0};
        jdbc.query(sql.toString(), (ResultSet rs) -> {
            page.add(mapper.mapRow(rs, rows[0]++));
            Object[] key = new Object[keys.size()];
            for (int i = 0; i < key.length; i++) {
                key[i] = rs.getObject(keys.get(i));
            }
            last = key;
        }, args.toArray());
        done = rows[0] < pageSize;
    }
}
