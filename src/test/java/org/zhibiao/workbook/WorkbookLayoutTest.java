package org.zhibiao.workbook;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.util.PaneInformation;
import org.apache.poi.xssf.usermodel.XSSFCellStyle;
import org.apache.poi.xssf.usermodel.XSSFChart;
import org.apache.poi.xssf.usermodel.XSSFHyperlink;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The sample workbook read back with XSSF: sheets, headers, cells, formats, panes, filters, chart, links. */
class WorkbookLayoutTest {

    @TempDir
    static Path folder;
    static XSSFWorkbook book;

    @BeforeAll
    static void writeSample() throws Exception {
        Path file = SampleWorkbook.write(folder, WorkbookSettings.defaults());
        book = new XSSFWorkbook(file.toFile());
    }

    @AfterAll
    static void closeBook() throws Exception {
        book.close();
    }

    @Test
    void sheetsComeInContractOrderAndOnlySectionsWithRows() {
        assertThat(sheetNames(book)).containsExactly("概览", "经济运行", "产业基础", "改革开放", "城市品质", "民生保障",
                "校验问题", "拒绝记录", "运行信息");
        assertThat(book.getActiveSheetIndex()).isZero();
        // one selected tab only: several would open Excel in [Group] mode, where edits hit every sheet
        List<String> selected = new ArrayList<>();
        book.forEach(s -> {
            if (s.isSelected()) {
                selected.add(s.getSheetName());
            }
        });
        assertThat(selected).containsExactly("概览");
    }

    @Test
    void sectionSheetsHaveTheContractHeadersBoldOnAFill() {
        for (String name : List.of("经济运行", "产业基础", "改革开放", "城市品质", "民生保障")) {
            Row header = book.getSheet(name).getRow(0);
            List<String> titles = new ArrayList<>();
            header.forEach(c -> titles.add(c.getStringCellValue()));
            assertThat(titles).as(name).containsExactly("地区", "年份", "指标", "数值", "单位", "标准数值", "标准单位",
                    "类型", "限定", "状态", "来源", "原文", "文件", "行号", "校验", "说明", "标准指标", "指标代码", "期间", "事实");
            XSSFCellStyle style = (XSSFCellStyle) header.getCell(0).getCellStyle();
            assertThat(style.getFont().getBold()).isTrue();
            assertThat(style.getFillForegroundXSSFColor()).isNotNull();
        }
    }

    @Test
    void aRowCarriesNumbersAsNumericCellsAndEnumsAsChineseLabels() {
        Row row = rowWithSubject("产业基础", "产业发展母基金");
        assertThat(row.getCell(0).getStringCellValue()).isEqualTo("张店区");
        assertThat(row.getCell(1).getCellType()).isEqualTo(CellType.NUMERIC);
        assertThat(row.getCell(1).getNumericCellValue()).isEqualTo(2021);
        assertThat(row.getCell(3).getNumericCellValue()).isEqualTo(24);
        assertThat(row.getCell(4).getStringCellValue()).isEqualTo("亿元");
        assertThat(row.getCell(5).getNumericCellValue()).isEqualTo(2_400_000_000d);
        assertThat(row.getCell(6).getStringCellValue()).isEqualTo("元");
        assertThat(row.getCell(7).getStringCellValue()).isEqualTo("MONEY");
        assertThat(row.getCell(8).getStringCellValue()).isEqualTo("精确");
        assertThat(row.getCell(9).getStringCellValue()).isEqualTo("实际");
        assertThat(row.getCell(10).getStringCellValue()).isEqualTo("摘要");
        assertThat(row.getCell(11).getStringCellValue()).contains("主导设立24亿元产业发展母基金");
        assertThat(row.getCell(12).getStringCellValue()).isEqualTo("zhangdian-2021-achievements.md");
        assertThat(row.getCell(13).getCellType()).isEqualTo(CellType.NUMERIC);
        assertThat(row.getCell(14).getStringCellValue()).isEqualTo("通过");
    }

