package org.zhibiao.quantity;

import java.math.BigDecimal;
import java.math.MathContext;
import java.util.ArrayList;
import java.util.List;
import org.zhibiao.model.Kind;
import org.zhibiao.model.Qualifier;

/**
 * One left-to-right pass over a text that finds numbers with what is attached to them: qualifier words,
 * multiplier, unit, a range partner (8.5亿元至10亿元), ratio parts (11.1：36.3：52.6), a rank (第3位).
 * Numbers without a unit are kept for now (they may take a unit shared by a list: 14、9800人) and dropped
 * by the extractor afterwards. No regular expressions: the pass looks at each character a bounded number of
 * times.
 */
final class QuantityScanner {

    /** Spaces that may stand between a number and its unit: ASCII, no-break, thin, narrow no-break, ideographic. */
    private static final String SPACES = " \u00A0\u2009\u202F\u3000";
    private static final String RANGE_CONNECTORS = "至到-—–~～－〜";
    private static final String RATIO_SEPARATORS = ":：︰∶";
    /** Words that make 第N位 a rank (居全省第3位) rather than an ordinal (放在第一位). */
    private static final String[] RANK_CONTEXT = {"居", "列", "排", "名列", "位列", "跻身", "全国", "全省", "全市",
        // a placing won in a contest: 获得自治区文明城市测评第一名
        "获得", "取得", "荣获", "夺得", "测评", "评比"};
    /** Where a rank is counted, in the order they are looked for, with the English words of the note. */
    private static final String[][] RANK_SCOPES = {{"全球", "the world"}, {"全国", "the country"},
        {"全省", "the province"}, {"全区", "the district or region"}, {"全市", "the city"}, {"全州", "the prefecture"},
        {"全县", "the county"}, {"同类城市", "cities of its class"}, {"中部", "the central region"},
        {"西部", "the western region"}, {"东部", "the eastern region"}};
    private static final BigDecimal HUNDRED_MILLION = BigDecimal.valueOf(100_000_000L);
    /** After 个 these make a duration (3个月), which is not an indicator. */
    private static final String[] DURATION_AFTER_GE = {"月", "小时", "工作日", "星期", "季度", "年", "世纪", "交易日",
        "周", "多月", "半月"};
    /** After 成 (tenths) these show that 成 starts a word (成为, 成果): 三成 must stand alone. */
    private static final String CHENG_MAY_PRECEDE = "以左多半的，。；、,;）)”";

    /** Characters a quantity may start with: digits, Chinese digits, 十, and 百/千 of 百分之/千分之. */
    private static final boolean[] MAY_START = new boolean[Character.MAX_VALUE + 1];

    static {
        for (char c = 0; c < Character.MAX_VALUE; c++) {
            MAY_START[c] = isArabicDigit(c) || ChineseNumerals.canStart(c) || "百千佰仟万首".indexOf(c) >= 0;
        }
    }

    /** Longer digit runs are identifiers (order numbers, dumps), never quantities. */
    private static final int MAX_DIGITS = 24;

    private final String text;
    private final int length;
    private int next;
    /** True while the high end of a range is read (it may take the low end's unit). */
    private boolean scanningHighEnd;

    QuantityScanner(String text) {
        this.text = text;
        this.length = text.length();
    }

    List<Candidate> scan() {
        List<Candidate> found = new ArrayList<>();
        int i = 0;
        while (i < length) {
            if (!MAY_START[text.charAt(i)]) {
                i++; // most characters: one table look-up
                continue;
            }
            Candidate candidate = scanAt(i, true);
            if (candidate != null) {
                found.add(candidate);
                i = Math.max(next, candidate.end);
            } else {
                i = Math.max(next, i + 1);
            }
        }
        return found;
    }

    /** A candidate starting at {@code i}, or null; sets {@link #next} to where scanning goes on. */
    private Candidate scanAt(int i, boolean allowRange) {
        next = i + 1;
        char c = text.charAt(i);
        Candidate candidate;
        if ("百千佰仟".indexOf(c) >= 0 && QualifierRules.regionMatches(text, i + 1, "分之")) {
            candidate = scanPercentWords(i);
        } else if ((c == '万' || c == '千') && text.startsWith("亿", i + 1)
                && (i == 0 || !isNumberChar(text.charAt(i - 1)) && UnitCatalog.unitAt(text, i - 1) == null)) {
            // 迈上万亿台阶; not 两个万亿元大关 (a counted milestone) nor the 万 of 3万亿
            candidate = scanBareMultiplier(i);
        } else if (c == '首') {
            candidate = scanFirstPlace(i);
        } else if (isArabicDigit(c)) {
            if (i > 0 && isGluedBefore(text.charAt(i - 1)) && !IndexValues.endsWithIndexAbbreviation(text, i)) {
                if (isNumberOne(i)) {
                    candidate = scanNumberOne(i);
                    return candidate;
                }
                next = skipArabic(i);
                return null;
            }
            candidate = scanArabic(i);
        } else if (ChineseNumerals.canStart(c)) {
            candidate = scanChinese(i);
        } else {
            return null;
        }
        if (candidate == null) {
            return null;
        }
        if (!candidate.ratio && !candidate.rank && allowRange) {
            candidate = joinRange(candidate);
        }
        return candidate;
    }

    // ---- numbers -------------------------------------------------------------------------------------------

