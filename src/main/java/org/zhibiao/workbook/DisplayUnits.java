package org.zhibiao.workbook;

import java.math.BigDecimal;
import java.util.Set;

/**
 * The unit a panel row shows its values in. Counted base units (元, 人, 吨, 平方米 …) are shown in 亿 when the row's
 * largest value reaches 100 million, in 万 when it reaches 10,000, else as they are: 3,012亿元 reads better than
 * 301,200,000,000元, and one unit per row keeps the periods comparable. Percentages, indices, ranks, ratios and
 * multiples keep their unit. Applies to a whole panel row, never to one cell.
 */
final class DisplayUnits {

    private static final BigDecimal YI = new BigDecimal("100000000");
    private static final BigDecimal WAN = new BigDecimal("10000");
    /** Units that are not amounts: scaling them would change their meaning. */
    private static final Set<String> KEPT = Set.of("%", "‰", "倍", "位", "名", "百分点", "");

    /** A display unit and the divisor from the base unit. */
    record Display(String unit, BigDecimal divisor) {
        BigDecimal apply(BigDecimal value) {
            if (value == null) {
                return null;
            }
            BigDecimal shown = value.divide(divisor, 4, java.math.RoundingMode.HALF_UP).stripTrailingZeros();
            return shown.scale() < 0 ? shown.setScale(0) : shown;
        }
    }

    private DisplayUnits() {
    }

    /** @param largest the largest absolute value of the row, in {@code baseUnit} (null: none) */
    static Display of(String baseUnit, BigDecimal largest) {
        String unit = baseUnit == null ? "" : baseUnit;
        if (KEPT.contains(unit) || largest == null || unit.startsWith("万") || unit.startsWith("亿")) {
            return new Display(unit, BigDecimal.ONE);
        }
        if (largest.abs().compareTo(YI) >= 0) {
            return new Display("亿" + unit, YI);
        }
        if (largest.abs().compareTo(WAN) >= 0) {
            return new Display("万" + unit, WAN);
        }
        return new Display(unit, BigDecimal.ONE);
    }
}
