package org.zhibiao.workbook;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.zhibiao.model.Finding;
import org.zhibiao.model.Indicator;
import org.zhibiao.model.Rejection;
import org.zhibiao.model.Severity;

/**
 * Text that a spreadsheet could take for a formula (CSV/formula injection) stays a string cell holding exactly
 * that text, marked quote-prefixed so that editing the cell keeps it text; no cell anywhere is a formula.
 */
class FormulaSafetyTest {

    @TempDir
    Path folder;

    @ParameterizedTest
    @ValueSource(strings = {"=HYPERLINK(\"http://x\",\"y\")", "@SUM(A1)", "+1", "-1", "=1+1", "\t=cmd|' /C calc'!A0",
            "\r=2", "＝SUM(A1)"})
    void formulaLikeTextStaysExactlyThatString(String evil) throws Exception {
        List<Indicator> rows = new ArrayList<>(SampleWorkbook.indicators());
        Indicator sample = rows.get(2);
        rows.set(2, new Indicator(sample.id(), evil, sample.year(), sample.section(), evil, sample.value(), null,
                sample.unit(), sample.normalized(), sample.baseUnit(), sample.kind(), sample.qualifier(),
                sample.status(), sample.source(), evil, evil, sample.line(), Severity.WARNING, evil));
        Path target = folder.resolve("evil.xlsx");
        try (WorkbookWriter writer = new WorkbookWriter(SampleWorkbook.SECTIONS)) {
            writer.overview(SampleWorkbook.runInfo());
            writer.indicators(rows.iterator());
            writer.findings(List.of(new Finding(Severity.ERROR, evil, evil, List.of(sample.id()))).iterator());
            writer.rejections(List.of(new Rejection(evil, 3, evil, evil, evil)).iterator());
            writer.runInfo(SampleWorkbook.runInfo());
            writer.writeAtomically(target);
        }

        try (XSSFWorkbook book = new XSSFWorkbook(target.toFile())) {
            Row row = book.getSheet("产业基础").getRow(1);
            for (int column : new int[] {0, 2, 11, 12, 15}) {
                assertSafe(row.getCell(column), evil);
            }
            Row rejection = book.getSheet("拒绝记录").getRow(1);
            for (int column : new int[] {0, 2, 3, 4}) {
                assertSafe(rejection.getCell(column), evil);
            }
            Row finding = book.getSheet("校验问题").getRow(1);
            assertSafe(finding.getCell(1), evil);
            assertSafe(finding.getCell(2), evil);
            book.forEach(sheet -> sheet.forEach(r -> r.forEach(c ->
                    assertThat(c.getCellType()).as(sheet.getSheetName() + "!" + c.getAddress()).isNotEqualTo(CellType.FORMULA))));
        }
    }

    private static void assertSafe(Cell cell, String text) {
        assertThat(cell.getCellType()).as(cell.getAddress().toString()).isEqualTo(CellType.STRING);
        assertThat(cell.getStringCellValue()).isEqualTo(text);
        assertThat(cell.getCellStyle().getQuotePrefixed()).as("quote prefix " + cell.getAddress()).isTrue();
    }
}
