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
