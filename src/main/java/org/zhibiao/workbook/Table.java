package org.zhibiao.workbook;

import java.math.BigDecimal;
import java.util.List;
import org.apache.poi.common.usermodel.HyperlinkType;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.Hyperlink;
import org.apache.poi.ss.usermodel.PrintSetup;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.streaming.SXSSFSheet;
import org.zhibiao.workbook.Styles.Fill;

/**
 * One streamed sheet and the rules every cell follows: text is always a string cell, cut to the cell limit
 * and quote-prefixed when it could be read as a formula; numbers are numeric cells; widths are sampled.
 */
final class Table {

    final SXSSFSheet sheet;
    final String name;
    private final Styles styles;
    private final int maxCellChars;
    private final ColumnWidths widths;
    private int nextRow;
    private int headerRow = -1;
    private int columns;
    private int links;
    private int maxLinks = WorkbookSettings.EXCEL_MAX_LINKS;

    Table(SXSSFSheet sheet, String name, Styles styles, int maxCellChars, int[] widthCaps) {
        this.sheet = sheet;
        this.name = name;
        this.styles = styles;
        this.maxCellChars = maxCellChars;
        this.widths = new ColumnWidths(widthCaps);
    }

    Row row() {
        return sheet.createRow(nextRow++);
    }

    Styles styles() {
        return styles;
    }

    int nextRow() {
        return nextRow;
    }

    void skipRow() {
        nextRow++;
    }

    /** A bold header row with a fill; the table below it is filtered and frozen at {@link #finish}. */
    Row header(List<String> titles) {
        Row r = row();
        headerRow = r.getRowNum();
        columns = Math.max(columns, titles.size());
        for (int c = 0; c < titles.size(); c++) {
            Cell cell = r.createCell(c);
            cell.setCellValue(titles.get(c));
            cell.setCellStyle(styles.header());
            widths.header(c, titles.get(c));
        }
        return r;
    }

    /** Writes {@code text} as a string cell; returns the text as stored (after cutting). */
    String text(Row r, int column, String text, Fill fill, boolean wrap) {
        String stored = SafeText.fit(text, maxCellChars);
        if (stored.isEmpty() && fill == Fill.NONE) {
            return stored; // no cell at all: smaller file, and Ctrl+arrow jumps over it
        }
        Cell cell = r.createCell(column);
        if (!stored.isEmpty()) {
            cell.setCellValue(stored);
        }
        cell.setCellStyle(styles.text(fill, wrap, SafeText.looksLikeFormula(stored)));
        if (widths.sampling()) {
            widths.sample(column, stored);
        }
        return stored;
    }

    void label(Row r, int column, String text) {
        Cell cell = r.createCell(column);
        cell.setCellValue(SafeText.fit(text, maxCellChars));
        cell.setCellStyle(styles.label());
        if (widths.sampling()) {
            widths.sample(column, text);
        }
    }

    /** A numeric cell shown with as many decimals as {@code value} was written with, or blank for null. */
    void number(Row r, int column, BigDecimal value, Fill fill) {
        if (value == null) {
            blank(r, column, fill);
            return;
        }
        int decimals = Math.max(0, value.scale());
        number(r, column, value.doubleValue(), styles.decimalsFormat(decimals), fill);
        if (widths.sampling()) {
            widths.sample(column, formattedWidth(value, decimals));
        }
    }

    void number(Row r, int column, double value, String format, Fill fill) {
        Cell cell = r.createCell(column);
        cell.setCellValue(value);
        cell.setCellStyle(styles.number(fill, format));
    }

    /** An integer without thousands separators (years, line numbers), or blank for null. */
    void plain(Row r, int column, Number value, Fill fill) {
        if (value == null) {
            blank(r, column, fill);
            return;
        }
        number(r, column, value.doubleValue(), Styles.PLAIN_INTEGER, fill);
        if (widths.sampling()) {
            widths.sample(column, Long.toString(value.longValue()).length());
        }
    }

    void integer(Row r, int column, long value, Fill fill) {
        number(r, column, value, Styles.thousands(0), fill);
        if (widths.sampling()) {
            widths.sample(column, formattedWidth(BigDecimal.valueOf(value), 0));
        }
    }

