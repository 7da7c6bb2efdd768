package org.zhibiao.validate;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.zhibiao.model.Indicator;
import org.zhibiao.model.Kind;
import org.zhibiao.model.Qualifier;
import org.zhibiao.model.Severity;
import org.zhibiao.model.Source;
import org.zhibiao.model.Status;

/** When two figures in one base unit agree: rounding as written, and 以上/以下/约/区间. */
class FiguresTest {

    @ParameterizedTest(name = "{0}{1} ({2}) vs {4}{5} -> {7}")
    @CsvSource({
            "9650, 万元, EXACT, 96500000, 9650, 万元, 96500000, true",
            "9560, 万元, EXACT, 95600000, 9650, 万元, 96500000, false",
            "4.1, 万名, EXACT, 41000, 41234, 人, 41234, true",
            "4.1, 万名, EXACT, 41000, 41600, 人, 41600, false",
            "200, 万平方米, AT_LEAST, 2000000, 210, 万平方米, 2100000, true",
            "200, 万平方米, AT_LEAST, 2000000, 190, 万平方米, 1900000, false",
            "1500, 亩, AT_LEAST, 1500, 1500, 亩, 1500, true",
            "20, 家, AT_MOST, 20, 19, 家, 19, true",
            "7, %, ABOUT, 7, 7.3, %, 7.3, true",
            "7, %, ABOUT, 7, 8, %, 8, false",
            "9600, 万元, EXACT, 96000000, 9650, 万元, 96500000, false"})
    void agreement(String v1, String u1, Qualifier q1, String n1, String v2, String u2, String n2, boolean agree) {
        Indicator a = figure(v1, u1, q1, n1);
        Indicator b = figure(v2, u2, Qualifier.EXACT, n2);

        assertThat(Figures.agree(a, b)).isEqualTo(agree);
        assertThat(Figures.agree(b, a)).isEqualTo(agree);
    }

    private static Indicator figure(String value, String unit, Qualifier qualifier, String normalized) {
        return new Indicator(1, "张店区", 2021, "", "指标", new BigDecimal(value), null, unit,
                new BigDecimal(normalized), "x", Kind.OTHER, qualifier, Status.ACTUAL, Source.BODY, "", "f", 1,
                Severity.PASS, "");
    }
}
