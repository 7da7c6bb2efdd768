package org.zhibiao.quantity;

/**
 * Numbers without a unit that are still indicators because the word before them names a score, an index or a
 * ratio: 满意度91.3, 居民消费价格指数为102.1, CPI 102.1, PMI为50.2, 基尼系数0.32 (INDEX); 收入倍差1.74,
 * 城乡居民收入比为2.05 (RATIO, read as 2.05:1). Only filler (为 是 达 达到 保持在 a colon or a space) may stand
 * between the word and the number, so 指数基金3只 or 满意度调查12次 keep their own units.
 */
final class IndexValues {

    /** What the word before the number names. */
    enum Named { INDEX, RATIO, NONE }

    private static final String[] INDEX_WORDS = {"指数", "满意度", "满意率", "系数", "得分", "评分", "分值", "指标值",
        "CPI", "PPI", "PMI", "HDI", "景气指数", "幸福感", "获得感"};
    private static final String[] RATIO_WORDS = {"倍差", "收入比", "比值", "之比", "性别比"};
    private static final String[] FILLERS = {"保持在", "稳定在", "缩小至", "缩小到", "下降至", "下降到", "提高至", "提高到",
        "提升至", "提升到", "上升至", "上升到", "降至", "升至", "达到", "为", "是", "达", "：", ":", " ", "　", "约"};

    private IndexValues() {
    }

    /** What the words ending right before {@code numberStart} (past filler) name. */
    static Named before(CharSequence text, int numberStart) {
        int at = numberStart;
        boolean skipped = true;
        for (int guard = 0; skipped && guard < 3; guard++) {
            skipped = false;
            for (String filler : FILLERS) {
                if (QualifierRules.regionMatches(text, at - filler.length(), filler)) {
                    at -= filler.length();
                    skipped = true;
                    break;
                }
            }
        }
        for (String word : RATIO_WORDS) {
            if (QualifierRules.regionMatches(text, at - word.length(), word)) {
                return Named.RATIO;
            }
        }
        for (String word : INDEX_WORDS) {
            if (QualifierRules.regionMatches(text, at - word.length(), word)) {
                return Named.INDEX;
            }
        }
        return Named.NONE;
    }

    /** CPI102.1: digits glued to one of the index abbreviations still read. */
    static boolean endsWithIndexAbbreviation(CharSequence text, int at) {
        for (String word : INDEX_WORDS) {
            if (word.charAt(0) < 128 && QualifierRules.regionMatches(text, at - word.length(), word)
                    && (at - word.length() == 0 || !Character.isLetter(text.charAt(at - word.length() - 1)))) {
                return true;
            }
        }
        return false;
    }
}
