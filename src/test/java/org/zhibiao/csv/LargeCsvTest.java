package org.zhibiao.csv;

import static org.assertj.core.api.Assertions.assertThat;
import static org.zhibiao.csv.CsvAssertions.assertReconciles;

import java.io.BufferedWriter;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A generated 100,000-row long table: every row accounted for. */
class LargeCsvTest {

    @Test
    void hundredThousandRowsReadWithTheRightCounts(@TempDir Path dir) throws IOException {
        Path file = dir.resolve("large.csv");
        int rows = 100_000;
        try (BufferedWriter w = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
            w.write("地区,年份,板块,指标,数值,单位\n");
            for (int i = 0; i < rows; i++) {
                String value = i % 1000 == 7 ? "n/a?" : i % 100 == 3 ? "…" : String.valueOf(i / 10.0);
                w.write("区" + (i % 50) + "," + (2000 + i % 25) + ",经济运行,指标" + i + "," + value + ",万元\n");
            }
        }
        CsvResult r = new CsvTableReader().read(file, "large.csv");

        assertThat(r.recordsRead()).isEqualTo(rows);
        assertThat(r.rejections()).hasSize(100);
        assertThat(r.skipped()).isEqualTo(1000);
        assertThat(r.indicators()).hasSize(rows - 1100);
        assertThat(r.rejections().get(0).line()).isEqualTo(9);
        assertThat(r.indicators().get(r.indicators().size() - 1).line()).isEqualTo(rows + 1);
        assertReconciles(r);
    }
}
