package org.zhibiao.quantity;

import org.zhibiao.model.Kind;

/**
 * Size classes: a bound followed by the noun it classifies names a class of things, not a measured quantity
 * (30户以上自然村, 30万千瓦以下燃煤机组, 年吞吐量100万吨以上的港口, 80岁以上老年人, 5000万元以上项目). The count of
 * the class, if the text gives one, is a quantity of its own (亿元以上项目35个).
 *
 * <p>A generic counter of the noun itself (5家以上企业, 20个以上村) still counts the noun (at least 5 企业), and a
 * percentage (增长6%以上的目标) is never a class bound.
 */
final class SizeClasses {

    /** Counters that count the noun right after them; with these, 以上 + noun is an approximate count. */
    private static final String OWN_COUNTERS = "个家项所名人位条座只台辆件套部种批";
    /** After 以上/以下, these do not start the classified noun: punctuation, links, verbs and level words. */
    private static final String NOT_A_NOUN_START = "，,。；;、：:）)”》和与及或并且而是为的了在到至增减提降占达水目标左均都将要已就分";

    private SizeClasses() {
    }

    /**
     * True when the candidate (unit found, bound word 以上/以下/及以上 ending at {@code boundEnd}) is a size class.
     */
    static boolean isThreshold(String text, Candidate candidate, int boundEnd) {
        if (candidate.unit == null || candidate.unit.kind() == Kind.PERCENT
                || candidate.unit.kind() == Kind.PERCENT_POINT || candidate.unit.kind() == Kind.GROWTH_RATE) {
            return false;
        }
        String unit = candidate.unit.written();
        if (unit.isEmpty()) {
            return false; // 2万以上孕产妇: the noun is what is counted (ImpliedUnits)
        }
        if (candidate.denominator.isEmpty() && unit.length() == 1 && OWN_COUNTERS.indexOf(unit.charAt(0)) >= 0) {
            return false;
        }
        int at = boundEnd;
        if (at < text.length() && text.charAt(at) == '的') {
            at++; // 100万吨以上的港口
        }
        if (at >= text.length()) {
            return false;
        }
        char c = text.charAt(at);
        return isCjk(c) && NOT_A_NOUN_START.indexOf(c) < 0 && !QuantityScanner.isArabicDigit(c)
                && !ChineseNumerals.isNumeralChar(c);
    }

    /**
     * 0—6岁儿童, 3岁以下婴幼儿, 满3岁即入园: an age followed by the people it delimits (or a condition) is an age band,
     * not a measured age; a measured age (人均预期寿命78.9岁) ends its clause.
     */
    static boolean isAgeBand(String text, Candidate candidate, int end) {
        if (candidate.unit == null || candidate.unit.kind() != Kind.AGE || end >= text.length()) {
            return false;
        }
        char c = text.charAt(end);
        return isCjk(c) && "和与及或、是".indexOf(c) < 0;
    }

    private static boolean isCjk(char c) {
        return c >= '\u4e00' && c <= '\u9fff';
    }
}
