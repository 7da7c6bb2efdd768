package org.zhibiao.quantity;

/**
 * Set phrases that look like a numeral with a measure word but name something (三次产业 = the three sectors,
 * 五位一体 = a policy formula, 两个确立 = a slogan). General rules catch most names (a numeral right after an
 * opening quote, a numeral without a unit, 十四五 not being a well-formed numeral); this short list covers the
 * ones that are written without quotes and happen to have a unit character after the numeral. Whole families
 * (sports events such as 铁人三项, paired structure names such as 四级三类, vague numbers) are rules in
 * {@link NumberedNames}, not entries here.
 */
final class FixedPhrases {

    private static final String[] PHRASES = {
        "三次产业", "二次产业", "一二三产业", "二次创业", "二次开发", "三次分配", "二次分配",
        "三位一体", "四位一体", "五位一体", "两个确立", "两个维护", "两个毫不动摇", "两个大局", "两个一百年",
        "两个结合", "两个务必", "三个务必", "三个代表", "四个意识", "四个自信", "四个全面", "五个一", "两个中心",
        "两个健康", "三个转变", "三个一批", "四个一批", "八项规定", "两项制度", "三项制度", "五项管理", "三个区分开来",
        "两个先行", "三个没有变", "四项基本原则", "五项原则", "两个市场", "两种资源", "三件大事", "两个根本",
        "三步走", "两步走",
        // place names that begin with a numeral and a measure word
        "五台山", "七台河", "三门峡", "五家渠", "六盘水", "九台", "十堰"};

    private FixedPhrases() {
    }

    /** True when a set phrase covers the numeral that starts at {@code at} (两个维护 covers 两). */
    static boolean startsAt(CharSequence text, int at) {
        if (at >= text.length() || !ChineseNumerals.isNumeralChar(text.charAt(at))) {
            return false;
        }
        char c = text.charAt(at);
        for (String phrase : PHRASES) {
            for (int offset = phrase.indexOf(c); offset >= 0; offset = phrase.indexOf(c, offset + 1)) {
                if (QualifierRules.regionMatches(text, at - offset, phrase)) {
                    return true;
                }
            }
        }
        return false;
    }
}
