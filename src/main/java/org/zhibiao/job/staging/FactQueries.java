package org.zhibiao.job.staging;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;
import org.springframework.jdbc.core.JdbcTemplate;
import org.zhibiao.model.Fact;
import org.zhibiao.model.Indicator;
import org.zhibiao.model.Measure;
import org.zhibiao.model.Status;

/**
 * The run's facts, grouped from staged mentions by the database (GROUP BY fact_id on the index
 * zb_indicator_run_fact), so that no step holds every row: the cross-check reads only the mentions of facts whose
 * values differ between sources, the export streams one line per fact in panel order.
 */
public final class FactQueries {

    /** The period a fact is filed under: its 期间, else its year. */
    static final String PERIOD = "COALESCE(i.period, CAST(i.data_year AS VARCHAR(20)), '')";
    private static final int IN_LIST = 500;

    private final JdbcTemplate jdbc;

    public FactQueries(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /** Mentions of every fact that has values from more than one source and not all values equal, by fact. */
    public List<List<Indicator>> differingAcrossSources(long runId) {
        List<String> ids = jdbc.queryForList("SELECT fact_id FROM zb_indicator WHERE run_id = ? AND fact_id IS NOT NULL"
                + " AND normalized IS NOT NULL GROUP BY fact_id"
                + " HAVING COUNT(DISTINCT source) > 1 AND MIN(normalized) <> MAX(normalized) ORDER BY fact_id",
                String.class, runId);
        List<List<Indicator>> facts = new ArrayList<>();
        for (int from = 0; from < ids.size(); from += IN_LIST) {
            List<String> part = ids.subList(from, Math.min(ids.size(), from + IN_LIST));
            Map<String, List<Indicator>> byFact = new LinkedHashMap<>();
            List<Object> args = new ArrayList<>();
            args.add(runId);
            args.addAll(part);
            jdbc.query("SELECT * FROM zb_indicator WHERE run_id = ? AND fact_id IN ("
                    + String.join(",", Collections.nCopies(part.size(), "?")) + ") ORDER BY fact_id, id",
                    rs -> {
                        Indicator row = StagingRepository.INDICATOR.mapRow(rs, 0);
                        byFact.computeIfAbsent(row.factId(), k -> new ArrayList<>()).add(row);
                    }, args.toArray());
            facts.addAll(byFact.values());
        }
        return facts;
    }

    /** Fact ids of the rows these rules' findings name (the panel marks the facts of disagreement findings). */
    public Set<String> factsNamedBy(long runId, List<String> rules) {
        List<Object> args = new ArrayList<>();
        args.add(runId);
        args.addAll(rules);
        List<String> lists = jdbc.queryForList("SELECT indicator_ids FROM zb_finding WHERE run_id = ? AND rule IN ("
                + String.join(",", Collections.nCopies(rules.size(), "?")) + ")", String.class, args.toArray());
        List<Long> rowIds = lists.stream().filter(s -> s != null && !s.isBlank())
                .flatMap(s -> java.util.Arrays.stream(s.split(","))).map(Long::valueOf).distinct().toList();
        Set<String> facts = new HashSet<>();
        for (int from = 0; from < rowIds.size(); from += IN_LIST) {
            List<Long> part = rowIds.subList(from, Math.min(rowIds.size(), from + IN_LIST));
            facts.addAll(jdbc.queryForList("SELECT DISTINCT fact_id FROM zb_indicator WHERE fact_id IS NOT NULL AND id IN ("
                    + String.join(",", Collections.nCopies(part.size(), "?")) + ")", String.class, part.toArray()));
        }
        return facts;
    }

    /** The run's periods (期间, else year), sorted; "" for mentions with neither. */
    public List<String> periods(long runId) {
        return jdbc.queryForList("SELECT DISTINCT " + PERIOD + " p FROM zb_indicator i WHERE i.run_id = ? ORDER BY p",
                String.class, runId);
    }

    /**
     * One line per fact, described by its first mention, sorted as 面板 reads them: region, indicator, measure,
     * target or not, base unit, period. The database sorts (H2 spills a large result to disk); the caller must close
     * the stream.
     */
    public Stream<Fact> stream(long runId, Set<String> disagreeing) {
        String sql = "SELECT f.fact_id, f.n, f.sources, f.lo, f.hi, i.id, i.region, " + PERIOD + " period,"
                + " i.code, i.standard_name, i.subject, i.measure, i.normalized, i.base_unit, i.status, i.file, i.line"
                + " FROM (SELECT fact_id, MIN(id) first_id, COUNT(*) n, COUNT(DISTINCT source) sources,"
                + " MIN(normalized) lo, MAX(normalized) hi FROM zb_indicator WHERE run_id = ? AND fact_id IS NOT NULL"
                + " GROUP BY fact_id) f JOIN zb_indicator i ON i.id = f.first_id"
                + " ORDER BY COALESCE(i.region, ''), COALESCE(i.standard_name, i.subject, ''), i.measure,"
                + " CASE WHEN i.status = 'TARGET' THEN 1 ELSE 0 END, COALESCE(i.base_unit, ''), period, f.fact_id";
        return jdbc.queryForStream(sql, (rs, n) -> new Fact(rs.getString("fact_id"), rs.getString("region"),
                rs.getString("period"), rs.getString("code"), rs.getString("standard_name"), rs.getString("subject"),
                enumOf(Measure.class, rs.getString("measure")), strip(rs.getBigDecimal("normalized")),
                rs.getString("base_unit"), enumOf(Status.class, rs.getString("status")), rs.getLong("n"),
                rs.getInt("sources"), rs.getLong("id"), rs.getString("file"), rs.getInt("line"),
                strip(rs.getBigDecimal("lo")), strip(rs.getBigDecimal("hi")),
                disagreeing.contains(rs.getString("fact_id"))), runId);
    }

    private static BigDecimal strip(BigDecimal value) {
        if (value == null) {
            return null;
        }
        BigDecimal stripped = value.stripTrailingZeros();
        return stripped.scale() < 0 ? stripped.setScale(0) : stripped;
    }

    private static <E extends Enum<E>> E enumOf(Class<E> type, String name) {
        return name == null ? null : Enum.valueOf(type, name);
    }
}
