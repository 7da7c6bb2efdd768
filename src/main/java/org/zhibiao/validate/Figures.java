package org.zhibiao.validate;

import java.math.BigDecimal;
import java.math.MathContext;
import org.zhibiao.model.Indicator;
import org.zhibiao.model.Kind;
import org.zhibiao.model.Qualifier;

/** How figures are written in messages, and when two figures agree. */
final class Figures {

    private Figures() {
    }

    /**
     * Kinds that may describe the same indicator: equal, or one unknown (null/OTHER). A share and a
     * growth rate in % are never the same figure, even with like subjects.
     */
    static boolean compatibleKinds(Indicator a, Indicator b) {
        return a.kind() == null || b.kind() == null || a.kind() == b.kind() || a.kind() == Kind.OTHER
                || b.kind() == Kind.OTHER;
    }

    /** 解决贷款9650万元 (subject, value as written, unit as written). */
    static String describe(Indicator i) {
        String value = plain(i.value());
        if (i.valueHigh() != null) {
            value = value + "-" + plain(i.valueHigh());
        }
        return nz(i.subject()) + value + nz(i.unit());
    }

    /** zhangdian-2021-indicators.csv 第8行 */
    static String where(Indicator i) {
        return nz(i.file()) + " 第" + i.line() + "行";
    }

    static String plain(BigDecimal d) {
        if (d == null) {
            return "?";
        }
        BigDecimal s = d.stripTrailingZeros();
        return (s.scale() < 0 ? s.setScale(0) : s).toPlainString();
    }

    static String nz(String s) {
        return s == null ? "" : s;
    }

    /**
     * Whether two figures in the same base unit agree: equal within the rounding of the less precise one
     * as written (4.1万 agrees with 41234), and allowing for 以上/以下/约/区间 qualifiers.
     */
    static boolean agree(Indicator a, Indicator b) {
        if (a.normalized() == null || b.normalized() == null) {
            return false;
        }
        BigDecimal tolerance = roundingOf(a).max(roundingOf(b));
        BigDecimal diff = a.normalized().subtract(b.normalized()).abs();
        if (diff.compareTo(tolerance) <= 0) {
            return true;
        }
        return within(a, b) || within(b, a);
    }

    /** True when {@code q}'s qualifier admits {@code other}'s value (超过200万 admits 210万). */
    private static boolean within(Indicator q, Indicator other) {
        BigDecimal v = other.normalized();
        BigDecimal low = q.normalized();
        Qualifier qualifier = q.qualifier() == null ? Qualifier.EXACT : q.qualifier();
        switch (qualifier) {
            case AT_LEAST:
                return v.compareTo(low) >= 0;
            case AT_MOST:
                return v.compareTo(low) <= 0;
            case ABOUT:
                return v.subtract(low).abs().compareTo(low.abs().multiply(new BigDecimal("0.05"))) <= 0;
            case RANGE:
                BigDecimal high = normalizedHigh(q);
                return high != null && v.compareTo(low) >= 0 && v.compareTo(high) <= 0;
            default:
                return false;
        }
    }

    private static BigDecimal normalizedHigh(Indicator q) {
        if (q.valueHigh() == null || q.value() == null || q.value().signum() == 0) {
            return null;
        }
        return q.valueHigh().multiply(q.normalized()).divide(q.value(), MathContext.DECIMAL64);
    }

    /** Half a unit of the last written digit, in the base unit: 4.1万 -> 500. */
    private static BigDecimal roundingOf(Indicator i) {
        if (i.value() == null || i.value().signum() == 0 || i.normalized() == null) {
            return BigDecimal.ZERO;
        }
        int scale = Math.max(0, i.value().stripTrailingZeros().scale());
        BigDecimal multiplier = i.normalized().divide(i.value(), MathContext.DECIMAL64).abs();
        return BigDecimal.ONE.movePointLeft(scale).multiply(multiplier).divide(BigDecimal.valueOf(2),
                MathContext.DECIMAL64);
    }
}
