package org.zhibiao.workbook;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.apache.poi.ss.usermodel.Row;
import org.zhibiao.workbook.Styles.Fill;

/**
 * The lines of 概览 about facts and the run: facts and mentions counted apart (three mentions of one figure are
 * one fact), facts mapped to the catalogue and facts whose sources disagree, regions and periods covered,
 * rejected records, and the run's status.
 */
final class OverviewFacts {

    /** Regions or periods named one by one; beyond, counted. */
    static final int MAX_LISTED = 12;

    private final FactLabels words;
    private final FactTally tally;
    private final RunInfo info;

    OverviewFacts(FactLabels words, FactTally tally, RunInfo info) {
        this.words = words;
        this.tally = tally;
        this.info = info;
    }

    void write(Table t) {
        if (tally != null) {
            count(t, words.facts(), tally.facts);
            count(t, words.mentions(), tally.mentions);
            count(t, words.mapped(), tally.mapped);
            Row disagreeing = t.row();
            t.label(disagreeing, 0, words.disagreeing());
            t.integer(disagreeing, 1, tally.disagreeing, tally.disagreeing > 0 ? Fill.ERROR : Fill.NONE);
            listed(t, words.regions(), tally.regions);
            listed(t, words.periods(), tally.periods);
            count(t, words.regionPeriods(), tally.regionPeriods.size());
        }
        long rejected = info.inputs() == null ? 0 : info.inputs().stream().mapToLong(RunInfo.InputFile::rejected).sum();
        Row rejects = t.row();
        t.label(rejects, 0, words.rejected());
        t.integer(rejects, 1, rejected, rejected > 0 ? Fill.WARNING : Fill.NONE);
        Row status = t.row();
        t.label(status, 0, words.runStatus());
        Set<String> done = new LinkedHashSet<>();
        if (info.steps() != null) {
            info.steps().stream().filter(s -> "COMPLETED".equals(s.status())).forEach(s -> done.add(s.step()));
        }
        t.text(status, 1, words.runStatusValue(String.join(", ", done)), Fill.NONE, false);
        t.skipRow();
    }

    private static void count(Table t, String label, long n) {
        Row r = t.row();
        t.label(r, 0, label);
        t.integer(r, 1, n, Fill.NONE);
    }

    private void listed(Table t, String label, Set<String> values) {
        Row r = t.row();
        t.label(r, 0, label);
        List<String> sorted = values.stream().sorted().toList();
        String shown = String.join(words.listSeparator(), sorted.subList(0, Math.min(MAX_LISTED, sorted.size())))
                + (sorted.size() > MAX_LISTED ? " … (" + sorted.size() + ")" : "");
        t.text(r, 1, sorted.isEmpty() ? "—" : shown, Fill.NONE, false);
    }
}