    private Candidate scanArabic(int i) {
        StringBuilder digits = new StringBuilder(16);
        int j = i;
        while (j < length && isArabicDigit(text.charAt(j))) {
            digits.append(asciiDigit(text.charAt(j)));
            j++;
        }
        if (digits.length() > MAX_DIGITS) {
            next = j;
            return null; // an identifier or a dump, not a quantity
        }
        j = groupsAndFraction(j, digits, true);
        if (j < length && isArabicDigit(text.charAt(j))) {
            next = j;
            return null;
        }
        Candidate candidate = new Candidate();
        candidate.start = i;
        candidate.numberStart = i;
        candidate.value = new BigDecimal(digits.toString());
        if (j + 1 < length && isSlash(text.charAt(j)) && isArabicDigit(text.charAt(j + 1))) {
            return arabicFraction(candidate, j);
        }
        if (j < length && RATIO_SEPARATORS.indexOf(text.charAt(j)) >= 0 && j + 1 < length
                && isArabicDigit(text.charAt(j + 1))) {
            Candidate ratio = scanRatio(candidate, j);
            if (ratio != null) {
                return ratio;
            }
            next = j + 1;
            return null;
        }
        j = mixedMultipliers(candidate, j);
        return tail(candidate, j);
    }

    /** 3万4千 and 2亿5000万: one number written with two multipliers. */
    private int mixedMultipliers(Candidate candidate, int j) {
        if (j >= length || ChineseNumerals.bigUnit(text.charAt(j)) == 0 || candidate.value.scale() > 0) {
            return j;
        }
        long first = ChineseNumerals.bigUnit(text.charAt(j));
        int k = j + 1;
        int digitsStart = k;
        while (k < length && isArabicDigit(text.charAt(k))) {
            k++;
        }
        if (k == digitsStart || k >= length) {
            return j;
        }
        char unitChar = text.charAt(k);
        long second = ChineseNumerals.bigUnit(unitChar) > 0 ? ChineseNumerals.bigUnit(unitChar)
                : ChineseNumerals.smallUnit(unitChar);
        if (second == 0 || second >= first || second == 10) {
            return j;
        }
        StringBuilder digits = new StringBuilder();
        for (int d = digitsStart; d < k; d++) {
            digits.append(asciiDigit(text.charAt(d)));
        }
        BigDecimal rest = new BigDecimal(digits.toString());
        if (rest.multiply(BigDecimal.valueOf(second)).compareTo(BigDecimal.valueOf(first)) >= 0) {
            return j;
        }
        candidate.value = candidate.value.multiply(BigDecimal.valueOf(first))
                .add(rest.multiply(BigDecimal.valueOf(second)));
        return k + 1;
    }

    private Candidate scanChinese(int i) {
        int run = chineseRunEnd(i);
        next = run;
        if (QualifierRules.regionMatches(text, run, "分之") && run + 2 < length
                && ChineseNumerals.canStart(text.charAt(run + 2))) {
            return chineseFraction(i, run);
        }
        if (run == i + 1 && "壹贰叁肆伍陆柒捌玖拾陸貳參".indexOf(text.charAt(i)) >= 0) {
            return null; // 陆地, 拾起, 伍仁: a lone capital numeral is part of a word
        }
        int j = run;
        // 三千百姓: a run may end in the first character of the next word (百姓)
        while (j > i + 1 && j > run - 2 && !wellFormed(i, j) && isUnitChar(text.charAt(j - 1))) {
            j--;
        }
        int k = j;
        while (k > i && ChineseNumerals.bigUnit(text.charAt(k - 1)) > 0) {
            k--;
        }
        boolean bigInside = false;
        for (int m = i; m < k; m++) {
            bigInside |= ChineseNumerals.bigUnit(text.charAt(m)) > 0;
        }
        if (bigInside || k == i) {
            k = j; // 两亿五千万 reads whole; only a plain 五十四 before 万亿 leaves the multiplier to the unit
        }
        BigDecimal value = ChineseNumerals.parse(text, i, k);
        if (value == null) {
            return null;
        }
        Candidate candidate = new Candidate();
        candidate.start = i;
        candidate.numberStart = i;
        candidate.value = value;
        candidate.chinese = true;
        if (k < j) {
            candidate.multiplier = text.substring(k, j);
            candidate.factor = UnitCatalog.factorOf(candidate.multiplier);
        }
        return tail(candidate, j);
    }

    static boolean isUnitChar(char c) {
        return ChineseNumerals.smallUnit(c) > 0 || ChineseNumerals.bigUnit(c) > 0;
    }

    private boolean wellFormed(int from, int to) {
        int k = to;
        while (k > from && ChineseNumerals.bigUnit(text.charAt(k - 1)) > 0) {
            k--;
        }
        return ChineseNumerals.parse(text, from, k == from ? to : k) != null
                || ChineseNumerals.parse(text, from, to) != null;
    }

