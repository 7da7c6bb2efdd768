package org.zhibiao.validate;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.zhibiao.model.Indicator;
import org.zhibiao.model.Kind;
import org.zhibiao.model.Qualifier;
import org.zhibiao.model.Severity;
import org.zhibiao.model.Source;
import org.zhibiao.model.Status;

/** Indicator rows as the extractor would give them for the sample report (real sentences and lines). */
final class SampleRows {

    static final String REPORT = "zhangdian-2021-achievements.md";
    private static final List<String> LINES = readReport();

    private SampleRows() {
    }

    private static List<String> readReport() {
        try {
            return Files.readAllLines(Path.of("src/test/resources/corpus/" + REPORT), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Line {@code n} (1-based) of the sample report, bold markers removed, as a sentence would carry it. */
    static String sentence(int n) {
        return LINES.get(n - 1).replace("**", "");
    }

    static Indicator row(long id, Source source, int line, String subject, String value, String unit,
            String normalized, String baseUnit, Kind kind) {
        return new Indicator(id, "张店区", 2021, "产业基础", subject, new BigDecimal(value), null, unit,
                new BigDecimal(normalized), baseUnit, kind, Qualifier.EXACT, Status.ACTUAL, source, sentence(line),
                REPORT, line, Severity.PASS, "");
    }

    static Indicator loan(long id, Source source, int line, String value) {
        return row(id, source, line, "解决贷款", value, "万元", value + "0000", "元", Kind.MONEY);
    }
}
