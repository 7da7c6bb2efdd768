package org.zhibiao.quantity;

import java.math.BigDecimal;

/**
 * Reads one isolated number expression to its value: 两百, 4.1万, 3万4000, 壹仟玖佰, 负十一, 十多万 (the 多
 * is a qualifier, the value is 100000), 1,050,000,000. Returns null when the whole string is not a number.
 * Used by the peer-suite runners and by anyone who holds a number already cut out of its text.
 */
public final class NumberReader {

    private NumberReader() {
    }

    public static BigDecimal read(String expression) {
        if (expression == null) {
            return null;
        }
        String s = expression.strip();
        boolean negative = false;
        if (!s.isEmpty() && "负負-－−".indexOf(s.charAt(0)) >= 0) {
            negative = true;
            s = s.substring(1);
        }
        StringBuilder cleaned = new StringBuilder(s.length());
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            boolean grouping = (c == ',' || c == '，') && i > 0 && i + 4 <= s.length()
                    && isDigits(s, i + 1, i + 4) && QuantityScanner.isArabicDigit(s.charAt(i - 1));
            if (grouping || ((c == '余' || c == '多') && i > 0)) {
                continue;
            }
            cleaned.append(c);
        }
        if (cleaned.length() == 0) {
            return null;
        }
        BigDecimal value = ChineseNumerals.parse(cleaned, 0, cleaned.length());
        if (value == null) {
            value = ChineseNumerals.parseDigits(cleaned, 0, cleaned.length()); // 一二三 on its own is 123
        }
        if (value == null) {
            return null;
        }
        return negative ? value.negate() : value;
    }

    private static boolean isDigits(String s, int from, int to) {
        for (int i = from; i < to; i++) {
            if (!QuantityScanner.isArabicDigit(s.charAt(i))) {
                return false;
            }
        }
        return true;
    }
}