    /** 百分之五十, 百分之7.5, 千分之三, 百分之百. */
    private Candidate scanPercentWords(int i) {
        int at = i + 3;
        if (at >= length) {
            return null;
        }
        BigDecimal value = null;
        int end = at;
        char c = text.charAt(at);
        if (isArabicDigit(c)) {
            Candidate number = scanArabicCore(at);
            value = number.value;
            end = number.numberEnd;
        } else if (ChineseNumerals.canStart(c)) {
            int j = chineseRunEnd(at);
            for (int k = j; k > at && value == null && j - k <= 2 && (k == j || isUnitChar(text.charAt(k))); k--) {
                value = ChineseNumerals.parse(text, at, k); // 百分之七十百分位: the run ends before 百分位
                end = k;
            }
        } else if ((c == '百' || c == '佰') && text.charAt(i) != '千' && text.charAt(i) != '仟') {
            value = BigDecimal.valueOf(100); // 百分之百
            end = at + 1;
        }
        if (value == null) {
            next = i + 3;
            return null;
        }
        boolean perMille = text.charAt(i) == '千' || text.charAt(i) == '仟';
        Candidate candidate = new Candidate();
        candidate.start = i;
        candidate.numberStart = i;
        candidate.value = value;
        candidate.unit = new UnitCatalog.Unit(text.substring(i, i + 3), perMille ? "‰" : "%", BigDecimal.ONE,
                Kind.PERCENT);
        return finish(candidate, end);
    }

    private int chineseRunEnd(int i) {
        int j = i;
        while (j < length) {
            char c = text.charAt(j);
            if (ChineseNumerals.isNumeralChar(c)) {
                j++;
            } else if ((c == '点' || c == '點') && j > i && j + 1 < length
                    && ChineseNumerals.digit(text.charAt(j + 1)) >= 0) {
                j++;
            } else {
                break;
            }
        }
        return j;
    }

    /**
     * After the integer digits at {@code j}: thousands groups (13,778.34 and 82，225.00, only with exactly three
     * digits after each separator) and a decimal part, appended to {@code digits}; returns the end. With
     * {@code clauseCommas}, a full-width comma after more than three digits that opens no group is a clause
     * comma between two numbers, not a separator.
     */
    private int groupsAndFraction(int j, StringBuilder digits, boolean clauseCommas) {
        boolean grouped = false;
        while (j + 3 < length && (text.charAt(j) == ',' || text.charAt(j) == '，') && digits.length() <= 15
                && threeDigitsAt(j + 1) && (j + 4 >= length || !isArabicDigit(text.charAt(j + 4)))
                && !(clauseCommas && text.charAt(j) == '，' && digits.length() > 3 && !grouped)) {
            grouped = true;
            for (int k = j + 1; k < j + 4; k++) {
                digits.append(asciiDigit(text.charAt(k)));
            }
            j += 4;
        }
        if (j + 1 < length && (text.charAt(j) == '.' || text.charAt(j) == '．') && isArabicDigit(text.charAt(j + 1))) {
            digits.append('.');
            j++;
            while (j < length && isArabicDigit(text.charAt(j))) {
                digits.append(asciiDigit(text.charAt(j)));
                j++;
            }
        }
        return j;
    }

    /** Digits with separators and decimals only (used after 百分之 and in ratios). */
    private Candidate scanArabicCore(int i) {
        int j = i;
        StringBuilder digits = new StringBuilder();
        while (j < length && isArabicDigit(text.charAt(j))) {
            digits.append(asciiDigit(text.charAt(j)));
            j++;
        }
        j = groupsAndFraction(j, digits, false);
        Candidate candidate = new Candidate();
        candidate.value = new BigDecimal(digits.toString());
        candidate.numberEnd = j;
        return candidate;
    }

    // ---- what follows a number -----------------------------------------------------------------------------

    /**
     * A Chinese numeral with a larger unit inside it before a smaller multiplier (一亿一千七百多万亩, 三亿二千余万元):
     * the digits after 亿 count in 万, so the number in 万 is 亿 × 10,000 plus the rest (11,700万, 32,000万), not
     * 亿 + 1,700 read as 万.
     */
    private static BigDecimal inLowerMultiplier(Candidate candidate, BigDecimal factor) {
        BigDecimal value = candidate.value;
        if (!candidate.chinese || value == null || factor.compareTo(HUNDRED_MILLION) >= 0
                || value.compareTo(HUNDRED_MILLION) < 0) {
            return value;
        }
        BigDecimal[] split = value.divideAndRemainder(HUNDRED_MILLION);
        return split[0].multiply(HUNDRED_MILLION.divide(factor)).add(split[1]);
    }

