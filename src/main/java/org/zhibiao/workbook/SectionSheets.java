package org.zhibiao.workbook;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import org.zhibiao.model.Indicator;
import org.zhibiao.model.Severity;
import org.zhibiao.workbook.Styles.Fill;

/**
 * The section sheets: one per section, continued on {@code 产业基础 (2)} … when a section has more rows than
 * a sheet may hold. Remembers where each indicator id went so that findings can link to it.
 */
final class SectionSheets {

    static final String UNCLASSIFIED = "未分类";
    static final int SENTENCE = 11;
    static final int NOTE = 15;
    /** Wrapped rows grow to at most this many lines; the full text stays in the cell. */
    static final int MAX_LINES = 6;
    private static final int[] WIDTH_CAPS = {16, 8, 30, 16, 12, 18, 10, 15, 8, 8, 8, 50, 26, 8, 8, 30, 24, 12, 12, 12};

    private final SXSSFWorkbook workbook;
    private final Styles styles;
    private final Labels labels;
    private final WorkbookSettings settings;
    private final SheetNames names;
    private final Map<String, String> firstSheetNames;
    private final DisplayNames displayNames;
    private final Map<String, Section> sections = new LinkedHashMap<>();
    private final List<Table> tables = new ArrayList<>();
    private final RowLocations locations = new RowLocations();
    /** Ids whose rows findings may name, sorted; null: remember every row. */
    private long[] remembered;
    private long rowsWritten;
    private long withoutRegion;
    private long withoutPeriod;

    /** A section being written: its current sheet and how far it has got. */
    private static final class Section {
        final String firstName;
        final List<Table> parts = new ArrayList<>();
        int rowsInPart;
        int slot; // index of the current part in tables, for RowLocations

        Section(String firstName) {
            this.firstName = firstName;
        }

        Table current() {
            return parts.get(parts.size() - 1);
        }
    }

    /** Remember the rows of these ids only (those findings name), not every row written. */
    void rememberOnly(long[] ids) {
        long[] sorted = ids.clone();
        Arrays.sort(sorted);
        this.remembered = sorted;
    }

    SectionSheets(SXSSFWorkbook workbook, Styles styles, Labels labels, WorkbookSettings settings,
            SheetNames names, Map<String, String> firstSheetNames, DisplayNames displayNames) {
        this.workbook = workbook;
        this.styles = styles;
        this.labels = labels;
        this.settings = settings;
        this.names = names;
        this.firstSheetNames = firstSheetNames;
        this.displayNames = displayNames;
    }

    void write(Indicator indicator) {
        String sectionName = indicator.section() == null || indicator.section().isBlank() ? UNCLASSIFIED
                : indicator.section();
        Section section = sections.computeIfAbsent(sectionName, this::open);
        if (section.parts.isEmpty() || section.rowsInPart >= settings.maxRowsPerSheet()) {
            String name = section.parts.isEmpty() ? section.firstName
                    : names.continuation(section.firstName, section.parts.size() + 1);
            section.parts.add(newTable(name));
            section.slot = tables.size() - 1;
            section.rowsInPart = 0;
        }
        Table table = section.current();
        Row row = writeRow(table, indicator);
        section.rowsInPart++;
        rowsWritten++;
        withoutRegion += indicator.region() == null || indicator.region().isBlank() ? 1 : 0;
        withoutPeriod += indicator.period() == null || indicator.period().isBlank() ? 1 : 0;
        if (indicator.id() != 0 && (remembered == null || Arrays.binarySearch(remembered, indicator.id()) >= 0)) {
            if (section.slot < RowLocations.MAX_SLOTS) {
                locations.put(indicator.id(), section.slot, row.getRowNum());
            }
        }
    }

    private Section open(String sectionName) {
        String name = firstSheetNames.get(sectionName);
        return new Section(name != null ? name : names.assign(displayNames.section(sectionName, settings.language())));
    }

    private Table newTable(String name) {
        Table table = new Table(workbook.createSheet(name), name, styles, settings.maxCellChars(), WIDTH_CAPS);
        table.header(labels.sectionHeaders());
        table.fixWidth(SENTENCE);
        table.fixWidth(NOTE);
        tables.add(table);
        return table;
    }

