package org.zhibiao.job;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.batch.core.BatchStatus;
import org.springframework.batch.core.job.JobExecution;
import org.springframework.batch.core.job.parameters.JobParametersBuilder;
import org.springframework.batch.test.JobOperatorTestUtils;
import org.springframework.batch.test.context.SpringBatchTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.zhibiao.launch.ZhibiaoApplication;

/**
 * The whole job on the project's sample input (input/: the Zhangdian report and its CSV), launched with
 * spring-batch-test, and the workbook read back with POI.
 */
@SpringBatchTest
@SpringBootTest(classes = ZhibiaoApplication.class, properties = {
    "spring.datasource.url=jdbc:h2:mem:e2e;DB_CLOSE_DELAY=-1", "zhibiao.threads=2"})
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class SampleWorkbookEndToEndTest {

    static final List<String> HEADERS = List.of("地区", "年份", "指标", "数值", "单位", "标准数值", "标准单位", "类型",
            "限定", "状态", "来源", "原文", "文件", "行号", "校验", "说明", "标准指标", "指标代码", "期间", "事实");

    @Autowired
    JobOperatorTestUtils jobs;

    Path output;

    JobExecution execution;
    XSSFWorkbook workbook;

    @BeforeAll
    void runTheJobOnTheSample() throws Exception {
        output = Files.createTempDirectory("zhibiao-e2e");
        execution = jobs.startJob(new JobParametersBuilder()
                .addString(ZhibiaoJobConfiguration.RUN_DATE, "2021-12-31")
                .addString(ZhibiaoJobConfiguration.INPUT_DIR, Path.of("input").toAbsolutePath().toString(), false)
                .addString(ZhibiaoJobConfiguration.OUTPUT_DIR, output.toString(), false)
                .toJobParameters());
        workbook = new XSSFWorkbook(output.resolve("indicators-2021-12-31.xlsx").toFile());
    }

    @AfterAll
    void closeAndCleanUp() throws Exception {
        workbook.close();
        try (var files = Files.walk(output)) {
            for (Path p : files.sorted(java.util.Comparator.reverseOrder()).toList()) {
                Files.delete(p);
            }
        }
    }

    @Test
    void jobCompletesThroughAllSteps() {
        assertThat(execution.getStatus()).isEqualTo(BatchStatus.COMPLETED);
        assertThat(execution.getStepExecutions()).extracting(s -> s.getStepName())
                .contains("survey", "extract", "load", "crossCheck", "export");
    }

    @Test
    void sheetsFollowTheContractOrder() {
        List<String> names = new ArrayList<>();
        workbook.forEach(sheet -> names.add(sheet.getSheetName()));
        assertThat(names.get(0)).isEqualTo("概览");
        assertThat(names.subList(names.size() - 3, names.size())).containsExactly("校验问题", "拒绝记录", "运行信息");
        assertThat(names).containsSubsequence("经济运行", "产业基础", "改革开放", "城市品质", "民生保障");
    }

    @Test
    void sectionSheetsHaveTheSixteenHeaders() {
        for (String section : List.of("经济运行", "产业基础", "改革开放", "城市品质", "民生保障")) {
            Row header = workbook.getSheet(section).getRow(0);
            List<String> cells = new ArrayList<>();
            header.forEach(c -> cells.add(c.getStringCellValue()));
            assertThat(cells).as(section).isEqualTo(HEADERS);
        }
    }

    @Test
    void industrialFundIsTwoPointFourBillionYuanInIndustry() {
        Row row = findRow(workbook.getSheet("产业基础"), "24", "亿元");
        assertThat(row).as("24 亿元 row").isNotNull();
        assertThat(row.getCell(5).getCellType()).isEqualTo(CellType.NUMERIC);
        assertThat(row.getCell(5).getNumericCellValue()).isEqualTo(2_400_000_000d);
        assertThat(text(row.getCell(6))).isEqualTo("元");
        assertThat(text(row.getCell(0))).isEqualTo("张店区");
        assertThat(row.getCell(1).getNumericCellValue()).isEqualTo(2021d);
    }

    @Test
    void screenedWomenAreFortyOneThousandPeopleInLivelihood() {
        Row row = findRow(workbook.getSheet("民生保障"), "4.1", "万名");
        assertThat(row).as("4.1 万名 row").isNotNull();
        assertThat(row.getCell(5).getNumericCellValue()).isEqualTo(41_000d);
        assertThat(text(row.getCell(6))).isEqualTo("人");
        assertThat(text(row.getCell(7))).isEqualTo("PEOPLE");
    }

    @Test
    void csvFiguresLandBesideTheTextAndTheMismatchIsFlagged() {
        Row csvRow = null;
        for (Row row : workbook.getSheet("民生保障")) {
            if ("CSV".equals(text(row.getCell(10))) && text(row.getCell(2)).contains("综合养老服务中心")) {
                csvRow = row;
            }
        }
        assertThat(csvRow).as("CSV row of 综合养老服务中心").isNotNull();
        assertThat(text(csvRow.getCell(14))).isEqualTo("错误");
        assertThat(text(csvRow.getCell(15))).contains("9", "8");
    }

    @Test
    void runInfoListsBothInputFilesWithTheirDigest() {
        Sheet info = workbook.getSheet("运行信息");
        StringBuilder all = new StringBuilder();
        info.forEach(row -> row.forEach(cell -> all.append(text(cell)).append('\t')));
        assertThat(all).contains("zhangdian-2021-achievements.md", "zhangdian-2021-indicators.csv");
        assertThat(all.toString()).containsPattern("[0-9a-f]{64}");
    }

    @Test
    void overviewCountsFactsAndMentionsApart() {
        Sheet overview = workbook.getSheet("概览");
        long mentions = 0;
        for (String section : List.of("经济运行", "产业基础", "改革开放", "城市品质", "民生保障", "未分类")) {
            Sheet sheet = workbook.getSheet(section);
            mentions += sheet == null ? 0 : sheet.getLastRowNum();
        }
        assertThat(count(overview, "提及（行）")).isEqualTo(mentions).isEqualTo(88);
        // 摘要, 正文 and CSV repeat most figures: about 52 facts among the 88 mentions.
        assertThat(count(overview, "事实")).isBetween(45L, 60L);
        assertThat(count(overview, "地区 × 期间")).isEqualTo(1);
    }

    @Test
    void theCsvDisagreementIsOneFindingNamingEverySource() {
        List<String> about = new ArrayList<>();
        for (Row row : workbook.getSheet("校验问题")) {
            String message = text(row.getCell(2));
            if (message.contains("综合养老服务中心")) {
                about.add(message);
            }
        }
        assertThat(about).hasSize(1);
        assertThat(about.get(0)).contains("zhangdian-2021-indicators.csv", "9", "8", "摘要", "正文");
    }

    @Test
    void thePanelFollowsTheSectionsAndLinksEachValueToItsRow() {
        List<String> names = new ArrayList<>();
        workbook.forEach(sheet -> names.add(sheet.getSheetName()));
        assertThat(names.indexOf("面板")).isEqualTo(names.indexOf("校验问题") - 1);
        Sheet panel = workbook.getSheet("面板");
        assertThat(text(panel.getRow(0).getCell(5))).isEqualTo("2021");
        int linked = 0;
        for (Row row : panel) {
            Cell value = row.getRowNum() == 0 ? null : row.getCell(5);
            if (value != null && value.getHyperlink() != null) {
                linked++;
                String address = value.getHyperlink().getAddress();
                Sheet target = workbook.getSheet(address.substring(1, address.indexOf("'!")));
                Row source = target.getRow(Integer.parseInt(address.substring(address.indexOf("!A") + 2)) - 1);
                assertThat(text(source.getCell(0))).isEqualTo(text(row.getCell(0)));
            }
        }
        assertThat(linked).isEqualTo(count(workbook.getSheet("概览"), "事实"));
    }

    @Test
    void theFactsCsvHasOneLinePerFactReadableAsCsv() throws Exception {
        Path csv = output.resolve("facts-2021-12-31.csv");
        byte[] bytes = Files.readAllBytes(csv);
        assertThat(bytes[0] & 0xFF).isEqualTo(0xEF);
        List<String[]> lines;
        try (var reader = new com.opencsv.CSVReader(new java.io.StringReader(
                new String(bytes, java.nio.charset.StandardCharsets.UTF_8).substring(1)))) {
            lines = reader.readAll();
        }
        assertThat(lines.get(0)).containsExactly("fact_id", "region", "period", "code", "standard_name", "name",
                "measure", "value", "base_unit", "status", "sources", "mentions", "first_file", "first_line");
        assertThat((long) lines.size() - 1).isEqualTo(count(workbook.getSheet("概览"), "事实"));
        long mentions = lines.stream().skip(1).mapToLong(l -> Long.parseLong(l[11])).sum();
        assertThat(mentions).isEqualTo(88);
        assertThat(lines.stream().skip(1).map(l -> l[0])).allMatch(id -> id.matches("F[0-9A-F]{10}"))
                .doesNotHaveDuplicates();
        assertThat(Files.list(output).map(p -> p.getFileName().toString())).noneMatch(n -> n.endsWith(".tmp"));
    }

    private static long count(Sheet sheet, String label) {
        for (Row row : sheet) {
            if (label.equals(text(row.getCell(0))) && row.getCell(1) != null
                    && row.getCell(1).getCellType() == CellType.NUMERIC) {
                return (long) row.getCell(1).getNumericCellValue();
            }
        }
        throw new AssertionError("no line " + label + " on " + sheet.getSheetName());
    }

    private static Row findRow(Sheet sheet, String value, String unit) {
        for (Row row : sheet) {
            if (row.getRowNum() > 0 && row.getCell(3) != null && row.getCell(3).getCellType() == CellType.NUMERIC
                    && new java.math.BigDecimal(String.valueOf(row.getCell(3).getNumericCellValue()))
                            .compareTo(new java.math.BigDecimal(value)) == 0
                    && unit.equals(text(row.getCell(4)))) {
                return row;
            }
        }
        return null;
    }

    private static String text(Cell cell) {
        if (cell == null) {
            return "";
        }
        return cell.getCellType() == CellType.STRING ? cell.getStringCellValue() : cell.toString();
    }
}
