package org.zhibiao.workbook;

import java.io.Closeable;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.Row;
import org.zhibiao.workbook.Styles.Fill;

/**
 * The workbook core's streamed tables for writers outside this package (the Spring Batch adapter in
 * {@code workbook.item}): each sheet is one table under a bold, filtered, frozen header row, and every cell
 * follows the core's rules ({@link Table}): text is always a string cell, cut at {@code maxCellChars} with a
 * visible marker and quote-prefixed when it could be read as a formula; sheet names are ones Excel accepts.
 * Rows are streamed (SXSSF): only {@code rowWindow} rows per sheet stay in memory.
 */
public final class StreamingWorkbook implements Closeable {

    /** A row's fill, the job's own marks for rows to look at: none, yellow (warning) or red (error). */
    public enum Highlight {
        NONE(Fill.NONE), WARNING(Fill.WARNING), ERROR(Fill.ERROR);

        private final Fill fill;

        Highlight(Fill fill) {
            this.fill = fill;
        }
    }

    /** Widest a column becomes by default, in digit widths. */
    public static final int DEFAULT_WIDTH_CAP = 60;

    private final FastDeflateWorkbook workbook;
    private final Styles styles;
    private final SheetNames names = new SheetNames();
    private final int maxCellChars;
    private final List<Sheet> sheets = new ArrayList<>();

    /**
     * @param rowWindow    rows kept in memory per sheet; older rows go to a gzipped temp file
     * @param maxCellChars longest cell text, at most Excel's {@value WorkbookSettings#EXCEL_MAX_CELL_CHARS}
     */
    public StreamingWorkbook(int rowWindow, int maxCellChars) {
        checkSettings(rowWindow, maxCellChars);
        this.workbook = new FastDeflateWorkbook(rowWindow, true);
        this.styles = new Styles(workbook);
        this.maxCellChars = maxCellChars;
    }

    /** Throws IllegalArgumentException, naming the bound, unless both values are ones a workbook can take. */
    public static void checkSettings(int rowWindow, int maxCellChars) {
        new WorkbookSettings(WorkbookSettings.Language.EN, rowWindow, 1, maxCellChars, true, 0);
    }

    /**
     * A new sheet named as close to {@code wanted} as Excel allows (cleaned, cut to 31 characters, made unique
     * with " (2)"), with {@code headers} as its first row.
     *
     * @param widthCaps the widest each column may become, one per header
     */
    public Sheet sheet(String wanted, List<String> headers, int[] widthCaps) {
        return add(names.assign(wanted), headers, widthCaps);
    }

    /** Part {@code part} (2, 3 …) of {@code first}, which reached its row limit: {@code Name (2)}, same headers. */
    public Sheet continuation(Sheet first, int part) {
        return add(names.continuation(first.name(), part), first.headers, first.widthCaps);
    }

    /** Puts {@code sheet} at {@code position} (0 = first tab). */
    public void moveTo(Sheet sheet, int position) {
        workbook.setSheetOrder(sheet.name(), position);
    }

    /** Where {@code sheet} stands among the tabs (0 = first). */
    public int positionOf(Sheet sheet) {
        return workbook.getSheetIndex(sheet.name());
    }

    public int sheetCount() {
        return sheets.size();
    }

    private Sheet add(String name, List<String> headers, int[] widthCaps) {
        if (widthCaps.length != headers.size()) {
            throw new IllegalArgumentException(
                    "one width cap per header: " + headers.size() + " headers, " + widthCaps.length + " caps");
        }
        Table table = new Table(workbook.createSheet(name), name, styles, maxCellChars, widthCaps);
        table.header(headers);
        Sheet sheet = new Sheet(table, List.copyOf(headers), widthCaps.clone());
        sheets.add(sheet);
        return sheet;
    }

    /**
     * Finishes every sheet (widths, filter, frozen header, print setup) and writes the workbook to an exclusive
     * temp file beside {@code target}, then renames it over {@code target}: on failure there is no new file at
     * {@code target} and no temp file. Call once.
     */
    public void writeAtomically(Path target) throws IOException {
        for (Sheet sheet : sheets) {
            sheet.table.finish();
        }
        AtomicFile.write(target, workbook::write);
    }

    /** Deletes the streamed rows' temp files; safe to call more than once. */
    @Override
    public void close() {
        try {
            workbook.close();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** One table: {@link #startRow}, cells by column, {@link #endRow}. A null value leaves its cell empty. */
    public static final class Sheet {

        private final Table table;
        private final List<String> headers;
        private final int[] widthCaps;
        private Row row;
        private Fill fill = Fill.NONE;

        private Sheet(Table table, List<String> headers, int[] widthCaps) {
            this.table = table;
            this.headers = headers;
            this.widthCaps = widthCaps;
        }

        public String name() {
            return table.name;
        }

        /** Rows below the header. */
        public int dataRows() {
            return table.nextRow() - 1;
        }

        public void startRow() {
            row = table.row();
        }

        /** Fills the cells written after this call, until {@link #endRow}. */
        public void highlight(Highlight highlight) {
            this.fill = highlight == null ? Fill.NONE : highlight.fill;
        }

        /** Always a string cell, never a formula; {@code wrap} wraps it in a column fixed at its cap. */
        public void text(int column, String value, boolean wrap) {
            if (value == null) {
                empty(column);
                return;
            }
            table.text(row, column, value, fill, wrap);
            if (wrap) {
                table.fixWidth(column);
            }
        }

        /** A numeric cell shown with as many decimals as the value has (2.50 → 2.50, 1200 → 1,200). */
        public void number(int column, Number value) {
            BigDecimal decimal = decimal(value);
            if (decimal != null) {
                table.number(row, column, decimal, fill);
            } else {
                empty(column);
            }
        }

        /** A whole number with thousands separators (1,200). */
        public void integer(int column, Number value) {
            if (value != null) {
                table.integer(row, column, value.longValue(), fill);
            } else {
                empty(column);
            }
        }

        /** A date cell shown as {@code yyyy-mm-dd}. */
        public void date(int column, LocalDate value) {
            if (value != null) {
                dateCell(column, Styles.DATE).setCellValue(value);
            } else {
                empty(column);
            }
        }

        /** A date-time cell shown as {@code yyyy-mm-dd hh:mm:ss}. */
        public void dateTime(int column, LocalDateTime value) {
            if (value != null) {
                dateCell(column, Styles.DATE_TIME).setCellValue(value);
            } else {
                empty(column);
            }
        }

        public void endRow() {
            table.endRow();
            row = null;
            fill = Fill.NONE;
        }

        /** No cell, or a blank filled one in a highlighted row (the row reads as one band). */
        private void empty(int column) {
            table.blank(row, column, fill);
        }

        private Cell dateCell(int column, String format) {
            Cell cell = row.createCell(column);
            cell.setCellStyle(table.styles().number(fill, format));
            table.sampleWidth(column, format.length());
            return cell;
        }

        /** Excel has no NaN or infinity: such values stay empty rather than becoming a wrong number. */
        private static BigDecimal decimal(Number value) {
            if (value == null) {
                return null;
            }
            if (value instanceof BigDecimal d) {
                return d;
            }
            double d = value.doubleValue();
            if (value instanceof Double || value instanceof Float) {
                return Double.isFinite(d) ? BigDecimal.valueOf(d).stripTrailingZeros() : null;
            }
            return new BigDecimal(value.toString());
        }
    }
}
