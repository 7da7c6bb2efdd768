package org.zhibiao.workbook.item;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.batch.infrastructure.item.Chunk;
import org.springframework.batch.infrastructure.item.ExecutionContext;
import org.springframework.batch.infrastructure.item.ItemStreamException;
import org.zhibiao.workbook.ItemWorkbook;
import org.zhibiao.workbook.StreamingWorkbook;

class XlsxItemWriterTest {

    @TempDir
    Path folder;

    private XlsxItemWriterBuilder<Reading> builder(Path target) {
        return new XlsxItemWriterBuilder<Reading>().name("readings").path(target).layout(Reading.LAYOUT);
    }

    /** Writes {@code items} in chunks of {@code chunkSize}, as a step would, and closes. */
    private static void writeInChunks(XlsxItemWriter<Reading> writer, List<Reading> items, int chunkSize)
            throws Exception {
        ExecutionContext context = new ExecutionContext();
        writer.open(context);
        for (int from = 0; from < items.size(); from += chunkSize) {
            writer.write(new Chunk<>(items.subList(from, Math.min(items.size(), from + chunkSize))));
            writer.update(context);
        }
        writer.close();
    }

    /** What a sheet-by-sheet, order-keeping writer must produce: each region's item names in input order. */
    private static Map<String, List<String>> expectedSheets(List<Reading> items) {
        Map<String, List<String>> sheets = new LinkedHashMap<>();
        for (Reading r : items) {
            sheets.computeIfAbsent(r.region(), k -> new ArrayList<>()).add(r.name());
        }
        return sheets;
    }

    @ParameterizedTest(name = "{0} items in chunks of {1}")
    @CsvSource({"1, 1", "10, 1", "10, 3", "10, 10", "10, 25", "101, 7"})
    void itemsSplitAcrossChunksLandOnTheirSheetsInOrder(int count, int chunkSize) throws Exception {
        List<Reading> items = Reading.interleaved(count, "华东", "华北", "西南");
        Path target = folder.resolve("readings.xlsx");

        writeInChunks(builder(target).build(), items, chunkSize);

        assertThat(Workbooks.firstColumns(target)).containsExactlyEntriesOf(expectedSheets(items));
        assertThat(Workbooks.filesIn(folder)).containsExactly("readings.xlsx");
    }

    @Test
    void cellsHaveTheirTypesAndTheHeaderIsTheLayouts() throws Exception {
        Path target = folder.resolve("readings.xlsx");
        Reading reading = new Reading("华东", "GDP", new BigDecimal("1234.50"), 2025, LocalDate.of(2026, 3, 1));

        writeInChunks(builder(target).build(), List.of(reading), 1);

        try (XSSFWorkbook book = new XSSFWorkbook(target.toFile())) {
            XSSFSheet sheet = book.getSheet("华东");
            List<Cell> header = new ArrayList<>();
            sheet.getRow(0).forEach(header::add);
            assertThat(header).extracting(Cell::getStringCellValue).containsExactly("指标", "数值", "年份", "发布日期");
            Row row = sheet.getRow(1);
            assertThat(row.getCell(0).getStringCellValue()).isEqualTo("GDP");
            assertThat(row.getCell(1).getNumericCellValue()).isEqualTo(1234.5);
            assertThat(row.getCell(1).getCellStyle().getDataFormatString()).isEqualTo("#,##0.00");
            assertThat(row.getCell(2).getNumericCellValue()).isEqualTo(2025);
            assertThat(DateUtil.isCellDateFormatted(row.getCell(3))).isTrue();
            assertThat(row.getCell(3).getLocalDateTimeCellValue().toLocalDate()).isEqualTo(LocalDate.of(2026, 3, 1));
            assertThat(sheet.getPaneInformation().isFreezePane()).isTrue();
        }
    }

    @Test
    void nullValuesLeaveEmptyCells() throws Exception {
        Path target = folder.resolve("readings.xlsx");

        writeInChunks(builder(target).build(), List.of(new Reading("华东", "GDP", null, null, null)), 1);

        try (XSSFWorkbook book = new XSSFWorkbook(target.toFile())) {
            Row row = book.getSheet("华东").getRow(1);
            assertThat(row.getCell(1)).isNull();
            assertThat(row.getCell(3)).isNull();
        }
    }

