package org.zhibiao.workbook;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.zhibiao.workbook.WorkbookSettings.Language;

/** Leaves the sample workbooks in target/workbook/ for scripts/render-workbook.sh and for people to open. */
class SampleOutputTest {

    @Test
    void writesTheSampleWorkbooksIntoTarget() throws Exception {
        Path folder = Files.createDirectories(Path.of("target", "workbook"));
        Path zh = SampleWorkbook.write(folder, WorkbookSettings.defaults());
        Path en = Files.move(SampleWorkbook.write(folder.resolve("en"), WorkbookSettings.defaults().withLanguage(Language.EN)),
                folder.resolve("indicators-" + SampleWorkbook.RUN_DATE + "-en.xlsx"),
                java.nio.file.StandardCopyOption.REPLACE_EXISTING);
        assertThat(zh).isRegularFile();
        assertThat(en).isRegularFile();
    }
}
