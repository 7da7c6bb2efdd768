package org.zhibiao.job.ops;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/**
 * What a workbook says, sheet by sheet, as text: every sheet but those that describe the run itself (概览 has the
 * time it was made, 运行信息 execution ids and durations). Two runs over the same folder must give equal maps.
 */
public final class WorkbookRows {

    private static final Set<String> ABOUT_THE_RUN = Set.of("概览", "运行信息");

    private WorkbookRows() {
    }

    public static Map<String, List<String>> of(Path workbook) throws Exception {
        Map<String, List<String>> sheets = new LinkedHashMap<>();
        DataFormatter format = new DataFormatter();
        try (XSSFWorkbook book = new XSSFWorkbook(workbook.toFile())) {
            for (Sheet sheet : book) {
                if (ABOUT_THE_RUN.contains(sheet.getSheetName())) {
                    continue;
                }
                List<String> rows = new ArrayList<>();
                for (Row row : sheet) {
                    StringBuilder text = new StringBuilder();
                    for (Cell cell : row) {
                        text.append(format.formatCellValue(cell)).append('|');
                    }
                    rows.add(text.toString());
                }
                sheets.put(sheet.getSheetName(), rows);
            }
        }
        return sheets;
    }

    /** The rows of 运行信息, as text. */
    static List<String> runInfo(Path workbook) throws Exception {
        List<String> rows = new ArrayList<>();
        DataFormatter format = new DataFormatter();
        try (XSSFWorkbook book = new XSSFWorkbook(workbook.toFile())) {
            for (Row row : book.getSheet("运行信息")) {
                StringBuilder text = new StringBuilder();
                for (Cell cell : row) {
                    text.append(format.formatCellValue(cell)).append('|');
                }
                rows.add(text.toString());
            }
        }
        return rows;
    }
}