    /** Qualifier 余/多, multiplier, unit, compound unit and qualifier suffix after the number's digits. */
    private Candidate tail(Candidate candidate, int p) {
        p = bridgeSpace(p);
        if (p < length && QualifierRules.isInnerApproximation(text.charAt(p))) {
            if (text.charAt(p) == '几') {
                next = Math.max(next, p + 1);
                return null; // 几十万: vague
            }
            candidate.qualifier = Qualifier.AT_LEAST;
            p++;
        }
        UnitCatalog.Match direct = UnitCatalog.unitAt(text, p);
        UnitCatalog.Multiplier multiplier = candidate.multiplier.isEmpty() ? UnitCatalog.multiplierAt(text, p) : null;
        if (multiplier != null && !candidate.chinese && multiplier.length() == 1
                && ChineseNumerals.smallUnit(text.charAt(p)) == 10) {
            multiplier = null; // 5十 is not written; 十 after digits starts a word (10十大)
        }
        UnitCatalog.Match afterMultiplier = null;
        int afterQualifier = -1;
        if (multiplier != null) {
            int q = p + multiplier.length();
            if (q < length && (text.charAt(q) == '余' || text.charAt(q) == '多')) {
                afterQualifier = q;
                q++;
            }
            afterMultiplier = UnitCatalog.unitAt(text, q);
        }
        int directLength = direct == null ? 0 : direct.length();
        int multiplierLength = multiplier == null ? 0
                : multiplier.length() + (afterQualifier >= 0 ? 1 : 0)
                        + (afterMultiplier == null ? 0 : afterMultiplier.length());
        UnitCatalog.Match unit;
        if (multiplier != null && multiplierLength > directLength) {
            candidate.multiplier = text.substring(p, p + multiplier.length());
            candidate.factor = multiplier.factor();
            candidate.value = inLowerMultiplier(candidate, multiplier.factor());
            p += multiplier.length();
            if (afterQualifier >= 0) {
                if (afterMultiplier != null) {
                    candidate.qualifier = Qualifier.AT_LEAST;
                    p++;
                }
            }
            unit = afterMultiplier;
        } else {
            unit = direct;
        }
        UnitCatalog.Unit medal;
        if (unit != null && acceptUnit(candidate, unit, p)) {
            candidate.unit = unit.unit();
            p += unit.length();
            p = alternativeUnit(candidate, p);
            p = compoundUnit(candidate, p);
        } else if (unit == null && candidate.multiplier.isEmpty()
                && (medal = MedalTallies.unitAt(text, p, candidate.numberStart)) != null) {
            candidate.unit = medal; // 15金10银8铜
            p++;
        } else if (unit == null && p + 2 < length && text.charAt(p) == '分' && isSlash(text.charAt(p + 1))
                && UnitCatalog.denominatorAt(text, p + 2) != null) {
            // 5分/千瓦时: a price in cents, only ever written with its denominator
            candidate.unit = new UnitCatalog.Unit("分", "元", new BigDecimal("0.01"), Kind.MONEY);
            p = compoundUnit(candidate, p + 1);
        } else if (unit == null && candidate.factor.compareTo(HUNDRED_MILLION) >= 0 && impliedMoney(candidate, p)) {
            candidate.note("单位未写出，按金额计为元", "No unit written: read as an amount in yuan.");
        } else if (unit == null && (!candidate.multiplier.isEmpty() || candidate.qualifier == Qualifier.AT_LEAST)) {
            impliedPeople(candidate, p); // a bare 2021 before 城乡居民 is a year, so a multiplier or 多/余 is needed
        } else if (unit == null && !candidate.chinese && candidate.multiplier.isEmpty()
                && candidate.qualifier == Qualifier.EXACT) {
            indexValue(candidate);
        }
        return finish(candidate, p);
    }

    /** 全省经济总量突破6万亿: a multiplier of 亿 or more without a unit is money when the words before are about money. */
    private boolean impliedMoney(Candidate candidate, int p) {
        if (!BareAmounts.endsFreely(text, p) || !BareAmounts.aboutMoney(text, candidate.numberStart)) {
            return false;
        }
        candidate.unit = BareAmounts.YUAN;
        return true;
    }

    /** 满意度91.3, CPI 102.1 (INDEX); 收入倍差1.74 (RATIO): a bare number named by the word before it. */
    private void indexValue(Candidate candidate) {
        IndexValues.Named named = IndexValues.before(text, candidate.numberStart);
        if (named == IndexValues.Named.INDEX) {
            candidate.unit = new UnitCatalog.Unit("", "", BigDecimal.ONE, Kind.INDEX);
            candidate.kind = Kind.INDEX;
        } else if (named == IndexValues.Named.RATIO) {
            candidate.unit = new UnitCatalog.Unit("", "", BigDecimal.ONE, Kind.RATIO);
            candidate.kind = Kind.RATIO;
        }
    }

    /** 万亿, 千亿 with no numeral before them: one of it (迈上万亿台阶, 突破千亿元). */
    private Candidate scanBareMultiplier(int i) {
        UnitCatalog.Multiplier m = UnitCatalog.multiplierAt(text, i);
        next = i + 2;
        if (m == null) {
            return null;
        }
        Candidate candidate = new Candidate();
        candidate.start = i;
        candidate.numberStart = i;
        candidate.value = BigDecimal.ONE;
        candidate.chinese = true;
        candidate.multiplier = text.substring(i, i + m.length());
        candidate.factor = m.factor();
        int p = i + m.length();
        UnitCatalog.Match unit = UnitCatalog.unitAt(text, p);
        if (unit != null && unit.unit().kind() == Kind.MONEY) {
            candidate.unit = unit.unit();
            p += unit.length();
        }
        if (!BareAmounts.endsFreely(text, p)) {
            return null; // 千亿元产业集群, 万亿级: a class of things, like 过亿元项目
        }
        if (candidate.unit == null) {
            if (!BareAmounts.aboutMoney(text, i)) {
                return null;
            }
            candidate.unit = BareAmounts.YUAN;
            candidate.note("单位未写出，按金额计为元", "No unit written: read as an amount in yuan.");
        }
        return finish(candidate, p);
    }

