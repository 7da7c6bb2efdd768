package org.zhibiao.quantity;

import java.math.BigDecimal;
import java.util.Set;
import org.zhibiao.model.Kind;
import org.zhibiao.model.Status;

/**
 * What the words around a number say about it: its kind (a % after 增长 is a growth rate), the sign of a
 * growth rate (下降/减少/回落 make it negative) and its status (预计 → estimate; 目标/力争/预期/计划 → target).
 * Both are decided from the clause around the number, never from the whole document.
 */
final class ContextRules {

    /** Direction read before a percentage. */
    enum Direction { UP, DOWN, LEVEL, NONE }

    private static final String[] UP = {"增长率", "增速", "增幅", "涨幅", "增长", "增加", "提高", "上升", "上涨", "提升",
        "攀升", "增", "涨"};
    private static final String[] DOWN = {"负增长", "降幅", "下降", "减少", "回落", "降低", "下跌", "下滑", "收窄", "减",
        "降", "跌"};
    private static final Set<String> UP_SET = Set.of(UP);
    private static final Set<String> DOWN_SET = Set.of(DOWN);
    private static final String DIRECTION_LAST_CHARS = lastChars(UP) + lastChars(DOWN);
    /** Rates whose value is a growth rate even when something moves it (增速回落至5%). */
    private static final String[] RATE_WORDS = {"增长率", "增速", "增幅", "涨幅", "降幅"};
    /** Words between a direction word and the number that keep it a growth (增长了5%, 分别增长). */
    private static final String GAP_FILLERS = "了为达分别约近超过逾是同比左右高低目标预期在定 　"; // 增长目标定为8%
    /** Bounds every look-back, so a text without sentence ends still costs linear time. */
    static final int MAX_LOOK_BACK = 400;
    private static final String CLAUSE_ENDS = "，,；;。！？!?\n：:";
    private static final String SENTENCE_ENDS = "。！？!?\n";
    private static final String PART_ENDS = "。！？!?\n；;";
    private static final String[] TARGET_WORDS = {"力争", "预期", "目标", "计划", "争取",
        // 将 alone is also 把 (将厂房改造为…, often in a review); only its future-tense company counts.
        "今年将", "明年将", "还将", "将于", "即将", "将建成", "将开工", "将完成", "将新增", "将实现", "将达到", "拟"};
    private static final String[] SENTENCE_TARGET_WORDS = {"预期目标", "主要目标", "目标是", "目标为", "目标："};

    private ContextRules() {
    }

    /** Kind from the unit, made a growth rate (signed) when a direction word leads to a percentage. */
    static void applyKind(String text, Candidate c) {
        if (c.kind != null) {
            return;
        }
        Kind kind = c.unit.kind();
        if (!c.denominatorBase.isEmpty()) {
            kind = kind == Kind.MONEY ? Kind.MONEY : Kind.OTHER;
        }
        c.kind = kind;
        if (kind == Kind.PERCENT && c.unit.base().equals("%")) {
            applyDirection(c, direction(text, clauseStart(text, c.start, CLAUSE_ENDS), c.start));
        }
    }

    /** Sets PERCENT or GROWTH_RATE and the sign for a percentage, given the direction its words show. */
    static void applyDirection(Candidate c, Direction direction) {
        if (direction == Direction.UP || direction == Direction.DOWN) {
            c.kind = Kind.GROWTH_RATE;
            boolean negative = direction == Direction.DOWN;
            if (negative != c.negated && c.value.signum() != 0) {
                BigDecimal low = c.value.negate();
                if (c.valueHigh != null) {
                    c.value = c.valueHigh.negate();
                    c.valueHigh = low;
                } else {
                    c.value = low;
                }
                c.negated = negative;
            }
        } else if (c.kind == Kind.GROWTH_RATE && direction == Direction.LEVEL) {
            c.kind = Kind.PERCENT;
        }
    }

    /** The direction word nearest before {@code end} in text[from, end), if it leads to the number. */
    static Direction direction(String text, int from, int end) {
        // walk back once from the number; at each place look up the words (1-3 characters) that end there
        int bestEnd = -1;
        String best = null;
        for (int stop = end; stop > from && best == null; stop--) {
            if (DIRECTION_LAST_CHARS.indexOf(text.charAt(stop - 1)) < 0) {
                continue;
            }
            for (int length = Math.min(3, stop - from); length > 0; length--) {
                String word = text.substring(stop - length, stop);
                if (UP_SET.contains(word) || DOWN_SET.contains(word)) {
                    best = word;
                    bestEnd = stop;
                    break;
                }
            }
        }
        if (best == null) {
            return Direction.NONE;
        }
        boolean up = UP_SET.contains(best);
        String gap = text.substring(bestEnd, end);
        if (gap.indexOf('到') >= 0 || gap.indexOf('至') >= 0) {
            return hasRateWord(text, from, end) ? Direction.UP : Direction.LEVEL; // 提高到60% is a level
        }
        for (int i = 0; i < gap.length(); i++) {
            if (GAP_FILLERS.indexOf(gap.charAt(i)) < 0) {
                return hasRateWord(text, from, end) ? Direction.UP : Direction.NONE; // 对增长的贡献率为30%
            }
        }
        if (isRateWord(best)) {
            return best.equals("降幅") ? Direction.DOWN : Direction.UP;
        }
        return up ? Direction.UP : Direction.DOWN;
    }

    static String lastChars(String[] words) {
        StringBuilder chars = new StringBuilder();
        for (String word : words) {
            char last = word.charAt(word.length() - 1);
            if (chars.indexOf(String.valueOf(last)) < 0) {
                chars.append(last);
            }
        }
        return chars.toString();
    }

