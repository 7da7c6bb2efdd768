package org.zhibiao.workbook;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.usermodel.XSSFCellStyle;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.zhibiao.model.Fact;
import org.zhibiao.model.Indicator;
import org.zhibiao.model.Measure;
import org.zhibiao.model.Status;

/** 面板 written by the streaming writer from facts composed here, read back with POI. */
class PanelSheetTest {

    @TempDir
    Path folder;

    private static Fact fact(String id, String indicator, String code, Measure measure, Status status, String period,
            String value, String low, String high, String unit, long firstId, boolean disagrees) {
        return new Fact(id, "张店区", period, code, code == null ? null : indicator, indicator, measure,
                new BigDecimal(value), unit, status, 2, 2, firstId, "a.md", (int) firstId, new BigDecimal(low),
                new BigDecimal(high), disagrees);
    }

    private XSSFWorkbook write(int maxLinks, List<Fact> facts) throws Exception {
        Path target = folder.resolve("panel.xlsx");
        List<Indicator> rows = new ArrayList<>();
        List<Indicator> sample = SampleWorkbook.indicators();
        for (int i = 0; i < sample.size(); i++) {
            rows.add(sample.get(i).withId(i + 1));
        }
        try (WorkbookWriter writer = new WorkbookWriter(SampleWorkbook.SECTIONS,
                WorkbookSettings.defaults().withMaxLinks(maxLinks))) {
            writer.overview(SampleWorkbook.runInfo());
            writer.indicators(rows.iterator());
            writer.panel(List.of("2020", "2021", "2025"), facts.iterator());
            writer.writeAtomically(target);
        }
        return new XSSFWorkbook(target.toFile());
    }

    private static List<Fact> facts() {
        return List.of(
                fact("F1", "地区生产总值", "GDP", Measure.LEVEL, Status.ACTUAL, "2020", "290000000000", "290000000000",
                        "290000000000", "元", 1, false),
                fact("F2", "地区生产总值", "GDP", Measure.LEVEL, Status.ACTUAL, "2021", "310500000000", "310500000000",
                        "310500000000", "元", 2, false),
                fact("F3", "地区生产总值", "GDP", Measure.LEVEL, Status.TARGET, "2025", "400000000000", "400000000000",
                        "400000000000", "元", 3, false),
                fact("F4", "综合养老服务中心", null, Measure.LEVEL, Status.ACTUAL, "2021", "9", "8", "9", "处", 4, true));
    }

    @Test
    void oneRowPerIndicatorAndMeasureOneColumnPerPeriodInTheDisplayUnit() throws Exception {
        try (XSSFWorkbook book = write(100, facts())) {
            assertThat(WorkbookLayoutTest.sheetNames(book)).containsSubsequence("民生保障", "面板", "校验问题");
            XSSFSheet panel = book.getSheet("面板");
            assertThat(cells(panel.getRow(0))).containsExactly("地区", "指标", "指标代码", "度量", "单位", "2020", "2021",
                    "2025", "说明");
            Row gdp = panel.getRow(1);
            assertThat(cells(gdp).subList(0, 5)).containsExactly("张店区", "地区生产总值", "GDP", "总量", "亿元");
            assertThat(gdp.getCell(5).getNumericCellValue()).isEqualTo(2900d);
            assertThat(gdp.getCell(6).getNumericCellValue()).isEqualTo(3105d);
            assertThat(gdp.getCell(7)).as("the target has a row of its own").isNull();
            Row target = panel.getRow(2);
            assertThat(target.getCell(1).getStringCellValue()).isEqualTo("地区生产总值（目标）");
            assertThat(target.getCell(7).getNumericCellValue()).isEqualTo(4000d);
            Row care = panel.getRow(3);
            assertThat(care.getCell(4).getStringCellValue()).isEqualTo("处");
            assertThat(care.getCell(6).getNumericCellValue()).isEqualTo(9d);
        }
    }

    @Test
    void eachValueLinksToItsFirstMentionsRow() throws Exception {
        try (XSSFWorkbook book = write(100, facts())) {
            XSSFSheet panel = book.getSheet("面板");
            for (int[] rowAndColumn : new int[][] {{1, 5}, {1, 6}, {2, 7}, {3, 6}}) {
                Cell cell = panel.getRow(rowAndColumn[0]).getCell(rowAndColumn[1]);
                String address = cell.getHyperlink().getAddress();
                String sheet = address.substring(1, address.indexOf("'!"));
                int excelRow = Integer.parseInt(address.substring(address.indexOf("!A") + 2));
                Row source = book.getSheet(sheet).getRow(excelRow - 1);
                // the composed facts name staging ids 1..4: the sample's first four rows as written
                Indicator first = SampleWorkbook.indicators().get(factIndex(rowAndColumn));
                assertThat(source.getCell(2).getStringCellValue()).isEqualTo(first.subject());
                assertThat(source.getCell(13).getNumericCellValue()).isEqualTo(first.line());
            }
        }
    }

    @Test
    void aCellWhoseSourcesDisagreeIsFilledAndExplained() throws Exception {
        try (XSSFWorkbook book = write(100, facts())) {
            Row care = book.getSheet("面板").getRow(3);
            XSSFCellStyle style = (XSSFCellStyle) care.getCell(6).getCellStyle();
            assertThat(style.getFillForegroundXSSFColor().getARGBHex()).endsWith("FFC7CE");
            assertThat(care.getCell(8).getStringCellValue()).contains("2021", "8 / 9处");
            XSSFCellStyle agreeing = (XSSFCellStyle) book.getSheet("面板").getRow(1).getCell(6).getCellStyle();
            assertThat(agreeing.getFillForegroundXSSFColor()).isNull();
        }
    }

    @Test
    void linksStopAtTheLimitAndValuesStay() throws Exception {
        try (XSSFWorkbook book = write(2, facts())) {
            XSSFSheet panel = book.getSheet("面板");
            assertThat(panel.getHyperlinkList()).hasSize(2);
            assertThat(panel.getRow(3).getCell(6).getNumericCellValue()).isEqualTo(9d);
        }
    }

    @Test
    void noFactsSaysSo() throws Exception {
        try (XSSFWorkbook book = write(100, List.of())) {
            assertThat(book.getSheet("面板").getRow(1).getCell(0).getStringCellValue()).isEqualTo("（无事实）");
        }
    }

    /** The fact in a cell of {@link #facts()} (ids 1–4 in order) → index of its first mention in the sample. */
    private static int factIndex(int[] rowAndColumn) {
        return switch (rowAndColumn[0] * 10 + rowAndColumn[1]) {
            case 15 -> 0;
            case 16 -> 1;
            case 27 -> 2;
            default -> 3;
        };
    }

    private static List<String> cells(Row row) {
        List<String> text = new ArrayList<>();
        row.forEach(c -> text.add(c.toString()));
        return text;
    }
}
