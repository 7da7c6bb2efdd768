package org.zhibiao.csv;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.zhibiao.model.Kind;

/** The small unit table of the CSV reader and how value cells are read. */
class CellAndUnitTest {

    @ParameterizedTest(name = "{0} {1} -> {2} {3} {4}")
    @CsvSource({
            "49670.2, 亿元, 4967020000000, 元, MONEY",
            "9650, 万元, 96500000, 元, MONEY",
            "5, 千元, 5000, 元, MONEY",
            "6253, 万美元, 62530000, 美元, MONEY",
            "95749, 元, 95749, 元, MONEY",
            "1.2, 万元/人, 12000, 元/人, MONEY",
            "2183, 万人, 21830000, 人, PEOPLE",
            "4.1, 万名, 41000, 人, PEOPLE",
            "12, 万人次, 120000, 人次, PEOPLE",
            "36, 家, 36, 家, COUNT",
            "81.9, 万平方米, 819000, 平方米, AREA",
            "1500, 亩, 1500, 亩, AREA",
            "3, 千米, 3, 公里, LENGTH",
            "7, 万千瓦时, 70000, 千瓦时, ENERGY",
            "2.5, 万吨, 25000, 吨, WEIGHT",
            "102, ％, 102, %, PERCENT",
            "1.2, 个百分点, 1.2, 个百分点, PERCENT_POINT",
            "3, 倍, 3, 倍, MULTIPLE",
            "20, 坨, 20, 坨, OTHER",
            "20, '', 20, '', OTHER"})
    void unitsNormalize(String value, String unit, String normalized, String baseUnit, Kind kind) {
        CsvUnits.UnitInfo info = CsvUnits.lookup(unit);

        assertThat(CsvUnits.normalize(new BigDecimal(value), info).toPlainString()).isEqualTo(normalized);
        assertThat(info.baseUnit()).isEqualTo(baseUnit);
        assertThat(info.kind()).isEqualTo(kind);
    }

    @ParameterizedTest(name = "[{0}] -> {1} {2} {3}")
    @CsvSource(delimiter = '|', value = {
            "49670.2|NUMBER|49670.2|''",
            "  -3 |NUMBER|-3|''",
            "+5|NUMBER|5|''",
            "１２３．５|NUMBER|123.5|''",
            "1,450,000|NUMBER|1450000|''",
            "1 234|NUMBER|1234|''",
            "23.1%|NUMBER|23.1|%",
            "23.1 ％|NUMBER|23.1|%",
            "9650万元|NUMBER|9650|万元",
            "20家|NUMBER|20|家",
            "''|BLANK||''",
            "…|PLACEHOLDER||''",
            "--|PLACEHOLDER||''",
            "—|PLACEHOLDER||''",
            "abc|NOT_A_NUMBER||''",
            "81,9|NOT_A_NUMBER||''",
            "12坨|NOT_A_NUMBER||''",
            "1e999999|NOT_A_NUMBER||''",
            "=SUM(A1:A2)|NOT_A_NUMBER||''"})
    void valueCells(String cell, CellValue.Type type, String number, String unit) {
        CellValue v = CellValue.parse(cell);

        assertThat(v.type()).isEqualTo(type);
        assertThat(v.number() == null ? null : v.number().toPlainString()).isEqualTo(number);
        assertThat(v.unit()).isEqualTo(unit);
    }
}