    private Row writeRow(Table t, Indicator in) {
        Fill fill = fill(in.check());
        Row r = t.row();
        t.text(r, 0, in.region(), fill, false);
        t.plain(r, 1, in.year(), fill);
        t.text(r, 2, in.subject(), fill, false);
        t.number(r, 3, in.value(), fill);
        t.text(r, 4, in.unit(), fill, false);
        t.number(r, 5, stripped(in.normalized()), fill);
        t.text(r, 6, in.baseUnit(), fill, false);
        t.text(r, 7, in.kind() == null ? "" : in.kind().name(), fill, false);
        t.text(r, 8, labels.qualifier(in.qualifier()), fill, false);
        t.text(r, 9, labels.status(in.status()), fill, false);
        t.text(r, 10, labels.source(in.source()), fill, false);
        String sentence = t.text(r, SENTENCE, in.sentence(), fill, true);
        t.text(r, 12, in.file(), fill, false);
        t.plain(r, 13, in.line(), fill);
        t.text(r, 14, labels.severity(in.check()), fill, false);
        String note = t.text(r, NOTE, note(in), fill, true);
        t.text(r, 16, displayNames.indicator(in.code(), in.standardName(), settings.language()), fill, false);
        t.text(r, 17, in.code(), fill, false);
        t.text(r, 18, in.period(), fill, false);
        t.text(r, 19, in.factId(), fill, false);
        int lines = Math.max(ColumnWidths.linesNeeded(sentence, t.width(SENTENCE)),
                ColumnWidths.linesNeeded(note, t.width(NOTE)));
        t.fitHeight(r, lines, MAX_LINES);
        t.endRow();
        return r;
    }

    /** 说明: the validation note, after the range when the figure is one (数值 holds the low end). */
    private String note(Indicator in) {
        String note = labels.rowNote(in.note(), in.noteEn());
        if (in.valueHigh() == null) {
            return note;
        }
        String low = in.value() == null ? "" : in.value().toPlainString();
        return labels.join(labels.range(low, in.valueHigh().toPlainString(), in.unit()), note);
    }

    static Fill fill(Severity check) {
        if (check == Severity.ERROR) {
            return Fill.ERROR;
        }
        return check == Severity.WARNING ? Fill.WARNING : Fill.NONE;
    }

    /** 41000.0 shows as 41,000: the normalized value keeps only the decimals it needs. */
    private static BigDecimal stripped(BigDecimal value) {
        if (value == null) {
            return null;
        }
        BigDecimal s = value.stripTrailingZeros();
        return s.scale() < 0 ? s.setScale(0) : s;
    }

    void finish() {
        for (Table t : tables) {
            t.finish();
        }
    }

    /** Sheet names of the section sheets, each section's parts together, sections in first-written order. */
    Map<String, List<String>> sheetsBySection() {
        Map<String, List<String>> result = new LinkedHashMap<>();
        sections.forEach((name, s) -> {
            List<String> parts = new ArrayList<>();
            s.parts.forEach(t -> parts.add(t.name));
            result.put(name, parts);
        });
        return result;
    }

    /** Where an id was written: sheet name and 1-based Excel row, or null. */
    RowRef locate(long id) {
        int packed = locations.get(id);
        if (packed == RowLocations.NOT_FOUND) {
            return null;
        }
        return new RowRef(tables.get(RowLocations.sheetSlot(packed)).name, RowLocations.row(packed) + 1);
    }

    record RowRef(String sheet, int excelRow) {
    }

    /** Rows with no region and rows with no period (each also has a REGION_MISSING / PERIOD_MISSING finding). */
    long[] withoutRegionAndPeriod() {
        return new long[] {withoutRegion, withoutPeriod};
    }

    long rowsWritten() {
        return rowsWritten;
    }

    Map<String, Long> rowsPerSheet() {
        Map<String, Long> result = new LinkedHashMap<>();
        for (Table t : tables) {
            result.put(t.name, (long) t.nextRow() - 1);
        }
        return result;
    }
}