    void blank(Row r, int column, Fill fill) {
        if (fill != Fill.NONE) {
            r.createCell(column).setCellStyle(styles.text(fill, false, false));
        }
    }

    /** At most {@code max} hyperlinks on this sheet (Excel allows 65,530; POI keeps each in memory). */
    Table limitLinks(int max) {
        this.maxLinks = Math.min(max, WorkbookSettings.EXCEL_MAX_LINKS);
        return this;
    }

    /**
     * A cell that jumps to {@code target} (an internal reference such as {@code '产业基础'!A12}); past the
     * sheet's link limit, plain text naming the same row.
     */
    void link(Row r, int column, String text, String target, Fill fill) {
        if (links >= maxLinks) {
            text(r, column, text, fill, false);
            return;
        }
        links++;
        String stored = SafeText.fit(text, maxCellChars);
        Cell cell = r.createCell(column);
        cell.setCellValue(stored);
        Hyperlink link = sheet.getWorkbook().getCreationHelper().createHyperlink(HyperlinkType.DOCUMENT);
        link.setAddress(target);
        cell.setHyperlink(link);
        cell.setCellStyle(styles.link(fill, SafeText.looksLikeFormula(stored)));
        if (widths.sampling()) {
            widths.sample(column, stored);
        }
    }

    /** Makes an existing cell jump to {@code target}, within the sheet's link limit; false past it. */
    boolean hyperlink(Cell cell, String target) {
        if (links >= maxLinks) {
            return false;
        }
        links++;
        Hyperlink link = sheet.getWorkbook().getCreationHelper().createHyperlink(HyperlinkType.DOCUMENT);
        link.setAddress(target);
        cell.setHyperlink(link);
        return true;
    }

    /** Lines of wrapped text need a taller row; capped so one long cell does not fill the screen. */
    void fitHeight(Row r, int lines, int maxLines) {
        if (lines > 1) {
            // Set explicitly: Excel does not fit heights of streamed rows, and LibreOffice would otherwise
            // refit every row of a large sheet while opening it.
            r.setHeightInPoints(Math.min(lines, maxLines) * POINTS_PER_LINE + 2);
        }
    }

    static final float POINTS_PER_LINE = 15f;

    void fixWidth(int column) {
        widths.fixAtCap(column);
    }

    void endRow() {
        widths.endRow();
    }

    int width(int column) {
        return widths.width(column);
    }

    void headerCell(Row r, int column, String title) {
        Cell cell = r.createCell(column);
        cell.setCellValue(title);
        cell.setCellStyle(styles.header());
        if (widths.sampling()) {
            widths.sample(column, title);
        }
    }

    void sampleWidth(int column, int width) {
        widths.sample(column, width);
    }

    /** Widths and print setup only: for sheets that are not one table (概览, 运行信息). */
    void finishPlain() {
        widths.apply(sheet);
        printSetup();
    }

    private void printSetup() {
        PrintSetup print = sheet.getPrintSetup();
        print.setLandscape(true);
        print.setPaperSize(PrintSetup.A4_PAPERSIZE);
        print.setFitWidth((short) 1);
        print.setFitHeight((short) 0); // as many pages tall as needed
        sheet.setFitToPage(true);
        sheet.setAutobreaks(true);
    }

    /** Freezes and filters the header row, repeats it on printed pages, sets widths and print setup. */
    void finish() {
        widths.apply(sheet);
        printSetup();
        if (headerRow >= 0) {
            sheet.createFreezePane(0, headerRow + 1);
            int last = Math.max(headerRow, nextRow - 1);
            sheet.setAutoFilter(new CellRangeAddress(headerRow, last, 0, columns - 1));
            sheet.setRepeatingRows(CellRangeAddress.valueOf((headerRow + 1) + ":" + (headerRow + 1)));
        }
    }

    /** Width of {@code #,##0.00} rendering: digits, separators, point, decimals, sign. */
    static int formattedWidth(BigDecimal value, int decimals) {
        BigDecimal abs = value.abs();
        int integerDigits = Math.max(1, abs.precision() - abs.scale());
        return integerDigits + (integerDigits - 1) / 3 + (decimals > 0 ? decimals + 1 : 0)
                + (value.signum() < 0 ? 1 : 0);
    }
}
