package org.zhibiao.workbook;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.zhibiao.model.Finding;
import org.zhibiao.model.Indicator;
import org.zhibiao.model.Severity;

/** Sheet row limit (continuation sheets), cell text limit, and a large streamed workbook. */
class LimitsTest {

    @TempDir
    Path folder;

    /** {@code count} copies of the sample rows of {@code section}, with fresh ids from 1, as a stream. */
    static Iterator<Indicator> repeat(String section, int count) {
        List<Indicator> templates = SampleWorkbook.indicators().stream().filter(i -> i.section().equals(section)).toList();
        return new Iterator<>() {
            int next;

            @Override
            public boolean hasNext() {
                return next < count;
            }

            @Override
            public Indicator next() {
                Indicator t = templates.get(next % templates.size());
                next++;
                return t.withId(next);
            }
        };
    }

    @Test
    void aSectionOverTheRowLimitContinuesOnNumberedSheetsAndLinksFindTheRightPart() throws Exception {
        Path target = folder.resolve("parts.xlsx");
        try (WorkbookWriter writer = new WorkbookWriter(SampleWorkbook.SECTIONS,
                WorkbookSettings.defaults().withMaxRowsPerSheet(10))) {
            writer.overview(SampleWorkbook.runInfo());
            List<Indicator> rows = new ArrayList<>();
            repeat("产业基础", 25).forEachRemaining(rows::add);
            rows.add(SampleWorkbook.indicators().get(15).withId(100)); // 民生保障
            writer.indicators(rows.iterator());
            writer.findings(List.of(new Finding(Severity.WARNING, "R", "第 23 行", List.of(23L, 100L))).iterator());
            writer.writeAtomically(target);
        }
        try (XSSFWorkbook book = new XSSFWorkbook(target.toFile())) {
            assertThat(WorkbookLayoutTest.sheetNames(book)).containsExactly("概览", "产业基础", "产业基础 (2)",
                    "产业基础 (3)", "民生保障", "校验问题", "拒绝记录", "运行信息");
            assertThat(book.getSheet("产业基础").getLastRowNum()).isEqualTo(10);
            assertThat(book.getSheet("产业基础 (2)").getLastRowNum()).isEqualTo(10);
            XSSFSheet third = book.getSheet("产业基础 (3)");
            assertThat(third.getLastRowNum()).isEqualTo(5);
            assertThat(third.getRow(0).getCell(0).getStringCellValue()).isEqualTo("地区");
            assertThat(third.getCTWorksheet().getAutoFilter().getRef()).isEqualTo("A1:T6");
            assertThat(third.getPaneInformation().isFreezePane()).isTrue();

            Row finding = book.getSheet("校验问题").getRow(1);
            // id 23 is the 3rd row of part 3 -> Excel row 4
            assertThat(finding.getCell(3).getHyperlink().getAddress()).isEqualTo("'产业基础 (3)'!A4");
            assertThat(finding.getCell(3).getStringCellValue()).isEqualTo("产业基础 (3) 第4行");
            assertThat(finding.getCell(4).getHyperlink().getAddress()).isEqualTo("'民生保障'!A2");
        }
    }

    @Test
    void pastTheLinkLimitReferencesAreTextAndOnlyTheNamedRowsAreRemembered() throws Exception {
        Path target = folder.resolve("links.xlsx");
        try (WorkbookWriter writer = new WorkbookWriter(SampleWorkbook.SECTIONS,
                WorkbookSettings.defaults().withMaxLinks(2))) {
            writer.linkTargets(new long[] {7, 3, 5});
            writer.indicators(repeat("产业基础", 8));
            writer.findings(List.of(
                    new Finding(Severity.ERROR, "R", "a", List.of(3L, 5L)),
                    new Finding(Severity.WARNING, "R", "b", List.of(7L)),
                    new Finding(Severity.WARNING, "R", "c", List.of(8L))).iterator());
            writer.writeAtomically(target);
        }
        try (XSSFWorkbook book = new XSSFWorkbook(target.toFile())) {
            XSSFSheet findings = book.getSheet("校验问题");
            assertThat(findings.getRow(1).getCell(3).getHyperlink().getAddress()).isEqualTo("'产业基础'!A4");
            assertThat(findings.getRow(1).getCell(4).getHyperlink().getAddress()).isEqualTo("'产业基础'!A6");
            // The third reference is past the limit of two: the same text, no link.
            assertThat(findings.getRow(2).getCell(3).getHyperlink()).isNull();
            assertThat(findings.getRow(2).getCell(3).getStringCellValue()).isEqualTo("产业基础 第8行");
            // Id 8 was not among the link targets, so its row was not remembered.
            assertThat(findings.getRow(3).getCell(3).getStringCellValue()).contains("8", "未写出");
            assertThat(findings.getHyperlinkList()).hasSize(2);
        }
    }

