package org.zhibiao.quantity;

import java.math.BigDecimal;

/**
 * Chinese numerals to numbers: 五十四万亿, 两百, 七点二, 一万二 (= 12000), 壹仟玖佰, 二〇三五.
 *
 * <p>Parsing is strict: a run that is not a well-formed numeral (十四五, 二三十, 三四) gives null, because in
 * reports such runs are names (“十四五”) or vague amounts, never measured quantities.
 */
final class ChineseNumerals {

    private ChineseNumerals() {
    }

    /** Digit value of a Chinese digit character, or -1. */
    static int digit(char c) {
        switch (c) {
            case '〇': case '零': case '○': return 0;
            case '一': case '壹': case '幺': return 1;
            case '二': case '两': case '贰': case '貳': case '兩': case '倆': return 2;
            case '三': case '叁': case '參': return 3;
            case '四': case '肆': return 4;
            case '五': case '伍': return 5;
            case '六': case '陆': case '陸': return 6;
            case '七': case '柒': return 7;
            case '八': case '捌': return 8;
            case '九': case '玖': return 9;
            default: return -1;
        }
    }

    /** 10, 100, 1000 for 十/百/千 (and capitals), else 0. */
    static int smallUnit(char c) {
        switch (c) {
            case '十': case '拾': return 10;
            case '百': case '佰': return 100;
            case '千': case '仟': return 1000;
            default: return 0;
        }
    }

    /** 10^4 or 10^8 for 万/亿, else 0. */
    static long bigUnit(char c) {
        switch (c) {
            case '万': case '萬': return 10_000L;
            case '亿': case '億': return 100_000_000L;
            default: return 0;
        }
    }

    static boolean isNumeralChar(char c) {
        return digit(c) >= 0 || smallUnit(c) > 0 || bigUnit(c) > 0;
    }

    /** A numeral may start with a digit or 十 (十五); never with 百/千/万/亿 (百姓, 千方百计, 万一). */
    static boolean canStart(char c) {
        return digit(c) >= 0 || c == '十' || c == '拾';
    }

    /**
     * Parses text[from, to) or returns null when it is not a well-formed numeral. Arabic digit runs may stand
     * where a Chinese digit stands (3万4000, 1千零1, 10.1万, 一百点123), as cn2an's "smart" mode reads them.
     */
    static BigDecimal parse(CharSequence text, int from, int to) {
        if (from >= to) {
            return null;
        }
        int point = -1;
        for (int i = from; i < to; i++) {
            char c = text.charAt(i);
            if (c == '点' || c == '點') {
                if (point >= 0) {
                    return null;
                }
                point = i;
            }
        }
        if (point < 0) {
            return parseInteger(text, from, to);
        }
        BigDecimal whole = parseInteger(text, from, point);
        if (whole == null || point + 1 >= to) {
            return null;
        }
        StringBuilder fraction = new StringBuilder(to - point);
        for (int i = point + 1; i < to; i++) {
            char c = text.charAt(i);
            int d = isArabic(c) ? Character.digit(c, 10) : digit(c);
            if (d < 0) {
                return null;
            }
            fraction.append((char) ('0' + d));
        }
        return whole.add(new BigDecimal("0." + fraction));
    }

