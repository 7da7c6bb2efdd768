package org.zhibiao.quantity;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class ChineseNumeralsTest {

    @ParameterizedTest(name = "{0} = {1}")
    @CsvSource({
        "五十四万亿, 54000000000000", "两百, 200", "七点二, 7.2", "一万二, 12000", "三千五, 3500",
        "壹仟玖佰, 1900", "二〇三五, 2035", "十, 10", "十五, 15", "一百零五, 105", "三亿五千万, 350000000",
        "十亿四千万, 1040000000", "一百一十四万亿, 114000000000000", "拾万零五十六点叁叁, 100056.33",
        "3万4000, 34000", "1千零1, 1001", "10.1万, 101000", "一百十六, 116", "九千六百, 9600"})
    void reads(String numeral, String expected) {
        assertThat(ChineseNumerals.parse(numeral, 0, numeral.length())).isEqualByComparingTo(expected);
    }

    @ParameterizedTest
    @ValueSource(strings = {"十四五", "三四", "二三十", "万", "百十一", "十一十二", "点一", "零点"})
    void rejectsNamesAndVagueNumbers(String numeral) {
        assertThat(ChineseNumerals.parse(numeral, 0, numeral.length())).isNull();
    }

    @ParameterizedTest(name = "{0} = {1}")
    @CsvSource({"负十一, -11", "十多万, 100000", "'1,050,000,000', 1050000000", "４，５６５, 4565", "-10.1万, -101000"})
    void numberReaderReadsWholeExpressions(String expression, String expected) {
        assertThat(NumberReader.read(expression)).isEqualByComparingTo(expected);
    }
}
