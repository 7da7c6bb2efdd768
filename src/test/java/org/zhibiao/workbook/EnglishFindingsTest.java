package org.zhibiao.workbook;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.zhibiao.classify.Taxonomy;

/** --locale=en, read back with POI: findings' messages and 概览's labels carry no Chinese. */
class EnglishFindingsTest {

    private static final Pattern CJK = Pattern.compile("[\\u3400-\\u9fff\\uff00-\\uffef\\u3000-\\u303f]");

    @TempDir
    Path folder;

    @Test
    void findingsAndOverviewLabelsAreEnglish() throws Exception {
        Path file = SampleWorkbook.write(folder, WorkbookSettings.forLocale("en"));
        try (XSSFWorkbook book = new XSSFWorkbook(file.toFile())) {
            Sheet findings = book.getSheet("Findings");
            assertThat(findings.getLastRowNum()).isPositive();
            int english = 0;
            for (int i = 1; i <= findings.getLastRowNum(); i++) {
                String rule = findings.getRow(i).getCell(1).getStringCellValue();
                String message = findings.getRow(i).getCell(2).getStringCellValue();
                if (rule.equals("SUMMARY_MISSING")) {
                    // the fixture's made-up rule: no English text, so its code leads its Chinese message
                    assertThat(message).startsWith("SUMMARY_MISSING: ");
                } else {
                    assertThat(message).doesNotContainPattern(CJK);
                    english++;
                }
            }
            assertThat(english).isGreaterThanOrEqualTo(2);
            Set<String> sections = Set.copyOf(Taxonomy.defaults().sections());
            List<String> labels = new ArrayList<>();
            for (Row row : book.getSheet("Overview")) {
                Cell first = row.getCell(0);
                if (first != null && first.getCellType() == CellType.STRING) {
                    labels.add(first.getStringCellValue());
                }
            }
            assertThat(labels).contains("Rows without region", "Rows without period");
            assertThat(labels).filteredOn(l -> !sections.contains(l) && !l.equals("未分类"))
                    .allSatisfy(l -> assertThat(l).doesNotContainPattern(CJK));
        }
    }
}