    @ParameterizedTest(name = "{0} {1}: 数值 {2}, 标准数值 {3}")
    @CsvSource(delimiter = '|', textBlock = """
            产业基础 | 产业发展母基金           | #,##0   | #,##0
            产业基础 | 区重点项目年度投资完成率 | #,##0   | #,##0
            城市品质 | 增植绿地                 | #,##0.0 | #,##0
            民生保障 | 城乡妇女免费“两癌”筛查   | #,##0.0 | #,##0
            经济运行 | 一般公共预算收入增长     | #,##0.0 | #,##0.0
            """)
    void numbersKeepTheirWrittenDecimalsWithThousandsSeparators(String sheet, String subject, String valueFormat,
            String normalizedFormat) {
        Row row = rowWithSubject(sheet, subject);
        assertThat(row.getCell(3).getCellStyle().getDataFormatString()).isEqualTo(valueFormat);
        assertThat(row.getCell(5).getCellStyle().getDataFormatString()).isEqualTo(normalizedFormat);
        assertThat(row.getCell(1).getCellStyle().getDataFormatString()).isEqualTo("0");
    }

    @Test
    void aPercentStaysAPlainNumberWithItsUnitBeside() {
        Row row = rowWithSubject("产业基础", "区重点项目年度投资完成率");
        assertThat(row.getCell(3).getNumericCellValue()).isEqualTo(102);
        assertThat(row.getCell(3).getCellStyle().getDataFormatString()).doesNotContain("%");
        assertThat(row.getCell(4).getStringCellValue()).isEqualTo("%");
    }

    @Test
    void aRangeKeepsItsLowEndInValueAndShowsTheRangeInTheNote() {
        Row row = rowWithSubject("城市品质", "县市区空气质量优良天数比例");
        assertThat(row.getCell(3).getNumericCellValue()).isEqualTo(91.8);
        assertThat(row.getCell(8).getStringCellValue()).isEqualTo("区间");
        assertThat(row.getCell(15).getStringCellValue()).isEqualTo("区间：91.8～94.8%");
    }

    @Test
    void headerRowIsFrozenFilteredAndRepeatedOnPrintedPages() {
        for (String name : List.of("经济运行", "产业基础", "民生保障", "校验问题", "拒绝记录")) {
            XSSFSheet sheet = book.getSheet(name);
            PaneInformation pane = sheet.getPaneInformation();
            assertThat(pane).as(name).isNotNull();
            assertThat(pane.isFreezePane()).isTrue();
            assertThat(pane.getHorizontalSplitPosition()).isEqualTo((short) 1);
            assertThat(sheet.getRepeatingRows().formatAsString()).isEqualTo("1:1");
            assertThat(sheet.getPrintSetup().getLandscape()).isTrue();
            assertThat(sheet.getPrintSetup().getFitWidth()).isEqualTo((short) 1);
        }
        assertThat(book.getSheet("产业基础").getCTWorksheet().getAutoFilter().getRef()).isEqualTo("A1:T6");
        assertThat(book.getSheet("民生保障").getCTWorksheet().getAutoFilter().getRef()).isEqualTo("A1:T5");
    }

    @Test
    void columnWidthsFollowTheTextWithCjkCountingDouble() {
        Sheet sheet = book.getSheet("产业基础");
        int region = sheet.getColumnWidth(0) / 256;
        int subject = sheet.getColumnWidth(2) / 256;
        // 区重点项目年度投资完成率: 12 CJK characters = 24 digit widths, plus padding.
        assertThat(subject).isBetween(24, 30);
        assertThat(region).isLessThan(subject);
        assertThat(sheet.getColumnWidth(11) / 256).isEqualTo(50); // 原文 fixed at its cap, wrapped
        assertThat(sheet.getRow(1).getCell(11).getCellStyle().getWrapText()).isTrue();
    }

