package org.zhibiao.quantity;

import java.math.BigDecimal;
import org.zhibiao.model.Kind;

/**
 * Numbers with a unit that still state no measured quantity: names and slogans (“五个一”, 三次产业), articles
 * (一批, 一个), ordinal sessions (十四届四次全委会议), the text's own structure (以下五个方面) and company names
 * (三元). Years, dates, footnotes and list markers need no rule here: they have no unit.
 */
final class NameRules {

    private static final String QUOTES_OPEN = "“‘「《\"";

    private NameRules() {
    }

    /** True when the candidate (number, multiplier and unit found; {@code unitEnd} after the unit) is a name. */
    static boolean isNotAQuantity(String text, Candidate candidate, int unitEnd) {
        int at = candidate.numberStart;
        if (candidate.chinese && at > 0 && QUOTES_OPEN.indexOf(text.charAt(at - 1)) >= 0) {
            return true; // “五个一”, “两个确立”: names
        }
        if (candidate.chinese && !isChineseQuantity(text, candidate)) {
            return true;
        }
        if (at > 0 && text.charAt(at - 1) == '届') {
            return true; // 十四届四次全委会议: an ordinal session
        }
        if (candidate.chinese && isTextStructure(text, candidate, unitEnd)) {
            return true;
        }
        if (candidate.unit != null && candidate.unit.written().equals("轮") && unitEnd < text.length()
                && "车汽摩驱电".indexOf(text.charAt(unitEnd)) >= 0) {
            return true; // 三轮汽车, 两轮电动车: vehicles, not rounds
        }
        return FixedPhrases.startsAt(text, at);
    }

    /**
     * The text's own structure, not a measured quantity: 以下五个方面, 以上四项支出, 四个方面, 七次、八次全会 (sessions
     * in a list of ordinals), 跨过两个万亿元大关.
     */
    private static boolean isTextStructure(String text, Candidate candidate, int unitEnd) {
        int at = candidate.numberStart;
        if (QualifierRules.regionMatches(text, at - 2, "以下") || QualifierRules.regionMatches(text, at - 2, "以上")
                || QualifierRules.regionMatches(text, at - 2, "如下")) {
            return true;
        }
        if (QualifierRules.regionMatches(text, unitEnd, "方面")) {
            return true;
        }
        if (candidate.unit != null && candidate.unit.written().equals("次") && at > 0 && text.charAt(at - 1) == '、'
                && (QualifierRules.regionMatches(text, unitEnd, "全会")
                        || QualifierRules.regionMatches(text, unitEnd, "全体会议"))) {
            return true;
        }
        return candidate.unit != null && candidate.unit.written().equals("个") && unitEnd < text.length()
                && QuantityScanner.isUnitChar(text.charAt(unitEnd));
    }

    /** Chinese numerals count only from 2 up (一批, 一个 are articles) and 二 alone never counts (二次创业). */
    private static boolean isChineseQuantity(String text, Candidate candidate) {
        boolean countLike = candidate.unit == null || candidate.unit.kind() == Kind.COUNT
                || candidate.unit.kind() == Kind.PEOPLE || candidate.unit.kind() == Kind.MULTIPLE;
        if (countLike && candidate.normalize(candidate.value).compareTo(BigDecimal.valueOf(2)) < 0) {
            return false; // 一批, 一个, 一项, 一人: articles; 一吨 and 一美元 are amounts
        }
        int numberLength = candidate.numberEnd - candidate.numberStart;
        if (text.charAt(candidate.numberStart) == '二' && numberLength <= 2 && candidate.multiplier.isEmpty()) {
            return false;
        }
        // 三元, 五元 written in words are names (三元乳业); amounts in words come with 百/千/万 (三万九千八百元)
        return !(candidate.unit != null && candidate.unit.written().equals("元") && candidate.multiplier.isEmpty()
                && candidate.value.compareTo(BigDecimal.TEN) < 0);
    }

}
