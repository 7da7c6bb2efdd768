package org.zhibiao.workbook.item;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/** Reads a written workbook back with POI's XSSFWorkbook. */
final class Workbooks {

    private Workbooks() {
    }

    /** Sheet name → the first column of its data rows, sheets in tab order. */
    static Map<String, List<String>> firstColumns(Path file) throws IOException {
        Map<String, List<String>> sheets = new LinkedHashMap<>();
        try (XSSFWorkbook book = new XSSFWorkbook(file.toFile())) {
            for (Sheet sheet : book) {
                List<String> values = new ArrayList<>();
                for (Row row : sheet) {
                    if (row.getRowNum() > 0) {
                        values.add(row.getCell(0).getStringCellValue());
                    }
                }
                sheets.put(sheet.getSheetName(), values);
            }
        } catch (org.apache.poi.openxml4j.exceptions.InvalidFormatException e) {
            throw new IOException(e);
        }
        return sheets;
    }

    static List<String> filesIn(Path folder) throws IOException {
        try (Stream<Path> files = Files.list(folder)) {
            return files.map(p -> p.getFileName().toString()).sorted().toList();
        }
    }
}