    private static boolean hasRateWord(String text, int from, int end) {
        for (String word : RATE_WORDS) {
            if (lastIndexIn(text, word, from, end) >= 0) {
                return true;
            }
        }
        return false;
    }

    private static boolean isRateWord(String word) {
        for (String rate : RATE_WORDS) {
            if (rate.equals(word)) {
                return true;
            }
        }
        return false;
    }

    /** ESTIMATE or TARGET when the clause (or a sentence that opens with 预期目标是) says so, else null. */
    static Status explicitStatus(String text, int at) {
        int sentence = clauseStart(text, at, SENTENCE_ENDS);
        if (!anyOf(text, sentence, at, "预力目计争将拟")) {
            return null; // one cheap pass: no status word can start in this sentence
        }
        int clause = clauseStart(text, at, CLAUSE_ENDS);
        if (indexIn(text, "预计", clause, at) >= 0) {
            return Status.ESTIMATE;
        }
        if (indexIn(text, "争取到", clause, at) >= 0) {
            return null; // 争取到中央资金3.2亿元: secured, whatever the sentence planned before
        }
        // 全年计划投资12.7亿元，实施重点项目17个: a plan word governs the rest of its sentence part
        int part = clauseStart(text, at, PART_ENDS);
        for (String word : TARGET_WORDS) {
            int found = indexIn(text, word, part, at);
            if (found >= 0 && isAboutTheFuture(text, clauseStart(text, found, CLAUSE_ENDS), found, word)) {
                return Status.TARGET;
            }
        }
        for (String word : SENTENCE_TARGET_WORDS) {
            if (indexIn(text, word, sentence, at) >= 0) {
                return Status.TARGET;
            }
        }
        return null;
    }

    private static boolean anyOf(String text, int from, int to, String chars) {
        for (int i = from; i < to; i++) {
            if (chars.indexOf(text.charAt(i)) >= 0) {
                return true;
            }
        }
        return false;
    }

    /** 完成年度目标任务的233.3% and 与计划目标持平 look back at a plan; they are not targets. */
    private static boolean isAboutTheFuture(String text, int clause, int found, String word) {
        int after = found + word.length();
        if (after < text.length() && "，,。；;、）)”》和等的".indexOf(text.charAt(after)) >= 0) {
            return false; // 支持计划，/ 提振预期、/ 主要目标，: the word names a programme or a notion
        }
        if (QualifierRules.regionMatches(text, after, "任务") || QualifierRules.regionMatches(text, after, "目标任务")) {
            return false;
        }
        String before = text.substring(clause, found);
        if (word.equals("预期") && QualifierRules.regionMatches(text, after, "寿命")) {
            return false; // 人均预期寿命: a measured life expectancy
        }
        if (word.equals("争取") && after < text.length() && ("到了".indexOf(text.charAt(after)) >= 0
                || QualifierRules.regionMatches(text, after, "工作") || QualifierRules.regionMatches(text, after, "力度"))) {
            return false; // 争取到/争取了: secured, in the past; 资金争取工作: the work, a noun
        }
        if (word.equals("计划") && (isProjectStatistic(text, found, after) || isProgrammeName(text, before, after))) {
            return false;
        }
        return !(before.contains("完成") || before.contains("超额") || before.contains("与") || before.contains("比")
                || before.contains("较"));
    }

    /**
     * 计划总投资 and a project's 计划投资 are statistics of the projects listed (their planned total cost), not a
     * target of the report; only a year's plan (全年计划投资, 今年计划投资) is one.
     */
    private static boolean isProjectStatistic(String text, int found, int after) {
        if (QualifierRules.regionMatches(text, after, "总投资")) {
            return true;
        }
        return QualifierRules.regionMatches(text, after, "投资") && (found == 0 || text.charAt(found - 1) != '年');
    }

    /**
     * 国家重点研发计划, 入选省“百人计划”12人: a programme's name says nothing about status. The name is either
     * followed by what belongs to the programme (项目 课题 专项 资助 入选 人选 立项 支持) or entered (入选 列入 获批 纳入
     * 承担 before it).
     */
    private static boolean isProgrammeName(String text, String before, int after) {
        for (String word : PROGRAMME_PARTS) {
            if (QualifierRules.regionMatches(text, after, word)) {
                return true;
            }
        }
        for (String verb : PROGRAMME_ENTRY) {
            if (before.contains(verb)) {
                return true;
            }
        }
        return false;
    }

    private static final String[] PROGRAMME_PARTS = {"项目", "课题", "专项", "资助", "入选", "人选", "立项", "支持", "”"};
    private static final String[] PROGRAMME_ENTRY = {"入选", "列入", "获批", "纳入", "承担", "实施了"};

    /** Start of the clause (or sentence) around {@code at}; never looks back further than a long sentence. */
    static int clauseStart(String text, int at, String ends) {
        int i = Math.min(at, text.length()) - 1;
        int stop = Math.max(-1, at - MAX_LOOK_BACK);
        while (i > stop && ends.indexOf(text.charAt(i)) < 0) {
            i--;
        }
        return i + 1;
    }

    /** First occurrence of word inside text[from, to), or -1; never looks outside the window. */
    static int indexIn(String text, String word, int from, int to) {
        for (int at = Math.max(0, from); at + word.length() <= to; at++) {
            if (text.startsWith(word, at)) {
                return at;
            }
        }
        return -1;
    }

    /** Last occurrence of word inside text[from, to), or -1. */
    static int lastIndexIn(String text, String word, int from, int to) {
        for (int at = Math.min(to, text.length()) - word.length(); at >= Math.max(0, from); at--) {
            if (text.startsWith(word, at)) {
                return at;
            }
        }
        return -1;
    }
}