    /** 1/3 of something: a share (PERCENT, value as the fraction, normalized in %); 2021/3/5 and 24/7 are not. */
    private Candidate arabicFraction(Candidate candidate, int slash) {
        Candidate denominator = scanArabicCore(slash + 1);
        int end = denominator.numberEnd;
        next = end;
        boolean dateLike = end < length && (isSlash(text.charAt(end)) || text.charAt(end) == '.'
                || isAsciiLetter(text.charAt(end)) || UnitCatalog.unitAt(text, end) != null);
        if (dateLike || candidate.value.scale() > 0 || denominator.value.scale() > 0
                || candidate.value.signum() <= 0 || candidate.value.compareTo(denominator.value) >= 0
                || denominator.value.compareTo(BigDecimal.valueOf(100)) > 0) {
            return null;
        }
        return share(candidate, denominator.value, "/" + plain(denominator.value), end);
    }

    /** 四分之一, 三分之二, 近五分之一. */
    private Candidate chineseFraction(int i, int run) {
        BigDecimal denominator = ChineseNumerals.parse(text, i, run);
        int numeratorEnd = chineseRunEnd(run + 2);
        BigDecimal numerator = ChineseNumerals.parse(text, run + 2, numeratorEnd);
        next = numeratorEnd;
        if (denominator == null || numerator == null || numerator.signum() <= 0
                || numerator.compareTo(denominator) >= 0) {
            return null;
        }
        Candidate candidate = new Candidate();
        candidate.start = i;
        candidate.numberStart = i;
        candidate.value = numerator;
        candidate.chinese = true;
        return share(candidate, denominator, text.substring(i, run + 2), numeratorEnd);
    }

    /** A fraction as a share: value the fraction (4 decimals), normalized in %, the fraction as written in the unit. */
    private Candidate share(Candidate candidate, BigDecimal denominator, String written, int end) {
        candidate.value = candidate.value.divide(denominator, 4, java.math.RoundingMode.HALF_UP).stripTrailingZeros();
        candidate.unit = new UnitCatalog.Unit(written, "%", BigDecimal.valueOf(100), Kind.PERCENT);
        candidate.kind = Kind.PERCENT;
        candidate.note("分数" + written + "，按比例计", "A fraction, read as a share.");
        return finish(candidate, end);
    }

    private static String plain(BigDecimal v) {
        return v.stripTrailingZeros().toPlainString();
    }

    /** 位居全省首位: first place, a rank of 1 when the clause says where it stands. */
    private Candidate scanFirstPlace(int i) {
        if (!QualifierRules.regionMatches(text, i + 1, "位")) {
            return null;
        }
        Candidate candidate = new Candidate();
        candidate.start = i;
        candidate.numberStart = i;
        candidate.value = BigDecimal.ONE;
        candidate.unit = UnitCatalog.unitAt(text, i + 1).unit();
        candidate.numberEnd = i + 2;
        candidate.end = i + 2;
        next = i + 2;
        Candidate rank = rank(candidate);
        if (rank != null) {
            rank.start = i;
        }
        return rank;
    }

    /** No.1, NO.3: a rank written the English way. */
    private boolean isNumberOne(int i) {
        return i >= 3 && (QualifierRules.regionMatches(text, i - 3, "No.") || QualifierRules.regionMatches(text, i - 3, "NO."))
                && (i == 3 || !isAsciiLetter(text.charAt(i - 4)));
    }

    private Candidate scanNumberOne(int i) {
        Candidate number = scanArabicCore(i);
        next = number.numberEnd;
        if (number.value.scale() > 0 || !endsClause(number.numberEnd)) {
            return null;
        }
        Candidate candidate = new Candidate();
        candidate.start = i - 3;
        candidate.numberStart = i;
        candidate.numberEnd = number.numberEnd;
        candidate.end = number.numberEnd;
        candidate.value = number.value;
        candidate.rank = true;
        candidate.unit = new UnitCatalog.Unit("", "位", BigDecimal.ONE, Kind.RANK);
        candidate.kind = Kind.RANK;
        rankScope(candidate, i);
        return candidate;
    }

    private boolean endsClause(int at) {
        return at >= length || "，,。；;！？!?、）)”\n ".indexOf(text.charAt(at)) >= 0;
    }

    /** 全国/全省/全市 before a rank, as a note on the rank's scope. */
    /** Notes where the rank is counted (全省第3), when the clause says it. */
    private void rankScope(Candidate candidate, int numberStart) {
        int from = clauseStart(numberStart);
        for (String[] scope : RANK_SCOPES) {
            if (ContextRules.indexIn(text, scope[0], from, numberStart) >= 0) {
                candidate.note("排名范围：" + scope[0], "Rank within " + scope[1] + ".");
                return;
            }
        }
        candidate.note("", "");
    }

    /** 97万常住人口, 2万以上孕产妇: no measure word, but the noun after the number counts people. */
    private void impliedPeople(Candidate candidate, int p) {
        int nounAt = p;
        QualifierRules.Suffix bound = QualifierRules.suffixAt(text, p);
        if (bound != null && bound.qualifier() != Qualifier.ABOUT) {
            nounAt += bound.length();
        }
        if (nounAt < length && text.charAt(nounAt) == '的') {
            return; // 97万的常住人口 reads as a share of something else
        }
        String noun = ImpliedUnits.personNounAt(text, nounAt);
        if (noun == null && !candidate.multiplier.isEmpty()) {
            noun = ImpliedUnits.personCountBefore(text, candidate.numberStart); // 参保人数突破5100万
        }
        if (noun != null) {
            candidate.unit = ImpliedUnits.PEOPLE;
            candidate.note(ImpliedUnits.note(noun), ImpliedUnits.NOTE_EN);
        }
    }

