package org.zhibiao.job;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.util.CellReference;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.zhibiao.classify.Taxonomy;
import org.zhibiao.launch.RunLauncher;

/**
 * The whole job with --locale=en on the sample input plus a composed report whose figures get notes of how they
 * were read (an implied unit, a rank's scope, a fraction), read back with POI: no header, label, finding or note
 * holds Chinese. Chinese stays only where the workbook quotes its input: the columns of source text (Region,
 * Indicator, Unit, Base unit, Sentence, File, Raw content, Reason (Chinese)). Section sheets take the taxonomy's
 * English names and 标准指标 the catalogue's.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class EnglishWorkbookEndToEndTest {

    private static final Pattern CJK = Pattern.compile("[\\u3400-\\u9fff\\uff00-\\uffef\\u3000-\\u303f]");
    /** Columns that quote the input (or, for Reason (Chinese), say a rejection's reason in Chinese by design). */
    private static final Set<String> QUOTING = Set.of("Region", "Indicator", "Unit",
            "Base unit", "Sentence", "File", "Raw content", "Reason (Chinese)");
    /** Composed for the note families: implied people and money units, a rank's scope, a fraction. */
    private static final String COMPOSED = """
            # 2023年张店区经济社会发展情况

            ## 民生保障

            2023年，张店区常住人口达到97万常住人口，参保人数突破51万。三分之一的村实现集体增收。

            ## 产业基础

            2023年，张店区营商环境评价位居全省第3位，全年完成投资12.5亿。
            """;

    private Path temp;
    private XSSFWorkbook book;
    private final List<String> sectionNames = new ArrayList<>(Taxonomy.defaults().englishNames().values());

    @BeforeAll
    void runTheJobInEnglish() throws Exception {
        temp = Files.createTempDirectory("zhibiao-english");
        Path input = JobRuns.sampleInput(temp);
        Files.writeString(input.resolve("composed-notes.md"), COMPOSED, StandardCharsets.UTF_8);
        JobRuns.Result run = JobRuns.run("--input-dir=" + input, "--output-dir=" + temp.resolve("output"),
                "--run-date=2024-01-02", "--locale=en");
        assertThat(run.exitCode()).as(run.err()).isEqualTo(RunLauncher.COMPLETED);
        book = new XSSFWorkbook(temp.resolve("output").resolve("indicators-2024-01-02.xlsx").toFile());
        sectionNames.add("Unclassified");
    }

    @AfterAll
    void closeAndCleanUp() throws Exception {
        book.close();
        try (var files = Files.walk(temp)) {
            for (Path p : files.sorted(java.util.Comparator.reverseOrder()).toList()) {
                Files.delete(p);
            }
        }
    }

    @Test
    void everySheetHasAnEnglishNameSectionSheetsTheTaxonomys() {
        List<String> names = new ArrayList<>();
        book.forEach(sheet -> names.add(sheet.getSheetName()));
        assertThat(names).startsWith("Overview").endsWith("Findings", "Rejections", "Run info").contains("Panel")
                .contains("Economy", "Industry", "Livelihoods")
                .allSatisfy(n -> assertThat(n).doesNotContainPattern(CJK));
    }

    @Test
    void overviewLabelsAreNotCutByTheirColumn() {
        Sheet overview = book.getSheet("Overview");
        int width = overview.getColumnWidth(0) / 256;
        List<String> cut = new ArrayList<>();
        for (Row row : overview) {
            Cell label = row.getCell(0);
            if (row.getRowNum() > 0 && label != null && label.getCellType() == CellType.STRING
                    && label.getStringCellValue().length() > width) {
                cut.add(label.getStringCellValue());
            }
        }
        assertThat(cut).as("labels wider than column A (%d characters)", width).isEmpty();
    }

    @Test
    void mappedRowsShowTheCataloguesEnglishName() {
        Sheet economy = book.getSheet("Economy");
        int standard = column(economy.getRow(0), "Standard indicator");
        List<String> names = new ArrayList<>();
        economy.forEach(row -> {
            Cell cell = row.getCell(standard);
            if (row.getRowNum() > 0 && cell != null && !cell.getStringCellValue().isEmpty()) {
                names.add(cell.getStringCellValue());
            }
        });
        assertThat(names).isNotEmpty().allSatisfy(n -> assertThat(n).doesNotContainPattern(CJK));
    }

    @Test
    void noCellOutsideTheQuotedInputHoldsChinese() {
        Set<String> regions = quotedRegions();
        List<String> chinese = new ArrayList<>();
        for (Sheet sheet : book) {
            Row header = sheet.getRow(0);
            for (Row row : sheet) {
                for (Cell cell : row) {
                    if (cell.getCellType() != CellType.STRING || quoting(header, cell)) {
                        continue;
                    }
                    String text = cell.getStringCellValue();
                    if (CJK.matcher(text).find() && !regions.containsAll(List.of(text.split(", ")))) {
                        chinese.add(sheet.getSheetName() + "!" + new CellReference(cell).formatAsString(false)
                                + ": " + cell.getStringCellValue());
                    }
                }
            }
        }
        assertThat(chinese).isEmpty();
    }

    @Test
    void notesOfHowFiguresWereReadAreInEnglish() {
        List<String> notes = new ArrayList<>();
        for (String name : sectionNames) {
            Sheet sheet = book.getSheet(name);
            if (sheet == null) {
                continue;
            }
            int note = column(sheet.getRow(0), "Note");
            for (Row row : sheet) {
                Cell cell = row.getCell(note);
                if (row.getRowNum() > 0 && cell != null && !cell.getStringCellValue().isEmpty()) {
                    notes.add(cell.getStringCellValue());
                }
            }
        }
        assertThat(notes).anySatisfy(n -> assertThat(n).contains("counted as people"))
                .anySatisfy(n -> assertThat(n).contains("Rank within the province"))
                .anySatisfy(n -> assertThat(n).contains("read as a share"))
                .anySatisfy(n -> assertThat(n).contains("amount in yuan"))
                .allSatisfy(n -> assertThat(n).doesNotContainPattern(CJK));
    }

    private static boolean quoting(Row header, Cell cell) {
        if (header == null || cell.getRowIndex() == 0) {
            return false;
        }
        Cell h = header.getCell(cell.getColumnIndex());
        return h != null && h.getCellType() == CellType.STRING && QUOTING.contains(h.getStringCellValue());
    }

    /** Region names as the section sheets quote them; 概览 lists them under Regions × periods. */
    private Set<String> quotedRegions() {
        Set<String> regions = new HashSet<>();
        for (String name : sectionNames) {
            Sheet sheet = book.getSheet(name);
            if (sheet != null) {
                int region = column(sheet.getRow(0), "Region");
                sheet.forEach(row -> {
                    Cell cell = row.getCell(region);
                    if (row.getRowNum() > 0 && cell != null) {
                        regions.add(cell.getStringCellValue());
                    }
                });
            }
        }
        return regions;
    }

    private static int column(Row header, String name) {
        for (Cell c : header) {
            if (name.equals(c.getStringCellValue())) {
                return c.getColumnIndex();
            }
        }
        throw new AssertionError("no column " + name);
    }
}