    private static BigDecimal parseInteger(CharSequence text, int from, int to) {
        if (from >= to) {
            return null;
        }
        boolean anyUnit = false;
        boolean anyArabic = false;
        for (int i = from; i < to; i++) {
            char c = text.charAt(i);
            if (smallUnit(c) > 0 || bigUnit(c) > 0) {
                anyUnit = true;
            } else if (isArabic(c) || c == '.' || c == '．') {
                anyArabic = true;
            } else if (digit(c) < 0) {
                return null;
            }
        }
        if (!anyUnit) {
            return anyArabic ? arabic(text, from, to) : parseDigitString(text, from, to);
        }
        BigDecimal total = BigDecimal.ZERO;   // amounts closed by 万/亿
        long lastBig = 0;                     // the last big unit seen
        BigDecimal section = BigDecimal.ZERO; // amount below the current big unit
        int lastSmall = 10_000;               // small units must fall within a section
        BigDecimal pending = null;            // a number waiting for its unit
        boolean pendingChineseDigit = false;  // 三万五 abbreviates; 3万4000 does not
        char previous = 0;
        char beforePending = 0;               // the unit just before a final digit (三千|五)
        int i = from;
        while (i < to) {
            char c = text.charAt(i);
            int small = smallUnit(c);
            long big = bigUnit(c);
            if (isArabic(c)) {
                if (pending != null) {
                    return null;
                }
                int end = i;
                while (end < to && (isArabic(text.charAt(end)) || text.charAt(end) == '.' || text.charAt(end) == '．')) {
                    end++;
                }
                pending = arabic(text, i, end);
                if (pending == null) {
                    return null;
                }
                pendingChineseDigit = false;
                previous = text.charAt(end - 1);
                i = end;
                continue;
            }
            int d = digit(c);
            if (d == 0) {
                if (pending != null && pending.signum() > 0) {
                    return null;
                }
                pending = null;
            } else if (d > 0) {
                if (pending != null) {
                    return null; // two digits in a row: 十四五, 三四
                }
                pending = BigDecimal.valueOf(d);
                pendingChineseDigit = true;
                beforePending = previous;
            } else if (small > 0) {
                if (small >= lastSmall) {
                    return null;
                }
                BigDecimal multiplicand;
                if (pending != null) {
                    multiplicand = pending;
                } else if (small == 10 && (i == from || bigUnit(previous) > 0 || digit(previous) == 0
                        || smallUnit(previous) >= 100)) {
                    multiplicand = BigDecimal.ONE; // 十五, 三万十, 一百零十, 一百十六
                } else {
                    return null;
                }
                section = section.add(multiplicand.multiply(BigDecimal.valueOf(small)));
                lastSmall = small;
                pending = null;
            } else {
                if (pending != null) {
                    section = section.add(pending);
                    pending = null;
                }
                if (section.signum() == 0 && total.signum() == 0) {
                    return null; // 万 alone
                }
                BigDecimal bigValue = BigDecimal.valueOf(big);
                if (lastBig != 0 && big > lastBig) {
                    // 五十四万亿: the larger unit multiplies all that came before
                    total = total.add(section).multiply(bigValue);
                } else {
                    if (section.signum() == 0) {
                        return null; // 亿万
                    }
                    total = total.add(section.multiply(bigValue));
                }
                lastBig = big;
                section = BigDecimal.ZERO;
                lastSmall = 10_000;
            }
            previous = c;
            i++;
        }
        if (pending != null) {
            int previousSmall = smallUnit(beforePending);
            long previousBig = bigUnit(beforePending);
            if (pendingChineseDigit && previousSmall >= 100) {
                section = section.add(pending.multiply(BigDecimal.valueOf(previousSmall / 10))); // 三千五 = 3500
            } else if (pendingChineseDigit && previousBig > 0) {
                total = total.add(pending.multiply(BigDecimal.valueOf(previousBig / 10))); // 三万五 = 35000
            } else {
                section = section.add(pending);
            }
        }
        return total.add(section);
    }

    private static boolean isArabic(char c) {
        return (c >= '0' && c <= '9') || (c >= '０' && c <= '９');
    }

    private static BigDecimal arabic(CharSequence text, int from, int to) {
        StringBuilder digits = new StringBuilder(to - from);
        for (int i = from; i < to; i++) {
            char c = text.charAt(i);
            if (c == '.' || c == '．') {
                digits.append('.');
            } else if (isArabic(c)) {
                digits.append((char) ('0' + Character.digit(c, 10)));
            } else {
                return null;
            }
        }
        try {
            return new BigDecimal(digits.toString());
        } catch (NumberFormatException e) {
            return null; // 10..1
        }
    }

    /** A string of digits without units read digit by digit (一二三 → 123), for isolated numbers only. */
    static BigDecimal parseDigits(CharSequence text, int from, int to) {
        StringBuilder digits = new StringBuilder(to - from);
        for (int i = from; i < to; i++) {
            int d = digit(text.charAt(i));
            if (d < 0) {
                return null;
            }
            digits.append((char) ('0' + d));
        }
        return digits.length() == 0 ? null : new BigDecimal(digits.toString());
    }

    /** 二〇三五 reads digit by digit; a lone digit is itself. Other digit strings (三四, 七八) are vague. */
    private static BigDecimal parseDigitString(CharSequence text, int from, int to) {
        if (to - from == 1) {
            return BigDecimal.valueOf(digit(text.charAt(from)));
        }
        boolean hasZero = false;
        StringBuilder digits = new StringBuilder(to - from);
        for (int i = from; i < to; i++) {
            int d = digit(text.charAt(i));
            hasZero |= d == 0;
            digits.append((char) ('0' + d));
        }
        return hasZero ? new BigDecimal(digits.toString()) : null;
    }
}
