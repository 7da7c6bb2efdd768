package org.zhibiao.workbook;

import static org.assertj.core.api.Assertions.assertThat;

import com.opencsv.CSVReader;
import java.io.InputStreamReader;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.zhibiao.model.Fact;
import org.zhibiao.model.Measure;
import org.zhibiao.model.Status;

class FactsCsvTest {

    @TempDir
    Path folder;

    private static Fact fact(String region, String subject, String value) {
        return new Fact("F0123456789", region, "2021", null, null, subject, Measure.GROWTH, new BigDecimal(value), "%",
                Status.ACTUAL, 2, 3, 7, "a,b \"c\".md", 12, new BigDecimal(value), new BigDecimal(value), false);
    }

    @Test
    void aCsvReaderGetsEveryFieldBackAndExcelNoFormula() throws Exception {
        Path target = folder.resolve("facts-2021-12-31.csv");
        try (FactsCsv csv = FactsCsv.open(target)) {
            csv.write(fact("=HYPERLINK(\"x\")", "-增长, 含“引号”\n第二行", "-0.4"));
            csv.write(fact("张店区", "@SUM", "6.5"));
            csv.commit();
        }
        byte[] bytes = Files.readAllBytes(target);
        assertThat(new byte[] {bytes[0], bytes[1], bytes[2]}).containsExactly(0xEF, 0xBB, 0xBF);
        List<String[]> lines;
        try (CSVReader reader = new CSVReader(new InputStreamReader(Files.newInputStream(target),
                StandardCharsets.UTF_8))) {
            lines = reader.readAll();
        }
        assertThat(lines.get(0)[0]).isEqualTo("\uFEFFfact_id");
        assertThat(lines).hasSize(3);
        assertThat(lines.get(1)).containsExactly("F0123456789", "'=HYPERLINK(\"x\")", "2021", "", "",
                "'-增长, 含“引号”\n第二行", "GROWTH", "-0.4", "%", "ACTUAL", "3", "2", "a,b \"c\".md", "12");
        assertThat(lines.get(2)[5]).isEqualTo("'@SUM");
        assertThat(lines.get(2)[7]).as("numbers stay numbers").isEqualTo("6.5");
        try (var files = Files.list(folder)) {
            assertThat(files.map(p -> p.getFileName().toString())).containsExactly("facts-2021-12-31.csv");
        }
    }

    @Test
    void closedWithoutCommitLeavesNoFileAndKeepsAnOldOne() throws Exception {
        Path target = folder.resolve("facts.csv");
        Files.writeString(target, "old");
        try (FactsCsv csv = FactsCsv.open(target)) {
            csv.write(fact("甲", "乙", "1"));
        }
        assertThat(Files.readString(target)).isEqualTo("old");
        try (var files = Files.list(folder)) {
            assertThat(files.map(p -> p.getFileName().toString())).containsExactly("facts.csv");
        }
    }
}
