package org.zhibiao.workbook;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashMap;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The small parts: display widths, safe text, sheet names, the id -> row table. */
class PartsTest {

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource(delimiter = '|', textBlock = """
            产业基础                 | 8
            GDP                      | 3
            4.1万名                  | 7
            “两癌”筛查               | 12
            全角，标点。             | 12
            ２０２１                 | 8
            """)
    void fullWidthCharactersCountDouble(String text, int width) {
        assertThat(ColumnWidths.displayWidth(text)).isEqualTo(width);
    }

    @Test
    void wrappedTextNeedsLinesByDisplayWidth() {
        assertThat(ColumnWidths.linesNeeded("", 50)).isEqualTo(1);
        assertThat(ColumnWidths.linesNeeded("产".repeat(24), 50)).isEqualTo(1); // 48 of 49 usable
        assertThat(ColumnWidths.linesNeeded("产".repeat(25), 50)).isEqualTo(2);
        assertThat(ColumnWidths.linesNeeded("a\nb", 50)).isEqualTo(2);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            =1+1      | true
            +86 535   | true
            -3.2%     | true
            @SUM(A1)  | true
            ＝1       | true
            张店区    | false
            1-6月     | false
            """)
    void formulaLikeText(String text, boolean risky) {
        assertThat(SafeText.looksLikeFormula(text)).isEqualTo(risky);
        assertThat(SafeText.looksLikeFormula("\t=1")).isTrue();
        assertThat(SafeText.looksLikeFormula("\r=1")).isTrue();
    }

    @Test
    void cuttingNeverSplitsASurrogatePair() {
        String text = "a".repeat(10) + "𠀀".repeat(10); // CJK extension B: two chars each
        for (int max = SafeText.CUT_MARKER.length() + 1; max < text.length(); max++) {
            String cut = SafeText.fit(text, max);
            assertThat(cut.length()).isLessThanOrEqualTo(max);
            assertThat(cut).endsWith(SafeText.CUT_MARKER);
            String kept = cut.substring(0, cut.length() - SafeText.CUT_MARKER.length());
            assertThat(kept.isEmpty() || !Character.isHighSurrogate(kept.charAt(kept.length() - 1))).isTrue();
        }
        assertThat(SafeText.fit("短", 20)).isEqualTo("短");
        assertThat(SafeText.fit(null, 20)).isEmpty();
    }

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource(delimiter = '|', textBlock = """
            产业基础                                       | 产业基础
            城市/乡村[建设]:*?                             | 城市_乡村_建设____
            'quoted'                                       | quoted
            这是一个非常非常非常非常非常非常非常非常非常长的板块名称超过三十一字 | 这是一个非常非常非常非常非常非常非常非常非常长的板块名称超过三
            """)
    void sheetNamesAreMadeSafe(String wanted, String safe) {
        assertThat(new SheetNames().assign(wanted)).isEqualTo(safe);
    }

    @Test
    void sheetNamesAreUniqueIgnoringCaseAndContinuationsStayWithin31() {
        SheetNames names = new SheetNames();
        assertThat(names.assign("Overview")).isEqualTo("Overview");
        assertThat(names.assign("overview")).isEqualTo("overview (2)");
        assertThat(names.assign("")).isEqualTo("Sheet");
        String longName = names.assign("长".repeat(40));
        assertThat(longName).hasSize(31);
        assertThat(names.continuation(longName, 2)).hasSize(31).endsWith(" (2)");
        assertThat(SheetNames.reference("O'Brien", "A1")).isEqualTo("'O''Brien'!A1");
    }

    @Test
    void rowLocationsAgreeWithAMapAcrossGrowth() {
        RowLocations table = new RowLocations(16);
        Map<Long, Integer> expected = new HashMap<>();
        Random random = new Random(42);
        for (int i = 0; i < 100_000; i++) {
            long id = random.nextInt(5) == 0 ? -random.nextInt(1000) : random.nextLong() >>> 20;
            int slot = random.nextInt(RowLocations.MAX_SLOTS);
            int row = random.nextInt(1 << 20);
            table.put(id, slot, row);
            expected.put(id, slot << 20 | row);
        }
        assertThat(table.size()).isEqualTo(expected.size());
        expected.forEach((id, packed) -> {
            int got = table.get(id);
            assertThat(RowLocations.sheetSlot(got)).isEqualTo(packed >>> 20);
            assertThat(RowLocations.row(got)).isEqualTo(packed & ((1 << 20) - 1));
        });
        assertThat(table.get(Long.MAX_VALUE)).isEqualTo(RowLocations.NOT_FOUND);
    }
}