    @Test
    void errorAndWarningRowsAreHighlighted() {
        Row warning = rowWithSubject("产业基础", "累计建成产业空间");
        Row error = rowWithSubject("民生保障", "新增综合养老服务中心");
        Row pass = rowWithSubject("产业基础", "解决贷款");
        assertThat(fill(warning.getCell(0))).isEqualTo("FFEB9C");
        assertThat(fill(warning.getCell(5))).isEqualTo("FFEB9C");
        assertThat(fill(error.getCell(11))).isEqualTo("FFC7CE");
        assertThat(error.getCell(14).getStringCellValue()).isEqualTo("错误");
        assertThat(((XSSFCellStyle) pass.getCell(0).getCellStyle()).getFillForegroundXSSFColor()).isNull();
    }

    @Test
    void overviewHasANativeBarChartWithOnePointPerSection() {
        XSSFSheet overview = book.getSheet("概览");
        List<XSSFChart> charts = overview.getDrawingPatriarch().getCharts();
        assertThat(charts).hasSize(1);
        var series = charts.get(0).getChartSeries().get(0).getSeries(0);
        assertThat(series.getCategoryData().getPointCount()).isEqualTo(6);
        assertThat(series.getCategoryData().getPointAt(1)).isEqualTo("产业基础");
        assertThat(series.getValuesData().getPointAt(1)).isEqualTo(5.0);
        assertThat(series.getValuesData().getDataRangeReference()).isEqualTo("概览!$B$9:$B$14");
        assertThat(overview.getRow(8).getCell(0).getStringCellValue()).isEqualTo("经济运行");
        assertThat(overview.getRow(8).getCell(1).getNumericCellValue()).isEqualTo(2);
    }

    @Test
    void overviewNamesTheRunDateAndInputFilesAndCountsFindings() {
        XSSFSheet overview = book.getSheet("概览");
        List<String> text = new ArrayList<>();
        overview.forEach(r -> r.forEach(c -> text.add(c.getCellType() == CellType.STRING ? c.getStringCellValue()
                : String.valueOf(c.getNumericCellValue()))));
        assertThat(text).contains("运行日期", "zhangdian-2021-achievements.md", "zhangdian-2021-indicators.csv",
                "错误", "警告", "提示", "合计", "17.0");
        assertThat(overview.getRow(2).getCell(1).getLocalDateTimeCellValue().toLocalDate())
                .isEqualTo(SampleWorkbook.RUN_DATE);
        XSSFHyperlink link = overview.getRow(9).getCell(0).getHyperlink();
        assertThat(link.getAddress()).isEqualTo("'产业基础'!A1");
    }

    @Test
    void findingsLinkToTheRowsTheyConcern() {
        XSSFSheet findings = book.getSheet("校验问题");
        assertThat(findings.getRow(0).getCell(3).getStringCellValue()).isEqualTo("相关行");
        Row error = findings.getRow(1);
        assertThat(error.getCell(0).getStringCellValue()).isEqualTo("错误");
        assertThat(error.getCell(1).getStringCellValue()).isEqualTo("CSV_TEXT_MISMATCH");
        for (int c = 3; c <= 4; c++) {
            String address = error.getCell(c).getHyperlink().getAddress();
            assertThat(address).startsWith("'民生保障'!A");
            int row = Integer.parseInt(address.substring(address.indexOf("!A") + 2)) - 1;
            String subject = book.getSheet("民生保障").getRow(row).getCell(2).getStringCellValue();
            assertThat(subject).isEqualTo(c == 3 ? "新增综合养老服务中心" : "综合养老服务中心");
        }
        assertThat(findings.getRow(2).getCell(3).getHyperlink().getAddress()).isEqualTo("'产业基础'!A6");
        assertThat(book.getSheet("产业基础").getRow(5).getCell(2).getStringCellValue()).isEqualTo("累计建成产业空间");
        assertThat(findings.getRow(3).getCell(3).getStringCellValue()).isEqualTo("编号 999（未写出）");
        assertThat(findings.getRow(3).getCell(3).getHyperlink()).isNull();
    }

