package org.zhibiao.bench;

import java.io.File;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Hyperlink;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.util.CellReference;
import org.apache.poi.xssf.usermodel.XSSFCellStyle;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/**
 * Compares two workbooks cell by cell, to show that a change to the writer leaves the workbook as it was: sheet
 * names and order, the active sheet, per sheet the rows, column widths, frozen panes, auto-filter, merged regions
 * and row heights, and per cell its type and value, number format, fill, bold, wrap, quote prefix, alignment and
 * hyperlink. Sheets named in the third argument (comma-separated, e.g. 运行信息, whose durations differ from run to
 * run) are compared and listed but do not count. Exit code 0 when nothing else differs.
 *
 * <p>Usage (after a {@code -Pbench} build): {@code java -cp target/classes:target/test-classes:$(cat
 * target/bench-classpath.txt) org.zhibiao.bench.WorkbookDiff before.xlsx after.xlsx 运行信息}.
 */
public final class WorkbookDiff {

    private static final int SHOWN = 20;

    private WorkbookDiff() {
    }

    public static void main(String[] args) throws Exception {
        Set<String> expected = new HashSet<>(Arrays.asList(args.length > 2 ? args[2].split(",") : new String[0]));
        long differences = 0;
        long cells = 0;
        try (XSSFWorkbook a = new XSSFWorkbook(new File(args[0])); XSSFWorkbook b = new XSSFWorkbook(new File(args[1]))) {
            List<String> names = new ArrayList<>();
            List<String> otherNames = new ArrayList<>();
            a.forEach(s -> names.add(s.getSheetName()));
            b.forEach(s -> otherNames.add(s.getSheetName()));
            System.out.println("sheets: " + names);
            if (!names.equals(otherNames)) {
                System.out.println("SHEETS DIFFER: " + otherNames);
                differences++;
            }
            if (a.getActiveSheetIndex() != b.getActiveSheetIndex()) {
                System.out.println("active sheet differs");
                differences++;
            }
            for (String name : names) {
                XSSFSheet x = a.getSheet(name);
                XSSFSheet y = b.getSheet(name);
                if (y == null) {
                    continue;
                }
                long inSheet = 0;
                List<String> shown = new ArrayList<>();
                inSheet += same(name + ": last row", x.getLastRowNum(), y.getLastRowNum(), shown);
                inSheet += same(name + ": frozen rows", String.valueOf(x.getPaneInformation() == null ? null
                        : x.getPaneInformation().getHorizontalSplitPosition()), String.valueOf(
                        y.getPaneInformation() == null ? null : y.getPaneInformation().getHorizontalSplitPosition()),
                        shown);
                inSheet += same(name + ": auto-filter", filter(x), filter(y), shown);
                inSheet += same(name + ": merged regions", x.getNumMergedRegions(), y.getNumMergedRegions(), shown);
                for (int c = 0; c < 32; c++) {
                    inSheet += same(name + ": width of column " + c, x.getColumnWidth(c), y.getColumnWidth(c), shown);
                }
                for (int r = 0; r <= Math.max(x.getLastRowNum(), y.getLastRowNum()); r++) {
                    Row rx = x.getRow(r);
                    Row ry = y.getRow(r);
                    if (rx == null || ry == null) {
                        inSheet += same(name + "!" + (r + 1) + " present", rx != null, ry != null, shown);
                        continue;
                    }
                    inSheet += same(name + "!" + (r + 1) + " height", rx.getHeight(), ry.getHeight(), shown);
                    for (int c = 0; c < Math.max(rx.getLastCellNum(), ry.getLastCellNum()); c++) {
                        cells++;
                        inSheet += same(name + "!" + new CellReference(r, c).formatAsString(), describe(rx.getCell(c)),
                                describe(ry.getCell(c)), shown);
                    }
                }
                shown.stream().limit(SHOWN).forEach(System.out::println);
                boolean free = expected.contains(name);
                System.out.printf("  %s: %d rows, %d differences%s%n", name, x.getLastRowNum() + 1, inSheet,
                        free ? " (expected: differs from run to run)" : "");
                differences += free ? 0 : inSheet;
            }
        }
        System.out.printf("%d cells compared; %d differences outside the expected sheets%n", cells, differences);
        System.exit(differences == 0 ? 0 : 1);
    }

    private static int same(String what, Object x, Object y, List<String> shown) {
        if (x.equals(y)) {
            return 0;
        }
        shown.add(what + ": " + x + "  <>  " + y);
        return 1;
    }

    private static String filter(XSSFSheet sheet) {
        return sheet.getCTWorksheet().isSetAutoFilter() ? sheet.getCTWorksheet().getAutoFilter().getRef() : "-";
    }

    private static String describe(Cell cell) {
        if (cell == null) {
            return "(none)";
        }
        CellStyle style = cell.getCellStyle();
        XSSFCellStyle xs = (XSSFCellStyle) style;
        String value = switch (cell.getCellType()) {
            case STRING -> "S:" + cell.getStringCellValue();
            case NUMERIC -> "N:" + cell.getNumericCellValue();
            case BOOLEAN -> "B:" + cell.getBooleanCellValue();
            case FORMULA -> "F:" + cell.getCellFormula();
            case BLANK -> "blank";
            default -> cell.getCellType().name();
        };
        Hyperlink link = cell.getHyperlink();
        return value + " |format=" + style.getDataFormatString()
                + " |fill=" + (xs.getFillForegroundXSSFColor() == null ? "-" : xs.getFillForegroundXSSFColor().getARGBHex())
                + "/" + style.getFillPattern() + " |bold=" + xs.getFont().getBold() + " |wrap=" + style.getWrapText()
                + " |quote=" + style.getQuotePrefixed() + " |align=" + style.getAlignment()
                + " |link=" + (link == null ? "-" : link.getType() + ":" + link.getAddress());
    }
}