    /**
     * 18.3 %, 70.8 万人, 21145.4 亿元: one space between number and unit (ASCII, no-break, thin, ideographic)
     * belongs to the quantity when a unit or a multiplier with a unit follows it.
     */
    private int bridgeSpace(int p) {
        if (p + 1 >= length || SPACES.indexOf(text.charAt(p)) < 0) {
            return p;
        }
        int q = p + 1;
        if (UnitCatalog.unitAt(text, q) != null) {
            return q;
        }
        UnitCatalog.Multiplier m = UnitCatalog.multiplierAt(text, q);
        return m != null && UnitCatalog.unitAt(text, q + m.length()) != null ? q : p;
    }

    private boolean acceptUnit(Candidate candidate, UnitCatalog.Match match, int p) {
        String written = match.unit().written();
        int after = p + match.length();
        char following = after < length ? text.charAt(after) : '\0';
        if (isAsciiLetter(written.charAt(written.length() - 1)) && isAsciiLetter(following)) {
            return false; // 5min is not 5 m
        }
        if (written.equals("个")) {
            for (String word : DURATION_AFTER_GE) {
                if (QualifierRules.regionMatches(text, after, word)) {
                    return false;
                }
            }
        }
        if (written.equals("列") && after < length && "车入为出举表".indexOf(following) >= 0) {
            return false; // 列车, 列入, 列为: words, not trains counted
        }
        if (written.equals("例") && after < length && "如外子证行题".indexOf(following) >= 0) {
            return false; // 例如, 例外, 案例: words, not cases counted
        }
        if (written.equals("双") && after < length && following >= '\u4e00' && following <= '\u9fff'
                && "以左多余".indexOf(following) < 0) {
            return false; // 双创, 双减, 双循环: names; 鞋9517.8万双 counts pairs
        }
        if (written.equals("成")) {
            return (after >= length || CHENG_MAY_PRECEDE.indexOf(following) >= 0)
                    && candidate.value.compareTo(BigDecimal.TEN) <= 0 && candidate.multiplier.isEmpty();
        }
        return true;
    }

    /**
     * 3.5万头(只), 247.3万台(件): a second counter in brackets names what the count also covers; it belongs to
     * the unit as written, while the first counter stays the base.
     */
    private int alternativeUnit(Candidate candidate, int p) {
        if (p + 2 >= length || (text.charAt(p) != '(' && text.charAt(p) != '（')) {
            return p;
        }
        UnitCatalog.Match inside = UnitCatalog.unitAt(text, p + 1);
        if (inside == null || inside.unit().kind() != candidate.unit.kind()) {
            return p;
        }
        int close = p + 1 + inside.length();
        if (close >= length || (text.charAt(close) != ')' && text.charAt(close) != '）')) {
            return p;
        }
        String written = candidate.unit.written() + text.substring(p, close + 1);
        candidate.unit = new UnitCatalog.Unit(written, candidate.unit.base(), candidate.unit.factor(),
                candidate.unit.kind());
        return close + 1;
    }

    private static boolean isSlash(char c) {
        return c == '/' || c == '／';
    }

    /** 万元/人, 元/平方米, 微克/立方米, 吨/日: a rate keeps its denominator. */
    private int compoundUnit(Candidate candidate, int p) {
        if (p + 1 < length && isSlash(text.charAt(p))) {
            int at = p + 1;
            UnitCatalog.Multiplier per = UnitCatalog.multiplierAt(text, at);
            UnitCatalog.Match denominator = UnitCatalog.denominatorAt(text, at);
            if (per != null && UnitCatalog.unitAt(text, at + per.length()) != null
                    && (denominator == null || denominator.length() <= per.length())) {
                denominator = UnitCatalog.unitAt(text, at + per.length());
                at += per.length();
            }
            if (denominator != null) {
                candidate.denominator = text.substring(p + 1, at) + denominator.unit().written();
                candidate.denominatorBase = candidate.denominator.equals(denominator.unit().written())
                        ? denominator.unit().base() : candidate.denominator;
                return at + denominator.length();
            }
        }
        return p;
    }

