package org.zhibiao.workbook;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.xssf.usermodel.XSSFCellStyle;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.zhibiao.model.Finding;
import org.zhibiao.model.Indicator;
import org.zhibiao.model.Severity;

/** Sections out of order, unknown to the taxonomy, unclassified, or with unsafe names; reconciliation. */
class SectionOrderTest {

    @TempDir
    Path folder;

    @Test
    void sheetsFollowTheTaxonomyWhateverOrderRowsComeIn() throws Exception {
        List<Indicator> sample = SampleWorkbook.indicators();
        List<Indicator> rows = new ArrayList<>();
        rows.add(sample.get(13).withSection("未分类"));                 // 4.1万名, not classified
        rows.add(sample.get(2).withSection("营商/环境[试点]"));          // unknown section, unsafe name
        rows.add(sample.get(10));                                     // 城市品质
        rows.add(sample.get(0));                                      // 经济运行
        rows.add(sample.get(11));                                     // 城市品质 again, after others
        Path target = folder.resolve("order.xlsx");
        try (WorkbookWriter writer = new WorkbookWriter(SampleWorkbook.SECTIONS)) {
            writer.indicators(rows.iterator());
            writer.findings(List.of(new Finding(Severity.WARNING, "R", "m", List.of(rows.get(1).id()))).iterator());
            writer.writeAtomically(target);
        }
        try (XSSFWorkbook book = new XSSFWorkbook(target.toFile())) {
            assertThat(WorkbookLayoutTest.sheetNames(book)).containsExactly("概览", "经济运行", "城市品质", "营商_环境_试点_",
                    "未分类", "校验问题", "拒绝记录", "运行信息");
            assertThat(book.getSheet("城市品质").getLastRowNum()).isEqualTo(2);
            assertThat(book.getSheet("校验问题").getRow(1).getCell(3).getHyperlink().getAddress())
                    .isEqualTo("'营商_环境_试点_'!A2");
            // without section counts in a RunInfo, 概览 counts what was written, in sheet order
            List<String> overview = new ArrayList<>();
            book.getSheet("概览").forEach(r -> r.forEach(c -> {
                if (c.getCellType() == CellType.STRING) {
                    overview.add(c.getStringCellValue());
                }
            }));
            assertThat(overview).containsSubsequence("经济运行", "城市品质", "营商/环境[试点]", "未分类");
        }
    }

    @Test
    void anInputThatDoesNotReconcileIsFlagged() throws Exception {
        RunInfo sample = SampleWorkbook.runInfo();
        RunInfo.InputFile broken = SampleWorkbook.input(SampleWorkbook.CSV, "csv", 10, 8, 1, 0);
        RunInfo info = new RunInfo(sample.runDate(), 1, 2, sample.steps(), List.of(broken), sample.sectionCounts(),
                sample.severityCounts());
        Path target = folder.resolve("reconcile.xlsx");
        try (WorkbookWriter writer = new WorkbookWriter(SampleWorkbook.SECTIONS)) {
            writer.overview(info);
            writer.indicators(SampleWorkbook.indicators().iterator());
            writer.runInfo(info);
            writer.writeAtomically(target);
        }
        try (XSSFWorkbook book = new XSSFWorkbook(target.toFile())) {
            var cell = findText(book, "运行信息", "不平衡");
            assertThat(cell.getStringCellValue()).isEqualTo("不平衡：读取 − 写入 − 拒绝 − 跳过 = 1");
            assertThat(((XSSFCellStyle) cell.getCellStyle()).getFillForegroundXSSFColor().getARGBHex()).endsWith("FFC7CE");
        }
    }

    private static org.apache.poi.ss.usermodel.Cell findText(XSSFWorkbook book, String sheet, String prefix) {
        for (var row : book.getSheet(sheet)) {
            for (var cell : row) {
                if (cell.getCellType() == CellType.STRING && cell.getStringCellValue().startsWith(prefix)) {
                    return cell;
                }
            }
        }
        throw new AssertionError(prefix + " not on " + sheet);
    }
}
