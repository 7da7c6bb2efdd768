package org.zhibiao.quantity;

import java.math.BigDecimal;
import org.zhibiao.model.Kind;

/**
 * Numbers with a unit that still state no measured quantity: names and slogans (“五个一”, 三次产业), articles
 * (一批, 一个), ordinal sessions (十四届四次全委会议, 七次、八次全会), the text's own structure (以下五个方面) and company names
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
        if (isSessionOrdinal(text, candidate, unitEnd)) {
            return true;
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
     * The text's own structure, not a measured quantity: 以下五个方面, 以上四项支出, 四个方面, session ordinals
     * (七次、八次全会), 跨过两个万亿元大关.
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
        return candidate.unit != null && candidate.unit.written().equals("个") && unitEnd < text.length()
                && QuantityScanner.isUnitChar(text.charAt(unitEnd));
    }

    /** Meetings that are numbered by session: 四次全会 is the fourth plenary session, not four of them. */
    private static final WordList SESSIONS = new WordList("全会", "全体会议", "全委会", "全委会议", "全委扩大会议",
        "代表大会", "党代会", "人代会");

    /** Verbs that count meetings (召开两次全体会议): after them N次 is a number of sessions. */
    private static final WordList HOLDING = new WordList("召开", "召开了", "举行", "举行了", "开了", "共召开", "累计召开");

    /**
     * Session ordinals: N次 directly before a session noun (七次全会, 八次全体会议, 二十次代表大会) numbers the session;
     * 两 never numbers one, and after a verb of holding (召开三次全体会议) it is a count.
     */
    static boolean isSessionOrdinal(String text, Candidate candidate, int unitEnd) {
        if (candidate.unit == null || !candidate.unit.written().equals("次") || !SESSIONS.startsAt(text, unitEnd)) {
            return false;
        }
        int at = candidate.numberStart;
        if (text.charAt(at) == '两') {
            return false;
        }
        for (int length = 2; length <= 4; length++) {
            if (at - length >= 0 && HOLDING.contains(text.substring(at - length, at))) {
                return false;
            }
        }
        return true;
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