    @ParameterizedTest(name = "row limit {0}")
    @CsvSource({
        "1, 华东|华东 (2)|华东 (3)|华东 (4)|华东 (5)|华北|华北 (2)",
        "2, 华东|华东 (2)|华东 (3)|华北",
        "3, 华东|华东 (2)|华北",
        "5, 华东|华北"})
    void sheetsPastTheRowLimitContinueOnNumberedSheetsThatFollowTheirFirstPart(int rowLimit, String sheets)
            throws Exception {
        List<Reading> items = Reading.interleaved(7, "华东", "华东", "华北", "华东");
        Path target = folder.resolve("readings.xlsx");

        writeInChunks(builder(target).rowLimit(rowLimit).build(), items, 2);

        Map<String, List<String>> written = Workbooks.firstColumns(target);
        assertThat(written.keySet()).containsExactly(sheets.split("\\|"));
        assertThat(written.values()).allSatisfy(rows -> assertThat(rows).hasSizeBetween(1, rowLimit));
        List<String> allRows = written.values().stream().flatMap(List::stream).toList();
        List<String> expected = expectedSheets(items).values().stream().flatMap(List::stream).toList();
        assertThat(allRows).containsExactlyElementsOf(expected);
    }

    @ParameterizedTest
    @ValueSource(strings = {"=1+1", "@SUM(A1)", "+cmd", "-2+3", "＝1+1", "=HYPERLINK(\"http://x\",\"y\")"})
    void formulaLookingTextStaysText(String text) throws Exception {
        Path target = folder.resolve("readings.xlsx");

        writeInChunks(builder(target).build(), List.of(new Reading(text, text, null, null, null)), 1);

        try (XSSFWorkbook book = new XSSFWorkbook(target.toFile())) {
            assertThat(book.getNumberOfSheets()).isEqualTo(1);
            Cell cell = book.getSheetAt(0).getRow(1).getCell(0);
            assertThat(cell.getCellType()).isEqualTo(CellType.STRING);
            assertThat(cell.getStringCellValue()).isEqualTo(text);
            assertThat(cell.getCellStyle().getQuotePrefixed()).isTrue();
        }
    }

    @Test
    void textLongerThanExcelAllowsIsCutVisiblyAtTheLimit() throws Exception {
        Path target = folder.resolve("readings.xlsx");
        String longText = "长".repeat(40_000);

        writeInChunks(builder(target).build(), List.of(new Reading("华东", longText, null, null, null)), 1);

        try (XSSFWorkbook book = new XSSFWorkbook(target.toFile())) {
            String stored = book.getSheet("华东").getRow(1).getCell(0).getStringCellValue();
            assertThat(stored).hasSize(32_767).startsWith("长长长").endsWith("[已截断]");
        }
    }

    @Test
    void noItemsStillMakeAWorkbookWithTheHeaders() throws Exception {
        Path target = folder.resolve("readings.xlsx");

        writeInChunks(builder(target).build(), List.of(), 1);

        assertThat(Workbooks.firstColumns(target)).containsExactly(Map.entry("Sheet1", List.of()));
    }

    @Test
    void aFailureInCloseLeavesNoFileAtTheTargetAndNoTempFile() throws Exception {
        Path target = Files.createDirectory(folder.resolve("readings.xlsx"));
        XlsxItemWriter<Reading> writer = builder(target).build();
        writer.open(new ExecutionContext());
        writer.write(new Chunk<>(Reading.interleaved(5, "华东")));

        assertThatThrownBy(writer::close).isInstanceOf(ItemStreamException.class)
                .hasMessageContaining(target.toString()).hasMessageContaining("path names a file");

        assertThat(target).isDirectory().isEmptyDirectory();
        assertThat(Workbooks.filesIn(folder)).containsExactly("readings.xlsx");
    }