    /** Sets the span's end (with 以上/左右 after it), its start (with 约/超过/逾 before it), sign and ordinals. */
    private Candidate finish(Candidate candidate, int p) {
        if (candidate.unit != null && p < length && text.charAt(p) == '半' && candidate.multiplier.isEmpty()
                && candidate.value.scale() == 0 && candidate.unit.kind() != Kind.COUNT
                && candidate.unit.kind() != Kind.PEOPLE) {
            candidate.value = candidate.value.add(new BigDecimal("0.5")); // 一吨半, 三成半
            p++;
        }
        candidate.numberEnd = p;
        candidate.end = p;
        next = Math.max(next, p);
        int suffixAt = p;
        if (candidate.unit != null && (QualifierRules.regionMatches(text, p, "（含）")
                || QualifierRules.regionMatches(text, p, "(含)"))) {
            suffixAt = p + 3; // 50万元（含）以上
        }
        QualifierRules.Suffix suffix = candidate.unit != null ? QualifierRules.suffixAt(text, suffixAt) : null;
        if (suffix == null && candidate.unit != null && candidate.unit.kind() == Kind.MULTIPLE && suffixAt < length
                && (text.charAt(suffixAt) == '多' || text.charAt(suffixAt) == '余')) {
            suffix = new QualifierRules.Suffix(1, Qualifier.AT_LEAST); // 增长2倍多
        }
        if (suffix == null) {
            suffixAt = p;
        }
        if (suffix != null && suffix.qualifier() != Qualifier.ABOUT
                && SizeClasses.isThreshold(text, candidate, suffixAt + suffix.length())) {
            next = Math.max(next, suffixAt + suffix.length());
            return null;
        }
        if (SizeClasses.isAgeBand(text, candidate, suffix == null ? p : suffixAt + suffix.length())) {
            next = Math.max(next, p);
            return null;
        }
        if (suffix != null) {
            candidate.end = suffixAt + suffix.length();
            if (candidate.qualifier == Qualifier.EXACT) {
                candidate.qualifier = suffix.qualifier();
            }
        }
        int numberStart = candidate.numberStart;
        if (numberStart > 0 && text.charAt(numberStart - 1) == '第') {
            return rank(candidate);
        }
        boolean rangeLowEnd = candidate.unit == null && p + 1 < length && RANGE_CONNECTORS.indexOf(text.charAt(p)) >= 0
                && ChineseNumerals.isNumeralChar(text.charAt(p + 1));
        boolean rangeHighEnd = scanningHighEnd && candidate.unit == null;
        // 二到三个百分点, 百分之十至二十: a bare end of a range is judged with the range, not as a name on its own
        if (!rangeLowEnd && !rangeHighEnd
                && (NameRules.isNotAQuantity(text, candidate, p) || NumberedNames.isName(text, candidate, p))) {
            return null;
        }
        currencyBefore(candidate);
        QualifierRules.Prefix prefix = QualifierRules.prefixBefore(text, numberStart);
        if (prefix != null) {
            candidate.start = prefix.start();
            candidate.qualifier = prefix.qualifier();
        } else if (numberStart > 0 && "-－−负負".indexOf(text.charAt(numberStart - 1)) >= 0
                && (numberStart < 2 || !endsAQuantity(text.charAt(numberStart - 2)))) {
            candidate.start = numberStart - 1;
            candidate.value = candidate.value.negate();
        }
        return candidate;
    }

    /** 港币两千九百六十元, 美元100元: a currency named before the number decides what 元 means. */
    private void currencyBefore(Candidate candidate) {
        if (candidate.unit == null || !candidate.unit.base().equals("元") || !candidate.unit.written().equals("元")) {
            return;
        }
        for (int length = 3; length >= 2; length--) {
            int at = candidate.numberStart - length;
            if (at >= 0) {
                UnitCatalog.Match before = UnitCatalog.unitAt(text, at);
                if (before != null && before.length() == length && before.unit().kind() == Kind.MONEY
                        && !before.unit().base().equals("元")) {
                    candidate.unit = new UnitCatalog.Unit("元", before.unit().base(), BigDecimal.ONE, Kind.MONEY);
                    return;
                }
            }
        }
    }

    /** 第3位, 居全省第一名: a rank when the clause says where it stands; other 第N are ordinals. */
    private Candidate rank(Candidate candidate) {
        boolean bare = candidate.unit == null && candidate.multiplier.isEmpty() && endsClause(candidate.numberEnd)
                && candidate.value.scale() == 0;
        if (!bare && (candidate.unit == null || !(candidate.unit.written().equals("位")
                || candidate.unit.written().equals("名")) || !candidate.multiplier.isEmpty())) {
            return null; // 第一书记, 第3次: ordinals
        }
        if (bare) {
            candidate.unit = new UnitCatalog.Unit("", "位", BigDecimal.ONE, Kind.RANK); // 居全国第一
        }
        int from = clauseStart(candidate.numberStart);
        boolean context = false;
        for (String word : RANK_CONTEXT) {
            context |= ContextRules.indexIn(text, word, from, candidate.numberStart) >= 0;
        }
        if (!context) {
            return null;
        }
        candidate.rank = true;
        rankScope(candidate, candidate.numberStart);
        candidate.start = candidate.numberStart - 1;
        candidate.unit = new UnitCatalog.Unit(candidate.unit.written(), "位", BigDecimal.ONE, Kind.RANK);
        candidate.kind = Kind.RANK;
        return candidate;
    }

    private Candidate scanRatio(Candidate first, int separator) {
        List<BigDecimal> parts = new ArrayList<>(4);
        parts.add(first.value);
        boolean decimals = first.value.scale() > 0;
        int j = separator;
        int end = separator;
        while (j + 1 < length && RATIO_SEPARATORS.indexOf(text.charAt(j)) >= 0 && isArabicDigit(text.charAt(j + 1))) {
            Candidate part = scanArabicCore(j + 1);
            parts.add(part.value);
            decimals |= part.value.scale() > 0;
            end = part.numberEnd;
            j = end;
        }
        next = end;
        int clause = clauseStart(first.numberStart);
        boolean saysRatio = ContextRules.lastIndexIn(text, "比", clause, first.numberStart) >= 0
                || ContextRules.lastIndexIn(text, "结构", clause, first.numberStart) >= 0;
        if (!decimals && !saysRatio) {
            return null; // 9:30 and 12:24:18 are times; 87：9：4 needs 比例 or 结构 before it
        }
        first.ratio = true;
        first.kind = Kind.RATIO;
        first.numberEnd = end;
        first.end = end;
        return first;
    }

    // ---- ranges --------------------------------------------------------------------------------------------

