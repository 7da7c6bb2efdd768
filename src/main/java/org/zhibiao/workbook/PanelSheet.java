package org.zhibiao.workbook;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.Row;
import org.zhibiao.model.Fact;
import org.zhibiao.model.Status;
import org.zhibiao.workbook.SectionSheets.RowRef;
import org.zhibiao.workbook.Styles.Fill;

/**
 * 面板: one row per region × indicator × measure (targets on rows of their own), one column per period, each
 * value in the row's display unit ({@link DisplayUnits}) and linked to the row of its first mention. A cell whose
 * mentions disagree is filled red and the row's 说明 lists the values. The facts arrive sorted by row key and
 * period, so only one row is held at a time, whatever the run's size.
 */
final class PanelSheet {

    /** Period columns at most; the rest are in the facts CSV (and noted). */
    static final int MAX_PERIODS = 100;
    static final int FIRST_PERIOD = 5;
    private static final int[] WIDTH_CAPS = {16, 30, 22, 12, 10};

    private final Table table;
    private final FactLabels words;
    private final SectionSheets rows;
    private final List<String> periods;
    private final Map<String, Integer> column = new HashMap<>();
    private final long maxRows;
    private final int noteColumn;
    private Fact[] cells;
    private Fact key;
    private long rowsWritten;
    private long facts;
    private boolean rowsCapped;
    private final int periodsDropped;
    private final DisplayNames displayNames;
    private final WorkbookSettings.Language language;

    PanelSheet(Table table, FactLabels words, DisplayNames displayNames, WorkbookSettings.Language language,
            SectionSheets rows, List<String> allPeriods, long maxRows) {
        this.table = table;
        this.words = words;
        this.displayNames = displayNames;
        this.language = language;
        this.rows = rows;
        this.periods = allPeriods.subList(0, Math.min(allPeriods.size(), MAX_PERIODS));
        for (int i = 0; i < periods.size(); i++) {
            column.put(periods.get(i), FIRST_PERIOD + i);
        }
        this.maxRows = maxRows;
        this.noteColumn = FIRST_PERIOD + periods.size();
        this.cells = new Fact[periods.size()];
        List<String> headers = new ArrayList<>(words.panelHeaders());
        periods.forEach(p -> headers.add(p.isEmpty() ? words.unknownPeriod() : p));
        headers.add(words.panelNote());
        table.header(headers);
        this.periodsDropped = allPeriods.size() - periods.size();
    }

    static int[] widthCaps(int periods) {
        int[] caps = new int[FIRST_PERIOD + Math.min(periods, MAX_PERIODS) + 1];
        System.arraycopy(WIDTH_CAPS, 0, caps, 0, WIDTH_CAPS.length);
        for (int i = FIRST_PERIOD; i < caps.length - 1; i++) {
            caps[i] = 16;
        }
        caps[caps.length - 1] = 60;
        return caps;
    }

    /** Adds one fact; facts of one row must come together (sorted by row key). */
    void add(Fact fact) {
        facts++;
        if (key != null && !sameRow(key, fact)) {
            flush();
        }
        key = fact;
        Integer c = column.get(fact.period() == null ? "" : fact.period());
        if (c != null && cells[c - FIRST_PERIOD] == null) {
            cells[c - FIRST_PERIOD] = fact;
        }
    }

    /** Writes the last row; returns the rows written. */
    long finish() {
        if (key != null) {
            flush();
        }
        if (facts == 0) {
            table.text(table.row(), 0, words.emptyPanel(), Fill.NONE, false);
        }
        if (periodsDropped > 0) {
            table.text(table.row(), 0, words.periodsCapped(periods.size(), periods.size() + periodsDropped),
                    Fill.WARNING, false);
        }
        if (rowsCapped) {
            table.text(table.row(), 0, words.capped(rowsWritten, facts), Fill.WARNING, false);
        }
        table.finish();
        return rowsWritten;
    }

    private static boolean sameRow(Fact a, Fact b) {
        return Objects.equals(a.region(), b.region()) && a.indicatorName().equals(b.indicatorName())
                && a.measure() == b.measure() && (a.status() == Status.TARGET) == (b.status() == Status.TARGET)
                && Objects.equals(a.baseUnit(), b.baseUnit());
    }

    private void flush() {
        Fact[] row = cells;
        cells = new Fact[periods.size()];
        if (rowsWritten >= maxRows) {
            rowsCapped = true;
            return;
        }
        BigDecimal largest = null;
        for (Fact f : row) {
            if (f != null && f.value() != null && (largest == null || f.value().abs().compareTo(largest) > 0)) {
                largest = f.value().abs();
            }
        }
        if (largest == null && allEmpty(row)) {
            return; // every fact of the row has a period beyond the columns shown
        }
        DisplayUnits.Display display = DisplayUnits.of(key.baseUnit(), largest);
        Row r = table.row();
        table.text(r, 0, Objects.toString(key.region(), ""), Fill.NONE, false);
        table.text(r, 1, displayNames.indicator(key.code(), key.indicatorName(), language) + (key.status() == Status.TARGET ? words.target() : ""), Fill.NONE,
                false);
        table.text(r, 2, Objects.toString(key.code(), ""), Fill.NONE, false);
        table.text(r, 3, words.measure(key.measure()), Fill.NONE, false);
        table.text(r, 4, display.unit(), Fill.NONE, false);
        List<String> notes = new ArrayList<>();
        for (int i = 0; i < row.length; i++) {
            Fact f = row[i];
            if (f == null) {
                continue;
            }
            Fill fill = f.disagrees() ? Fill.ERROR : Fill.NONE;
            int c = FIRST_PERIOD + i;
            table.number(r, c, display.apply(f.value()), fill);
            Cell cell = r.getCell(c);
            RowRef ref = rows.locate(f.firstId());
            if (cell != null && ref != null) {
                table.hyperlink(cell, SheetNames.reference(ref.sheet(), "A" + ref.excelRow()));
            }
            if (f.disagrees()) {
                boolean ownValuesDiffer = f.low() != null && f.high() != null && f.low().compareTo(f.high()) != 0;
                notes.add(ownValuesDiffer ? words.disagreement(periods.get(i), plain(display.apply(f.low())),
                        plain(display.apply(f.high())), display.unit()) : words.disagreesElsewhere(periods.get(i)));
            }
        }
        if (!notes.isEmpty()) {
            table.text(r, noteColumn, words.joinNotes(notes), Fill.ERROR, false);
        }
        table.endRow();
        rowsWritten++;
    }

    private static boolean allEmpty(Fact[] row) {
        for (Fact f : row) {
            if (f != null) {
                return false;
            }
        }
        return true;
    }

    private static String plain(BigDecimal value) {
        return value == null ? "?" : value.toPlainString();
    }

    /** Feeds every fact of the iterator; returns rows written. */
    long writeAll(Iterator<Fact> facts) {
        while (facts.hasNext()) {
            add(facts.next());
        }
        return finish();
    }
}
