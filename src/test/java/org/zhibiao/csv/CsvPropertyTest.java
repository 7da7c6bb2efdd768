package org.zhibiao.csv;

import static org.assertj.core.api.Assertions.assertThat;
import static org.zhibiao.csv.CsvAssertions.assertReconciles;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/** Whatever the bytes, the reader answers with a reconciled result and never throws. */
class CsvPropertyTest {

    private final CsvTableReader reader = new CsvTableReader(new CsvSettings(1 << 20, 200, 5));

    @Property(tries = 300)
    void randomBytesNeverThrowAndReconcile(@ForAll byte[] bytes) {
        CsvResult r = reader.read(bytes, "random.bin", null);
        assertReconciles(r);
    }

    @Property(tries = 500)
    void randomCsvTextNeverThrowsAndReconciles(@ForAll("csvText") String text, @ForAll("charsets") String charset) {
        CsvResult r = reader.read(text.getBytes(Charset.forName(charset)), "random.csv", null);
        assertReconciles(r);
        assertThat(r.rejections()).allSatisfy(x -> assertThat(x.raw().length()).isLessThanOrEqualTo(1000));
    }

    @Provide
    Arbitrary<String> charsets() {
        return Arbitraries.of("UTF-8", "GB18030", "UTF-16");
    }

    /** A plausible header (long, wide, or none) followed by rows built from CSV-hostile pieces. */
    @Provide
    Arbitrary<String> csvText() {
        Arbitrary<String> header = Arbitraries.of("地区,年份,板块,指标,数值,单位\n", "指标,2024年,2023年\n",
                "数据库：年度数据\n指标：国内生产总值(亿元)\n地区,2024年,2023年\n", "region;year;indicator;value\n",
                "指标\t,2024年\t,\n", "");
        Arbitrary<String> cell = Arbitraries.oneOf(
                Arbitraries.of("", "\"", "\"\"", ",", "\t", ";", "\n", "\r\n", "…", "-", "1,234", "=SUM(A1)", "注：x",
                        "2024年", "张店区", "9650", "abc", "23.1%", "亿元", "  ", "\uFEFF"),
                Arbitraries.strings().withChars("0123456789.,\"\n\t;年元%指标地区 -").ofMaxLength(12));
        Arbitrary<String> row = cell.list().ofMaxSize(8).map(cells -> String.join(",", cells) + "\n");
        Arbitrary<List<String>> rows = row.list().ofMaxSize(15);
        return Combinators.combine(header, rows).as((h, rs) -> h + String.join("", rs));
    }

    @Property(tries = 100)
    void wellFormedLongTablesLoseNothing(@ForAll("longRows") List<String> values) {
        StringBuilder text = new StringBuilder("地区,年份,指标,数值,单位\n");
        for (int i = 0; i < values.size(); i++) {
            text.append("张店区,2021,指标").append(i).append(',').append(values.get(i)).append(",万元\n");
        }
        CsvResult r = reader.read(text.toString().getBytes(StandardCharsets.UTF_8), "long.csv", null);

        assertThat(r.recordsRead()).isEqualTo(values.size());
        assertThat(r.rejections()).isEmpty();
        assertReconciles(r);
    }

    @Provide
    Arbitrary<List<String>> longRows() {
        return Arbitraries.oneOf(Arbitraries.bigDecimals().between(new java.math.BigDecimal("-1e9"),
                new java.math.BigDecimal("1e9")).ofScale(2).map(java.math.BigDecimal::toPlainString),
                Arbitraries.of("", "…", "-", "—", "--")).list().ofMaxSize(30);
    }

    /** Wide tables: every (row, year) cell is one record, whatever it holds. */
    @Property(tries = 100)
    void wideTablesCountEveryCell(@ForAll("wideCells") List<List<String>> rows) {
        int years = rows.isEmpty() ? 3 : rows.get(0).size();
        StringBuilder text = new StringBuilder("数据库：年度数据\n指标");
        for (int y = 0; y < years; y++) {
            text.append(',').append(2024 - y).append('年');
        }
        text.append('\n');
        long expectedSkipped = 0;
        for (int i = 0; i < rows.size(); i++) {
            text.append("指标").append(i).append("(亿元)");
            for (int y = 0; y < years; y++) {
                String cell = y < rows.get(i).size() ? rows.get(i).get(y) : "";
                expectedSkipped += cell.isEmpty() || cell.equals("…") ? 1 : 0;
                text.append(',').append(cell);
            }
            text.append('\n');
        }
        text.append("注：生成的表\n数据来源：测试\n");
        CsvResult r = reader.read(text.toString().getBytes(StandardCharsets.UTF_8), "wide.csv", null);

        assertThat(r.recordsRead()).isEqualTo((long) rows.size() * years);
        assertThat(r.skipped()).isEqualTo(expectedSkipped);
        assertThat(r.indicators()).allSatisfy(i -> assertThat(i.region()).isEqualTo("全国"));
        assertReconciles(r);
    }

    @Provide
    Arbitrary<List<List<String>>> wideCells() {
        Arbitrary<String> cell = Arbitraries.oneOf(Arbitraries.of("", "…", "abc", "12a"),
                Arbitraries.doubles().between(-1e6, 1e6).ofScale(2).map(d -> String.valueOf(d)));
        return Arbitraries.integers().between(1, 6).flatMap(years -> cell.list().ofSize(years).list().ofMaxSize(20));
    }
}