    @Test
    void aFailedWritePublishesNothingAndLeavesAnEarlierWorkbookAsItWas() throws Exception {
        Path target = folder.resolve("readings.xlsx");
        writeInChunks(builder(target).build(), Reading.interleaved(3, "华东"), 3);
        byte[] before = Files.readAllBytes(target);
        SheetLayout<Reading> failing = SheetLayout.<Reading>builder().sheet(Reading::region)
                .text("指标", r -> {
                    if (r.name().equals("item 4")) {
                        throw new IllegalStateException("broken item");
                    }
                    return r.name();
                }).build();
        XlsxItemWriter<Reading> writer = builder(target).layout(failing).build();
        writer.open(new ExecutionContext());

        assertThatThrownBy(() -> writer.write(new Chunk<>(Reading.interleaved(6, "华东"))))
                .hasMessage("broken item");
        assertThatThrownBy(() -> writer.write(new Chunk<>(Reading.interleaved(1, "华东"))))
                .isInstanceOf(ItemStreamException.class).hasMessageContaining("earlier write");
        writer.close();

        assertThat(Files.readAllBytes(target)).isEqualTo(before);
        assertThat(Workbooks.filesIn(folder)).containsExactly("readings.xlsx");
    }

    @Test
    void writeBeforeOpenFailsClearly() {
        XlsxItemWriter<Reading> writer = builder(folder.resolve("readings.xlsx")).build();

        assertThatThrownBy(() -> writer.write(new Chunk<>(Reading.interleaved(1, "华东"))))
                .isInstanceOf(IllegalStateException.class).hasMessageContaining("not open")
                .hasMessageContaining("open(ExecutionContext)");
    }

    @Test
    void updateRecordsTheRowsWritten() throws Exception {
        XlsxItemWriter<Reading> writer = builder(folder.resolve("readings.xlsx")).build();
        ExecutionContext context = new ExecutionContext();
        writer.open(context);
        writer.write(new Chunk<>(Reading.interleaved(7, "华东", "华北")));
        writer.update(context);
        writer.close();

        assertThat(context.getLong("readings.rows.written")).isEqualTo(7);
    }

    @Test
    void aRestartThatWouldAppendIsRefusedWithAdvice() {
        XlsxItemWriter<Reading> writer = builder(folder.resolve("readings.xlsx")).build();
        ExecutionContext afterFailedRun = new ExecutionContext();
        afterFailedRun.putLong("readings.rows.written", 40);

        assertThatThrownBy(() -> writer.open(afterFailedRun)).isInstanceOf(ItemStreamException.class)
                .hasMessageContaining("40 rows").hasMessageContaining("saveState(false)");
    }

    @Test
    void withoutSavedStateARestartRewritesTheWholeFile() throws Exception {
        Path target = folder.resolve("readings.xlsx");
        XlsxItemWriter<Reading> writer = builder(target).saveState(false).build();
        ExecutionContext afterFailedRun = new ExecutionContext();
        afterFailedRun.putLong("readings.rows.written", 40);
        writer.open(afterFailedRun);
        writer.write(new Chunk<>(Reading.interleaved(3, "华东")));
        writer.update(afterFailedRun);
        writer.close();

        assertThat(Workbooks.firstColumns(target).get("华东")).containsExactly("item 0", "item 1", "item 2");
        assertThat(afterFailedRun.getLong("readings.rows.written")).isEqualTo(40); // untouched
    }

    @Test
    void headerSheetsComeBeforeTheItemsSheetsAndFooterSheetsAfterThemWithTheCountsOfTheItems() throws Exception {
        Path target = folder.resolve("readings.xlsx");
        XlsxItemWriter<Reading> writer = builder(target).rowLimit(2)
                .headerCallback(book -> {
                    StreamingWorkbook.Sheet about = book.streaming().sheet("说明", List.of("说明"), new int[] {40});
                    about.startRow();
                    about.text(0, "按地区分表", false);
                    about.endRow();
                })
                .footerCallback(book -> {
                    StreamingWorkbook.Sheet totals = book.streaming().sheet("合计", List.of("合计"), new int[] {20});
                    book.itemSheets().forEach((region, parts) -> {
                        totals.startRow();
                        totals.text(0, region + " " + parts.stream().mapToInt(StreamingWorkbook.Sheet::dataRows).sum(),
                                false);
                        totals.endRow();
                    });
                })
                .build();

        writeInChunks(writer, Reading.interleaved(7, "华东", "华北"), 3);

        Map<String, List<String>> sheets = Workbooks.firstColumns(target);
        assertThat(sheets.keySet()).containsExactly("说明", "华东", "华东 (2)", "华北", "华北 (2)", "合计");
        assertThat(sheets.get("说明")).containsExactly("按地区分表");
        assertThat(sheets.get("合计")).containsExactly("华东 4", "华北 3");
    }