    @Test
    void textOverTheCellLimitIsCutWithAVisibleMarker() throws Exception {
        String sentence = "全年地区生产总值同比增长7%。".repeat(3000); // 45,000 chars
        Indicator row = SampleWorkbook.indicators().get(0);
        row = new Indicator(row.id(), row.region(), row.year(), row.section(), row.subject(), row.value(), null,
                row.unit(), row.normalized(), row.baseUnit(), row.kind(), row.qualifier(), row.status(), row.source(),
                sentence, row.file(), row.line(), row.check(), row.note());
        Path target = folder.resolve("long.xlsx");
        try (WorkbookWriter writer = new WorkbookWriter(SampleWorkbook.SECTIONS)) {
            writer.indicators(List.of(row).iterator());
            writer.writeAtomically(target);
        }
        try (XSSFWorkbook book = new XSSFWorkbook(target.toFile())) {
            String stored = book.getSheet("经济运行").getRow(1).getCell(11).getStringCellValue();
            assertThat(stored).hasSize(WorkbookSettings.EXCEL_MAX_CELL_CHARS);
            assertThat(stored).endsWith("…[已截断]");
            assertThat(sentence).startsWith(stored.substring(0, stored.length() - "…[已截断]".length()));
            // the row grows to a few lines, not to thousands
            assertThat(book.getSheet("经济运行").getRow(1).getHeightInPoints()).isLessThanOrEqualTo(6 * 15f + 2);
        }
    }

    @Test
    void charactersXmlCannotHoldDoNotBreakTheWorkbook() throws Exception {
        Indicator row = SampleWorkbook.indicators().get(0);
        String sentence = "地区生产总值\u0001同比增长\uFFFF7%\uD800。";
        row = new Indicator(row.id(), row.region(), row.year(), row.section(), row.subject(), row.value(), null,
                row.unit(), row.normalized(), row.baseUnit(), row.kind(), row.qualifier(), row.status(), row.source(),
                sentence, row.file(), row.line(), row.check(), row.note());
        Path target = folder.resolve("control.xlsx");
        try (WorkbookWriter writer = new WorkbookWriter(SampleWorkbook.SECTIONS)) {
            writer.indicators(List.of(row).iterator());
            writer.writeAtomically(target);
        }
        try (XSSFWorkbook book = new XSSFWorkbook(target.toFile())) {
            String stored = book.getSheet("经济运行").getRow(1).getCell(11).getStringCellValue();
            assertThat(stored).startsWith("地区生产总值").contains("同比增长").endsWith("。");
        }
    }

    @Test
    void twoHundredThousandRowsStreamThroughAFixedRowWindow() throws Exception {
        int rows = 200_000;
        Path target = folder.resolve("large.xlsx");
        long started = System.nanoTime();
        long cpuStarted = java.lang.management.ManagementFactory.getThreadMXBean().getCurrentThreadCpuTime();
        int styles;
        try (WorkbookWriter writer = new WorkbookWriter(SampleWorkbook.SECTIONS,
                WorkbookSettings.defaults().withRowWindow(200))) {
            writer.overview(SampleWorkbook.runInfo());
            writer.indicators(repeat("产业基础", rows));
            writer.findings(List.of(new Finding(Severity.INFO, "R", "最后一行", List.of((long) rows))).iterator());
            writer.writeAtomically(target);
            styles = writer.stylesCreated();
        }
        long millis = (System.nanoTime() - started) / 1_000_000;
        long cpuMillis = (java.lang.management.ManagementFactory.getThreadMXBean().getCurrentThreadCpuTime()
                - cpuStarted) / 1_000_000;
        Runtime rt = Runtime.getRuntime();
        System.out.printf("200k rows: %d ms wall, %d ms cpu, heap used after write %d MB, file %d KB%n", millis,
                cpuMillis, (rt.totalMemory() - rt.freeMemory()) >> 20, java.nio.file.Files.size(target) >> 10);

        assertThat(styles).as("styles are shared, not per cell").isLessThan(40);
        try (ZipFile zip = new ZipFile(target.toFile())) {
            // sheet files are numbered in creation order: the section sheet was created first
            assertThat(rowsIn(zip, "xl/worksheets/sheet1.xml")).isEqualTo(rows + 1);
            assertThat(head(zip, "xl/worksheets/sheet2.xml", 1 << 20)).contains("最后一行", "产业基础 第200001行");
        }
    }

    /** Counts {@code <row} elements by streaming the sheet XML (reading 200k rows back with XSSF costs GBs). */
    private static long rowsIn(ZipFile zip, String entry) throws Exception {
        ZipEntry e = zip.getEntry(entry);
        long count = 0;
        byte[] needle = "<row ".getBytes(StandardCharsets.US_ASCII);
        try (InputStream in = new java.io.BufferedInputStream(zip.getInputStream(e))) {
            int matched = 0;
            for (int b = in.read(); b >= 0; b = in.read()) {
                matched = b == needle[matched] ? matched + 1 : (b == needle[0] ? 1 : 0);
                if (matched == needle.length) {
                    count++;
                    matched = 0;
                }
            }
        }
        return count;
    }

    private static String head(ZipFile zip, String entry, int max) throws Exception {
        try (InputStream in = zip.getInputStream(zip.getEntry(entry))) {
            return new String(in.readNBytes(max), StandardCharsets.UTF_8);
        }
    }
}
