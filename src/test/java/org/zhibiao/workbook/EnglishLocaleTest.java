package org.zhibiao.workbook;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.zhibiao.workbook.WorkbookSettings.Language;

/** --locale=en: English sheet names and headers for the same columns; section sheets keep the taxonomy names. */
class EnglishLocaleTest {

    @TempDir
    Path folder;

    @Test
    void englishNamesTheFixedSheetsAndHeadersAndKeepsSectionNames() throws Exception {
        Path file = SampleWorkbook.write(folder, WorkbookSettings.forLocale("en"));
        try (XSSFWorkbook book = new XSSFWorkbook(file.toFile())) {
            assertThat(WorkbookLayoutTest.sheetNames(book)).containsExactly("Overview", "经济运行", "产业基础", "改革开放",
                    "城市品质", "民生保障", "Findings", "Rejections", "Run info");
            List<String> headers = new ArrayList<>();
            book.getSheet("产业基础").getRow(0).forEach(c -> headers.add(c.getStringCellValue()));
            assertThat(headers).containsExactly("Region", "Year", "Indicator", "Value", "Unit", "Normalized value",
                    "Base unit", "Kind", "Qualifier", "Status", "Source", "Sentence", "File", "Line", "Check", "Note",
                    "Standard indicator", "Indicator code", "Period", "Fact");
            Row fund = book.getSheet("产业基础").getRow(1);
            assertThat(fund.getCell(5).getNumericCellValue()).isEqualTo(2_400_000_000d);
            assertThat(fund.getCell(7).getStringCellValue()).isEqualTo("MONEY");
            assertThat(fund.getCell(8).getStringCellValue()).isEqualTo("exact");
            assertThat(fund.getCell(10).getStringCellValue()).isEqualTo("summary");
            assertThat(book.getSheet("Findings").getRow(1).getCell(3).getHyperlink().getAddress())
                    .startsWith("'民生保障'!A");
            assertThat(book.getSheet("Overview").getDrawingPatriarch().getCharts().get(0).getTitleText().getString())
                    .isEqualTo("Indicators per section");
        }
    }

    @Test
    void localeTagsAreReadLeniently() {
        assertThat(Language.parse("en")).isEqualTo(Language.EN);
        assertThat(Language.parse("en_US")).isEqualTo(Language.EN);
        assertThat(Language.parse("zh-CN")).isEqualTo(Language.ZH);
        assertThatThrownBy(() -> Language.parse("fr")).hasMessageContaining("unsupported");
    }
}