    /** 8.5亿元至10亿元, 20-60万元, 4.5%—5%: the low end, a connector, the high end with the unit. */
    private Candidate joinRange(Candidate low) {
        if (low.end != low.numberEnd) {
            return low;
        }
        int at = low.end;
        if (QualifierRules.regionMatches(text, at, "(含)") || QualifierRules.regionMatches(text, at, "（含）")) {
            at += 3; // 1万(含)-5万元
        }
        if (at >= length || RANGE_CONNECTORS.indexOf(text.charAt(at)) < 0) {
            return low;
        }
        int highStart = at + 1;
        if (highStart < length && (text.charAt(at) == '—' || text.charAt(at) == '-')
                && text.charAt(highStart) == text.charAt(at)) {
            highStart++; // —— and --
        }
        if (highStart >= length) {
            return low;
        }
        int savedNext = next;
        char c = text.charAt(highStart);
        Candidate high = null;
        if (isArabicDigit(c) || ChineseNumerals.canStart(c) || c == '百') {
            scanningHighEnd = true;
            try {
                high = scanAt(highStart, false);
            } finally {
                scanningHighEnd = false;
            }
        }
        if (high != null && high.unit == null && high.multiplier.isEmpty() && low.unit != null
                && low.unit.written().endsWith("分之")) {
            high.unit = low.unit; // 百分之八至九: the high end shares the percent words of the low end
        }
        if (high == null || high.unit == null || high.ratio || high.rank || high.start != highStart) {
            next = savedNext;
            return low;
        }
        if (low.unit != null && !low.unit.base().equals(high.unit.base())) {
            next = savedNext;
            return low;
        }
        Candidate range = low;
        BigDecimal place = placeOfLeadingDigit(high);
        if (low.chinese && high.chinese && low.unit == null && low.multiplier.isEmpty() && place != null
                && low.value.compareTo(BigDecimal.TEN) < 0) {
            low.value = low.value.multiply(place); // 两到三仟澳元: 2000 to 3000
        }
        boolean sharesMultiplier = low.unit == null && low.multiplier.isEmpty()
                && low.value.compareTo(high.value) <= 0;
        if (!sharesMultiplier && !low.factor.equals(high.factor)) {
            // 8000万元至1.2亿元, 从8500到3万港元: the low end is written in its own multiplier
            range.value = low.value.multiply(low.factor).divide(high.factor, MathContext.DECIMAL64)
                    .stripTrailingZeros();
        }
        range.multiplier = high.multiplier;
        range.factor = high.factor;
        range.unit = high.unit;
        range.denominator = high.denominator;
        range.denominatorBase = high.denominatorBase;
        if (range.value.compareTo(high.value) > 0) {
            next = savedNext;
            return low;
        }
        range.valueHigh = high.value;
        range.qualifier = Qualifier.RANGE;
        range.numberEnd = high.numberEnd;
        range.end = high.end;
        return range;
    }

    /** 1000 for 三仟 (one digit and a unit), else null. */
    private BigDecimal placeOfLeadingDigit(Candidate high) {
        int digits = 0;
        int units = 0;
        int place = 1;
        for (int i = high.numberStart; i < high.numberEnd; i++) {
            char c = text.charAt(i);
            if (ChineseNumerals.digit(c) > 0) {
                digits++;
            } else if (ChineseNumerals.smallUnit(c) > 0) {
                units++;
                place = ChineseNumerals.smallUnit(c);
            } else {
                break;
            }
        }
        return digits == 1 && units == 1 ? BigDecimal.valueOf(place) : null;
    }

    // ---- characters ----------------------------------------------------------------------------------------

    private int clauseStart(int at) {
        return ContextRules.clauseStart(text, at, "，,；;。！？!?\n");
    }

    private boolean threeDigitsAt(int at) {
        return at + 3 <= length && isArabicDigit(text.charAt(at)) && isArabicDigit(text.charAt(at + 1))
                && isArabicDigit(text.charAt(at + 2));
    }

    private int skipArabic(int i) {
        int j = i;
        while (j < length && (isArabicDigit(text.charAt(j)) || text.charAt(j) == '.')) {
            j++;
        }
        return j;
    }

    private static boolean isNumberChar(char c) {
        return isArabicDigit(c) || ChineseNumerals.isNumeralChar(c) || c == '.' || c == '．';
    }

    static boolean isArabicDigit(char c) {
        return (c >= '0' && c <= '9') || (c >= '０' && c <= '９');
    }

    private static char asciiDigit(char c) {
        return c <= '9' ? c : (char) ('0' + (c - '０'));
    }

    private static boolean isAsciiLetter(char c) {
        return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
    }

    /** PM2.5, G20, A4, 1.2.3: digits glued to letters or to another number are not quantities. */
    private static boolean isGluedBefore(char c) {
        return isAsciiLetter(c) || c == '.' || c == '．' || c == '_' || isArabicDigit(c) || c == '%' || c == '='
                || c == '&' || c == '#' || c == '/' || c == '\\' || c == '@';
    }

    /** A minus after these is a range dash (1万元-5万元, 5%-6%, 1万(含)-5万元), not a sign. */
    private static boolean endsAQuantity(char c) {
        return isArabicDigit(c) || ChineseNumerals.isNumeralChar(c) || "%％‰)）-—–~～元人个家项亩吨米".indexOf(c) >= 0;
    }
}
