package org.zhibiao.job.staging;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Indicators per section, counted while the export streams them ({@link StagingRepository#streamIndicators(long,
 * SectionCounts)}) instead of by a GROUP BY on the section name, which no index covers (a scan of every row and
 * its sentence: about a second per 250,000 rows). Sections come out as {@link StagingRepository#sectionCounts}
 * orders them: by position in the taxonomy, then by name (names that share a position, the sections the taxonomy
 * does not know, are ordered by Java's string order, which is H2's; PostgreSQL's collation may order them
 * otherwise). Not thread-safe: it is filled in the consumer's thread.
 */
public final class SectionCounts {

    private final Map<String, long[]> sections = new HashMap<>(); // name -> {lowest position, rows}
    private long total;

    void add(int sectionOrder, String section) {
        long[] entry = sections.computeIfAbsent(section, s -> new long[] {sectionOrder, 0});
        entry[0] = Math.min(entry[0], sectionOrder);
        entry[1]++;
        total++;
    }

    /** Rows per section, in section order. */
    public Map<String, Long> inOrder() {
        List<Map.Entry<String, long[]>> entries = new ArrayList<>(sections.entrySet());
        entries.sort(Comparator.<Map.Entry<String, long[]>>comparingLong(e -> e.getValue()[0])
                .thenComparing(Map.Entry::getKey));
        Map<String, Long> counts = new LinkedHashMap<>();
        entries.forEach(e -> counts.put(e.getKey(), e.getValue()[1]));
        return counts;
    }

    /** Rows counted. */
    public long total() {
        return total;
    }
}
