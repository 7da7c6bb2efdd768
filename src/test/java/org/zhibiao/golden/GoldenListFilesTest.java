package org.zhibiao.golden;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
import org.assertj.core.api.SoftAssertions;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.zhibiao.model.Kind;
import org.zhibiao.model.Qualifier;

/**
 * Guards the golden lists themselves against slips of the hand: each row must point at its text in the
 * source file and be arithmetically consistent. (Whether a row belongs in the list is a human decision,
 * recorded in docs/golden.md.)
 */
class GoldenListFilesTest {

    private static final Set<String> SECTIONS = Set.of("经济运行", "产业基础", "改革开放", "城市品质", "民生保障", "未分类");
    private static final Pattern ASCII_DIGIT = Pattern.compile("[0-9]");
    /** Units whose leading 千 belongs to the unit itself, not a multiplier. */
    private static final Set<String> KILO_UNITS = Set.of("千瓦", "千瓦时", "千米", "千克");
    /** Kinds whose figure carries no unit (CPI 102.1, 当量浓度比 0.77): unit and base unit are empty. */
    private static final Set<Kind> UNITLESS = Set.of(Kind.INDEX, Kind.RATIO);

    @ParameterizedTest(name = "{0}")
    @EnumSource(GoldenDocuments.class)
    void everyRowStandsOnItsLineAndIsConsistent(GoldenDocuments doc) {
        List<String> lines = doc.sourceLines();
        List<GoldenList.Row> rows = doc.golden().rows();
        assertThat(rows).isNotEmpty();
        SoftAssertions soft = new SoftAssertions();
        for (GoldenList.Row row : rows) {
            String where = doc.goldenResource + " " + row.describe();
            soft.assertThat(row.line()).as(where).isBetween(1, lines.size());
            if (row.line() >= 1 && row.line() <= lines.size()) {
                soft.assertThat(lines.get(row.line() - 1).replace("**", "")).as(where).contains(row.text());
            }
            if (ASCII_DIGIT.matcher(row.text()).find()) {
                soft.assertThat(row.text().replace(" ", "")).as(where)
                        .contains(row.value().abs().toPlainString());
            }
            soft.assertThat(row.normalized()).as(where + ": normalized = value x unit multiplier")
                    .isEqualByComparingTo(row.value().multiply(multiplier(row)));
            soft.assertThat(row.subject()).as(where).isNotBlank();
            if (UNITLESS.contains(row.kind())) {
                soft.assertThat(row.unit() + row.baseUnit()).as(where + ": an index or ratio has no unit").isEmpty();
            } else {
                soft.assertThat(row.baseUnit()).as(where).isNotBlank();
            }
            soft.assertThat(row.section().isEmpty() || SECTIONS.contains(row.section())).as(where).isTrue();
            if (doc.sectioned) {
                soft.assertThat(row.section()).as(where).isNotEmpty();
            }
            if (row.kind() == Kind.GROWTH_RATE || row.kind() == Kind.PERCENT) {
                soft.assertThat(row.baseUnit()).as(where).isEqualTo("%");
            }
            if (row.kind() == Kind.MONEY) {
                soft.assertThat(row.baseUnit()).as(where).endsWith("元");
            }
            if (row.qualifier() == Qualifier.RANGE) {
                soft.assertThat(row.text()).as(where).containsPattern("[至到~\\-－—]");
            }
        }
        soft.assertAll();
    }

    @ParameterizedTest(name = "{0}")
    @EnumSource(GoldenDocuments.class)
    void noRowIsListedTwice(GoldenDocuments doc) {
        Set<String> seen = new HashSet<>();
        for (GoldenList.Row row : doc.golden().rows()) {
            assertThat(seen.add(row.line() + "|" + row.text() + "|" + row.subject()))
                    .as("duplicate row " + row.describe()).isTrue();
        }
    }

    private static BigDecimal multiplier(GoldenList.Row row) {
        String unit = row.unit();
        if (unit.startsWith("万亿")) {
            return BigDecimal.TEN.pow(12);
        }
        if (unit.startsWith("亿")) {
            return BigDecimal.TEN.pow(8);
        }
        if (unit.startsWith("万") && unit.length() > 1) {
            return BigDecimal.TEN.pow(4);
        }
        if (unit.startsWith("千") && unit.length() > 1 && !KILO_UNITS.contains(unit)) {
            return BigDecimal.TEN.pow(3);
        }
        return BigDecimal.ONE;
    }
}
