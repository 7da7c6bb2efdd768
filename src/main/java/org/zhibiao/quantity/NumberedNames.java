package org.zhibiao.quantity;

/**
 * Numerals with a measure word that name something or say nothing exact, by family rather than by phrase:
 * <ul>
 * <li>sports events named by their number of disciplines: 铁人三项世界杯, 现代五项赛, 十项全能 (but 三项赛事 counts);</li>
 * <li>structure names of paired numerals: 四级三类 (planning system), 两横三纵, 三区三线;</li>
 * <li>the number of digits: 两位数增长, 三位数;</li>
 * <li>vague numbers: 数十个国家, 几十万人, 数百家.</li>
 * </ul>
 */
final class NumberedNames {

    /** After N项, these make it an event's name. 赛 alone counts only when not 赛事 (三项赛事 = three events). */
    private static final String[] EVENT_WORDS = {"世界杯", "锦标赛", "全能", "公开赛", "联赛", "大奖赛", "冠军赛", "世锦赛"};

    private NumberedNames() {
    }

    /** True when the candidate (number from numberStart, its unit ending at {@code unitEnd}) is no quantity. */
    static boolean isName(String text, Candidate candidate, int unitEnd) {
        return isSportsEvent(text, candidate, unitEnd) || isPairedStructure(text, candidate)
                || isDigitCount(text, candidate, unitEnd) || isVague(text, candidate);
    }

    private static boolean isSportsEvent(String text, Candidate candidate, int unitEnd) {
        if (!candidate.chinese || candidate.unit == null || !candidate.unit.written().equals("项")) {
            return false;
        }
        for (String word : EVENT_WORDS) {
            if (QualifierRules.regionMatches(text, unitEnd, word)) {
                return true;
            }
        }
        return QualifierRules.regionMatches(text, unitEnd, "赛") && !QualifierRules.regionMatches(text, unitEnd, "赛事");
    }

    /** 四级三类, 两横三纵: a one-character numeral and word right before another one-character numeral. */
    private static boolean isPairedStructure(String text, Candidate candidate) {
        int at = candidate.numberStart;
        if (!candidate.chinese || candidate.numberEnd - at > 2 || at < 2) {
            return false;
        }
        char word = text.charAt(at - 1);
        char numeral = text.charAt(at - 2);
        boolean singleNumeral = at < 3 || !ChineseNumerals.isNumeralChar(text.charAt(at - 3));
        return "一二三四五六七八九两".indexOf(numeral) >= 0 && singleNumeral // 地壹街两个: a capital is a name's && word >= '\u4e00' && word <= '\u9fff'
                && !ChineseNumerals.isNumeralChar(word) && "是要和与及或、的第".indexOf(word) < 0;
    }

    /** 两位数增长: 位 followed by 数 counts digits, not people. */
    private static boolean isDigitCount(String text, Candidate candidate, int unitEnd) {
        return candidate.unit != null && candidate.unit.written().equals("位") && unitEnd < text.length()
                && text.charAt(unitEnd) == '数';
    }

    /** 数十个, 几十万人, 数百家: a Chinese numeral after 数 or 几 is vague. */
    private static boolean isVague(String text, Candidate candidate) {
        int at = candidate.numberStart;
        return candidate.chinese && at > 0 && (text.charAt(at - 1) == '数' || text.charAt(at - 1) == '几')
                && ChineseNumerals.smallUnit(text.charAt(at)) > 0;
    }
}
