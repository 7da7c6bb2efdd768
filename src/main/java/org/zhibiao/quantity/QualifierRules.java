package org.zhibiao.quantity;

import org.zhibiao.model.Qualifier;

/**
 * Words that make a figure approximate, read around the number: before it (约 近 超过 逾 突破 过 不足),
 * between number and unit (1500余亩, 20多个, 10余万平方米) and after the unit (50万件以上, 5%左右).
 * Mapping (brief): 余/多/超过/以上/逾/突破/过 → AT_LEAST; 近/不足/以内/以下 → AT_MOST; 约/左右/大约 → ABOUT.
 */
final class QualifierRules {

    /** A qualifier word found before a number: where it starts and what it means. */
    record Prefix(int start, Qualifier qualifier) {
    }

    /** A qualifier word found after a unit: how long it is and what it means. */
    record Suffix(int length, Qualifier qualifier) {
    }

    /** Prefix words, longest first so 不超过 wins over 超过; a null meaning (达, 达到) qualifies nothing. */
    private static final String[] PREFIX_WORDS = {
        "不少于", "不低于", "不超过", "约有", "大约", "约为", "接近", "将近", "不足", "不到", "超过", "超出", "突破", "多于",
        "高于", "低于", "少于", "至少", "最多", "达到", "约", "近", "逾", "过", "超", "达"};

    private static final Qualifier[] PREFIX_MEANINGS = {
        Qualifier.AT_LEAST, Qualifier.AT_LEAST, Qualifier.AT_MOST, Qualifier.ABOUT, Qualifier.ABOUT, Qualifier.ABOUT,
        Qualifier.AT_MOST, Qualifier.AT_MOST, Qualifier.AT_MOST, Qualifier.AT_MOST, Qualifier.AT_LEAST,
        Qualifier.AT_LEAST, Qualifier.AT_LEAST, Qualifier.AT_LEAST, Qualifier.AT_LEAST, Qualifier.AT_MOST,
        Qualifier.AT_MOST, Qualifier.AT_LEAST, Qualifier.AT_MOST, null, Qualifier.ABOUT, Qualifier.AT_MOST,
        Qualifier.AT_LEAST, Qualifier.AT_LEAST, Qualifier.AT_LEAST, null};

    /**
     * Characters that, standing before a one-character qualifier, make it part of another word: 签约, 节约,
     * 通过, 经过, 最近, 附近, 赶超.
     */
    private static final String NOT_BEFORE_YUE = "签节制集预履违合特公条简婚邀相隐大";
    private static final String NOT_BEFORE_GUO = "通经度超越跨走不错难路穿闯渡罪功胜过";
    private static final String NOT_BEFORE_JIN = "最附将接临逼贴亲";
    private static final String NOT_BEFORE_CHAO = "赶高";

    private static final String LAST_CHARS;

    static {
        StringBuilder last = new StringBuilder();
        for (String word : PREFIX_WORDS) {
            last.append(word.charAt(word.length() - 1));
        }
        LAST_CHARS = last.toString();
    }

    private QualifierRules() {
    }

    /** The qualifier word ending right at {@code numberStart}, or null. 达/达到 end a search but qualify nothing. */
    static Prefix prefixBefore(CharSequence text, int numberStart) {
        if (numberStart == 0 || LAST_CHARS.indexOf(text.charAt(numberStart - 1)) < 0) {
            return null;
        }
        for (int w = 0; w < PREFIX_WORDS.length; w++) {
            String word = PREFIX_WORDS[w];
            int start = numberStart - word.length();
            if (start < 0 || !regionMatches(text, start, word)) {
                continue;
            }
            if (PREFIX_MEANINGS[w] == null) {
                return null;
            }
            if (word.length() == 1 && start > 0) {
                char before = text.charAt(start - 1);
                String blocked = switch (word) {
                    case "约" -> NOT_BEFORE_YUE;
                    case "过" -> NOT_BEFORE_GUO;
                    case "近" -> NOT_BEFORE_JIN;
                    case "超" -> NOT_BEFORE_CHAO;
                    default -> "";
                };
                if (blocked.indexOf(before) >= 0) {
                    continue;
                }
            }
            return new Prefix(start, PREFIX_MEANINGS[w]);
        }
        return null;
    }

    /** The qualifier word starting right at {@code at} after a unit (以上 以下 以内 及以上 及以下 左右 上下), or null. */
    static Suffix suffixAt(CharSequence text, int at) {
        if (at + 2 > text.length()) {
            return null;
        }
        if (regionMatches(text, at, "及以上")) {
            return new Suffix(3, Qualifier.AT_LEAST); // 65岁及以上
        }
        if (regionMatches(text, at, "及以下")) {
            return new Suffix(3, Qualifier.AT_MOST);
        }
        if (regionMatches(text, at, "以上")) {
            return new Suffix(2, Qualifier.AT_LEAST);
        }
        if (regionMatches(text, at, "以下") || regionMatches(text, at, "以内")) {
            return new Suffix(2, Qualifier.AT_MOST);
        }
        if (regionMatches(text, at, "左右") || regionMatches(text, at, "上下")) {
            return new Suffix(2, Qualifier.ABOUT);
        }
        return null;
    }

    /** 余 and 多 between number and unit: 1500余亩, 20多个, 3万多人. */
    static boolean isInnerApproximation(char c) {
        return c == '余' || c == '多' || c == '几';
    }

    static boolean regionMatches(CharSequence text, int at, String word) {
        if (at < 0 || at + word.length() > text.length()) {
            return false;
        }
        for (int i = 0; i < word.length(); i++) {
            if (text.charAt(at + i) != word.charAt(i)) {
                return false;
            }
        }
        return true;
    }
}