    @Test
    void rejectionsKeepTheRawRecordAndBothReasons() {
        XSSFSheet sheet = book.getSheet("拒绝记录");
        List<String> headers = new ArrayList<>();
        sheet.getRow(0).forEach(c -> headers.add(c.getStringCellValue()));
        assertThat(headers).containsExactly("文件", "行号", "原始内容", "原因", "Reason");
        Row r = sheet.getRow(1);
        assertThat(r.getCell(1).getNumericCellValue()).isEqualTo(12);
        assertThat(r.getCell(2).getStringCellValue()).isEqualTo("张店区,2021,民生保障,长者食堂,二十,家");
        assertThat(r.getCell(4).getStringCellValue()).isEqualTo("value is not a number");
    }

    @Test
    void runInfoListsStepsAndReconcilesEachInputFile() throws Exception {
        XSSFSheet sheet = book.getSheet("运行信息");
        List<String> text = new ArrayList<>();
        sheet.forEach(r -> r.forEach(c -> {
            if (c.getCellType() == CellType.STRING) {
                text.add(c.getStringCellValue());
            }
        }));
        assertThat(text).contains("作业实例 ID", "作业执行 ID", "extract:partition0", "export", "STARTED",
                SampleWorkbook.sha256(SampleWorkbook.REPORT), "平衡", "SHA-256");
        assertThat(text).doesNotContain("不平衡");
    }

    @Test
    void findingsAndRejectionsMayArriveInChunksAndEmptySheetsSaySo(@TempDir Path other) throws Exception {
        Path target = other.resolve("chunks.xlsx");
        List<org.zhibiao.model.Finding> all = SampleWorkbook.findings();
        try (WorkbookWriter writer = new WorkbookWriter(SampleWorkbook.SECTIONS)) {
            writer.indicators(SampleWorkbook.indicators().subList(0, 9).iterator());
            writer.indicators(SampleWorkbook.indicators().subList(9, 17).iterator());
            writer.findings(all.subList(0, 1).iterator());
            writer.findings(all.subList(1, 3).iterator());
            writer.writeAtomically(target);
        }
        try (XSSFWorkbook chunked = new XSSFWorkbook(target.toFile())) {
            XSSFSheet findings = chunked.getSheet("校验问题");
            assertThat(findings.getLastRowNum()).isEqualTo(3);
            assertThat(findings.getRow(2).getCell(3).getHyperlink().getAddress()).isEqualTo("'产业基础'!A6");
            assertThat(chunked.getSheet("拒绝记录").getRow(1).getCell(0).getStringCellValue()).isEqualTo("没有被拒绝的记录。");
            assertThat(chunked.getSheet("民生保障").getLastRowNum()).isEqualTo(4);
        }
    }

    @Test
    void documentPropertiesNameTheRun() {
        var core = book.getProperties().getCoreProperties();
        assertThat(core.getCreator()).isEqualTo("zhibiao");
        assertThat(core.getTitle()).isEqualTo("指标汇总 2026-11-29");
        assertThat(core.getCreated()).isNotNull();
    }

    static List<String> sheetNames(XSSFWorkbook wb) {
        List<String> names = new ArrayList<>();
        wb.forEach(s -> names.add(s.getSheetName()));
        return names;
    }

    private static Row rowWithSubject(String sheet, String subject) {
        for (Row r : book.getSheet(sheet)) {
            if (r.getRowNum() > 0 && subject.equals(r.getCell(2).getStringCellValue())) {
                return r;
            }
        }
        throw new AssertionError(subject + " not on " + sheet);
    }

    private static String fill(Cell cell) {
        var color = ((XSSFCellStyle) cell.getCellStyle()).getFillForegroundXSSFColor();
        return color == null ? null : color.getARGBHex().substring(2);
    }
}