    @Test
    void aFooterSheetCanTakeTheFirstTab() throws Exception {
        Path target = folder.resolve("readings.xlsx");
        XlsxItemWriter<Reading> writer = builder(target)
                .footerCallback(book -> {
                    StreamingWorkbook.Sheet overview = book.streaming().sheet("概览", List.of("行数"), new int[] {10});
                    overview.startRow();
                    overview.text(0, book.rowsWritten() + " 行", false);
                    overview.endRow();
                    book.streaming().moveTo(overview, 0);
                })
                .build();

        writeInChunks(writer, Reading.interleaved(5, "华东"), 2);

        assertThat(Workbooks.firstColumns(target)).containsExactly(Map.entry("概览", List.of("5 行")),
                Map.entry("华东", List.of("item 0", "item 1", "item 2", "item 3", "item 4")));
    }

    @ParameterizedTest(name = "failing in the {0} callback")
    @ValueSource(strings = {"header", "footer"})
    void aFailingCallbackPublishesNothingAndLeavesAnEarlierWorkbookAsItWas(String which) throws Exception {
        Path target = folder.resolve("readings.xlsx");
        writeInChunks(builder(target).build(), Reading.interleaved(3, "华东"), 3);
        byte[] before = Files.readAllBytes(target);
        XlsxCallback<LayoutWorkbook<Reading>> failing = book -> {
            throw new java.io.IOException("disk gone");
        };
        XlsxItemWriterBuilder<Reading> b = builder(target);
        XlsxItemWriter<Reading> writer = which.equals("header") ? b.headerCallback(failing).build()
                : b.footerCallback(failing).build();

        assertThatThrownBy(() -> writeInChunks(writer, Reading.interleaved(4, "华东"), 2))
                .isInstanceOf(ItemStreamException.class).hasMessageContaining("disk gone")
                .hasMessageContaining(target.toString());

        assertThat(Files.readAllBytes(target)).isEqualTo(before);
        assertThat(Workbooks.filesIn(folder)).containsExactly("readings.xlsx");
    }

    /** A workbook implementation of one's own: every item on one sheet, with a count the footer writes. */
    private static final class Ledger implements ItemWorkbook<Reading> {
        final StreamingWorkbook book = new StreamingWorkbook(10, 1000);
        final StreamingWorkbook.Sheet rows = book.sheet("台账", List.of("地区", "指标"), new int[] {10, 20});
        final List<String> calls = new ArrayList<>();

        @Override
        public void append(Reading item) {
            calls.add("append");
            rows.startRow();
            rows.text(0, item.region(), false);
            rows.text(1, item.name(), false);
            rows.endRow();
        }

        @Override
        public long rowsWritten() {
            return rows.dataRows();
        }

        @Override
        public void writeAtomically(Path target) throws java.io.IOException {
            calls.add("write");
            book.writeAtomically(target);
        }

        @Override
        public void close() {
            calls.add("close");
            book.close();
        }
    }

    @Test
    void aWorkbookOfOnesOwnGetsTheItemsAndItsCallbacksSeeItsType() throws Exception {
        Path target = folder.resolve("ledger.xlsx");
        List<Ledger> made = new ArrayList<>();
        XlsxItemWriter<Reading> writer = new XlsxItemWriterBuilder<Reading>().name("ledger").path(target)
                .workbook(() -> {
                    Ledger ledger = new Ledger();
                    made.add(ledger);
                    return ledger;
                }, ledger -> ledger.calls.add("header"), ledger -> {
                    ledger.calls.add("footer " + ledger.rowsWritten());
                    StreamingWorkbook.Sheet total = ledger.book.sheet("合计", List.of("行数"), new int[] {10});
                    total.startRow();
                    total.text(0, Long.toString(ledger.rowsWritten()), false);
                    total.endRow();
                })
                .build();

        writeInChunks(writer, Reading.interleaved(5, "华东", "华北"), 2);

        assertThat(made).hasSize(1);
        assertThat(made.get(0).calls).containsExactly("header", "append", "append", "append", "append", "append",
                "footer 5", "write", "close");
        assertThat(Workbooks.firstColumns(target)).containsExactly(
                Map.entry("台账", List.of("华东", "华北", "华东", "华北", "华东")), Map.entry("合计", List.of("5")));
    }

    @Test
    void aWorkbookWhoseHeaderFailsIsClosedAtOnce() {
        List<Ledger> made = new ArrayList<>();
        XlsxItemWriter<Reading> writer = new XlsxItemWriterBuilder<Reading>().name("ledger")
                .path(folder.resolve("ledger.xlsx"))
                .workbook(() -> {
                    Ledger ledger = new Ledger();
                    made.add(ledger);
                    return ledger;
                }, ledger -> {
                    throw new java.io.UncheckedIOException(new java.io.IOException("no room"));
                }, XlsxCallback.none())
                .build();

        assertThatThrownBy(() -> writer.open(new ExecutionContext())).isInstanceOf(ItemStreamException.class)
                .hasMessageContaining("no room");
        assertThat(made.get(0).calls).containsExactly("close");
    }

    @ParameterizedTest(name = "value {0}: fill {1}")
    @CsvSource({"2, ", "7, FFEB9C", "12, FFC7CE"})
    void theHighlightHookFillsTheWholeRowAndKeepsNumberFormats(String value, String fill) throws Exception {
        Path target = folder.resolve("readings.xlsx");
        SheetLayout<Reading> layout = SheetLayout.<Reading>builder()
                .text("指标", Reading::name)
                .number("数值", Reading::value)
                .integer("年份", Reading::year)
                .highlight(r -> r.value().intValue() > 10 ? StreamingWorkbook.Highlight.ERROR
                        : r.value().intValue() > 5 ? StreamingWorkbook.Highlight.WARNING : null)
                .build();
        XlsxItemWriter<Reading> writer = builder(target).layout(layout).build();

        writeInChunks(writer, List.of(new Reading("华东", "GDP", new BigDecimal(value + ".25"), null, null)), 1);

        try (XSSFWorkbook book = new XSSFWorkbook(target.toFile())) {
            Row row = book.getSheet("Sheet1").getRow(1);
            for (int c = 0; c < 3; c++) {
                var style = (org.apache.poi.xssf.usermodel.XSSFCellStyle) (row.getCell(c) == null ? null
                        : row.getCell(c).getCellStyle());
                if (fill == null) {
                    assertThat(style == null || style.getFillForegroundXSSFColor() == null).as("column %d", c).isTrue();
                } else {
                    assertThat(style.getFillForegroundXSSFColor().getARGBHex()).as("column %d", c).endsWith(fill);
                }
            }
            assertThat(row.getCell(1).getNumericCellValue()).isEqualTo(Double.parseDouble(value + ".25"));
            assertThat(row.getCell(1).getCellStyle().getDataFormatString()).contains("0.00");
        }
    }

    @Test
    void theBuilderNamesWhatIsMissing() {
        assertThatThrownBy(() -> new XlsxItemWriterBuilder<Reading>().layout(Reading.LAYOUT).name("n").build())
                .hasMessageContaining("path");
        assertThatThrownBy(() -> new XlsxItemWriterBuilder<Reading>().path(folder.resolve("a.xlsx")).name("n").build())
                .hasMessageContaining("layout");
        assertThatThrownBy(() -> builder(folder.resolve("a.xlsx")).workbook(() -> new LayoutWorkbook<>(Reading.LAYOUT,
                10, 10, 100), XlsxCallback.none(), XlsxCallback.none()).build()).hasMessageContaining("not both");
        assertThatThrownBy(() -> builder(folder.resolve("a.xlsx")).name(null).build()).hasMessageContaining("name");
        assertThatThrownBy(() -> builder(folder.resolve("a.xlsx")).rowLimit(0).build())
                .hasMessageContaining("rowLimit");
        assertThatThrownBy(() -> builder(folder.resolve("a.xlsx")).maxCellChars(40_000).build())
                .hasMessageContaining("maxCellChars");
    }
}
