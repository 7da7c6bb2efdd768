package org.zhibiao.quantity;

import static org.zhibiao.quantity.SubjectWords.COMPARISONS;
import static org.zhibiao.quantity.SubjectWords.DIRECTIONS;
import static org.zhibiao.quantity.SubjectWords.HEAD_NOUNS;
import static org.zhibiao.quantity.SubjectWords.LEADING;
import static org.zhibiao.quantity.SubjectWords.PREFER_RIGHT;
import static org.zhibiao.quantity.SubjectWords.RIGHT_STOPS;
import static org.zhibiao.quantity.SubjectWords.TRAILING;

import java.util.List;
import org.zhibiao.model.Kind;

/**
 * The short phrase a number measures, found by rules over clause boundaries (，；。、：) and a few word lists:
 * <ul>
 *   <li>the words before the number in its clause (实际使用外资6253万美元 → 实际使用外资), less leading time,
 *       place and status words (全年, 全市, 预计) and trailing linking verbs (达到, 完成, 为);</li>
 *   <li>the words after it when the words before are empty or end with a verb or preposition that takes the
 *       number as its object (主导设立24亿元产业发展母基金 → 产业发展母基金; 为36家中小微企业 → 中小微企业);</li>
 *   <li>a clause that only says 比上年增长5.3% takes the subject of the quantity before it
 *       (地区生产总值比上年增长).</li>
 * </ul>
 * Segmenters were measured against these rules (docs/extraction.md).
 */
final class SubjectFinder {

    private static final String LEFT_BOUNDARIES = "，,；;。：:！？!?、（）()\n\t";
    private static final String RIGHT_BOUNDARIES = "，,；;。：:！？!?（）()\n\t";
    private static final int MAX_LENGTH = 20;
    private static final int MAX_RIGHT = 14;

    private SubjectFinder() {
    }

    static void assign(String text, List<Candidate> candidates) {
        for (int i = 0; i < candidates.size(); i++) {
            assign(text, candidates, i);
        }
        ownersAfter(text, candidates);
        for (Candidate c : candidates) {
            if (c.unit != null && MedalTallies.isMedal(c.unit)) {
                c.subject = MedalTallies.medal(c.unit.written()); // 15金10银8铜: each number names its colour
            }
        }
    }

    private static void assign(String text, List<Candidate> candidates, int index) {
        Candidate c = candidates.get(index);
        Candidate previous = index > 0 ? candidates.get(index - 1) : null;
        int from = leftStart(text, c.start);
        if (previous != null && previous.end > from && previous.end <= c.start) {
            // words the previous number already took as its subject (为36家中小微企业|解决贷款9650万元,
            // 11公里污水管网、|16公里) are not this number's; a head-noun cut (76个区重点项目年度投资完成率102%) is
            boolean taken = previous.rightSubjectEnd > from
                    && (previous.rightSubjectStoppedAtVerb || previous.rightSubjectEnd >= c.start);
            from = taken ? Math.min(previous.rightSubjectEnd, c.start) : previous.end;
        }
        if (isNounUnit(c)) {
            // 河北、浙江等8省, 全省16地市: the unit is the thing counted
            c.subject = NOUN_UNITS[nounUnit(c) + 1];
            c.baseSubject = c.subject;
            return;
        }
        if (from < c.start && listedNames(text, previous, from)) {
            String right = c.kind == Kind.COUNT || c.kind == Kind.PEOPLE ? rightSubject(text, c) : "";
            if (!right.isEmpty()) {
                c.subject = clip(right); // 华汇、地壹街两个地下商城: the listed names are examples of what is counted
                c.baseSubject = c.subject;
                return;
            }
            from = listStart(text, from, previous); // 交通运输、仓储和邮政业增加值: the list is one name
        }
        String raw = IndicatorName.withoutCaption(withoutParentheses(text.substring(from, c.start)));
        int etc = raw.lastIndexOf('等');
        if (etc >= 0 && etc < raw.length() - 1 && "级同于待候量价效".indexOf(raw.charAt(etc + 1)) < 0) {
            raw = raw.substring(etc + 1);
        }
        String left = stripLeading(withoutFootnotes(raw));
        String noun = stripTrailing(left);
        if (c.end - c.start == 2 && text.startsWith("持平", c.start) && !left.isEmpty() && !comparisonOnly(left)) {
            c.subject = clip(stripTrailing(withoutComparison(left)) + "持平"); // 工业用电量与上年持平
            c.baseSubject = stripTrailing(withoutComparison(left));
            return;
        }
        if (isDirectionOnly(left) && previous != null) {
            String base = inheritedBase(text, candidates, index);
            if (base != null) {
                c.subject = base;
                c.baseSubject = base;
                c.subjectInherited = true;
                return;
            }
        }
        if (left.startsWith("占") && left.length() > 1 && (c.kind == Kind.PERCENT || c.kind == Kind.PERCENT_POINT)) {
            String base = inheritedBase(text, candidates, index);
            if (base != null) {
                c.subject = clip(base + stripTrailing(left)); // 民生支出…，占总支出的82.75%
                c.baseSubject = base;
                c.subjectInherited = true;
                return;
            }
        }
        boolean percentage = c.kind == Kind.GROWTH_RATE || c.kind == Kind.PERCENT_POINT || c.kind == Kind.PERCENT;
        if (c.kind != Kind.RANK && (percentage || !left.isEmpty())) {
            boolean onlyComparison = comparisonOnly(left)
                    || (left.length() == 1 && "高低快慢".contains(left) && raw.contains("比")); // 比上年高0.2个百分点
            String base = onlyComparison ? inheritedBase(text, candidates, index) : null;
            if (onlyComparison && base == null && !left.isEmpty()) {
                base = previousClauseNoun(text, from); // 总指数为99.5，同比下降0.5%
            }
            if (base != null) {
                String said = c.end - c.start == 2 && text.startsWith("持平", c.start) ? "持平" : stripTrailing(left);
                c.subject = clip(base + said);
                c.baseSubject = base;
                c.subjectInherited = true;
                return;
            }
        }
        boolean preferRight = noun.isEmpty() || PREFER_RIGHT.endsAny(noun)
                || PREFER_RIGHT.endsAny(left)
                || raw.endsWith("等") || raw.endsWith("的"); // 省委确定的14项引领性改革
        if (preferRight) {
            String right = rightSubject(text, c);
            if (!right.isEmpty()) {
                c.subject = clip(right);
                c.baseSubject = c.subject;
                return;
            }
        }
        if (noun.isEmpty() && c.kind == Kind.RANK) {
            String base = inheritedBase(text, candidates, index);
            if (base != null) {
                c.subject = base; // 14种农产品产量居全国第1位
                c.baseSubject = base;
                return;
            }
        }
        if (noun.isEmpty()) {
            String base = inheritedBase(text, candidates, index);
            if (base != null && listedAfter(text, previous, c)) {
                c.subject = previous.subject;
                c.baseSubject = previous.baseSubject;
                c.subjectInherited = true;
                return;
            }
            String before = previousClause(text, from);
            noun = before.isEmpty() ? left : before;
            if (TRAILING.contains(noun) || LEADING.contains(noun)) {
                noun = ""; // 为1467位…: a lone function word names nothing
            }
        }
        if (SubjectWords.GENERIC.contains(noun)) {
            String owner = ownerOf(inheritedBase(text, candidates, index));
            if (owner != null) {
                noun = owner + noun; // 油料种植面积225.21万亩，…，产量29.85万吨 → 油料产量
            }
        }
        if (noun.endsWith("级") && noun.length() <= 4) {
            String base = inheritedBase(text, candidates, index);
            if (base != null && !base.startsWith(noun)) {
                noun = noun + base; // 企业技术中心133个，其中国家级11个 → 国家级企业技术中心
            }
        }
        if (c.kind == Kind.PERCENT && !noun.isEmpty() && !endsWithRateNoun(noun)) {
            String done = doneAfter(text, c);
            if (!done.isEmpty()) {
                noun = noun + done + "比例"; // 涉企事项100%容缺受理 → 涉企事项容缺受理比例
            }
        }
        if (noun.equals("投资") || noun.equals("总投资")) {
            String project = projectAfter(text, c);
            if (!project.isEmpty()) {
                noun = project + noun; // 投资3.3亿元的机场快速路 → 机场快速路投资
            }
        }
        if (SubjectWords.DEPENDENT.contains(noun)) {
            String owner = ownerBefore(candidates, index, text);
            if (owner != null) {
                noun = owner + noun; // 普通高校7所，招生3.0万人 → 普通高校招生
            } else {
                c.wantsOwner = true;
            }
        }
        c.subject = clip(withoutInnerVerb(noun));
        c.baseSubject = stripDirection(c.subject);
    }

    /** 全年计划投资12.7亿元，实施重点商贸流通项目17个: an owner may also follow in the same sentence. */
    private static void ownersAfter(String text, List<Candidate> candidates) {
        for (int i = 0; i < candidates.size(); i++) {
            Candidate c = candidates.get(i);
            if (!c.wantsOwner) {
                continue;
            }
            int sentenceEnd = sentenceEnd(text, c.end);
            for (int j = i + 1; j < candidates.size() && candidates.get(j).start < sentenceEnd; j++) {
                Candidate later = candidates.get(j);
                if (later.kind == Kind.COUNT && !later.baseSubject.isEmpty()
                        && !SubjectWords.DEPENDENT.contains(later.baseSubject)) {
                    String owned = clip(later.baseSubject + c.subject);
                    for (int k = i; k < j; k++) {
                        Candidate same = candidates.get(k);
                        if (same.baseSubject.equals(c.baseSubject)) {
                            same.subject = owned + same.subject.substring(Math.min(same.subject.length(),
                                    c.baseSubject.length()));
                            same.baseSubject = owned;
                        }
                    }
                    break;
                }
            }
        }
    }

    private static int sentenceEnd(String text, int from) {
        for (int i = from; i < text.length(); i++) {
            if ("。！？!?；;\n".indexOf(text.charAt(i)) >= 0) {
                return i;
            }
        }
        return text.length();
    }

    /**
     * The owner of a dependent measure (招生, 投资, 在校生) from the quantities before it in the sentence: the
     * nearest one with a subject either has the same kind of measure with an owner (普通高校招生 → 普通高校) or
     * counts the owner itself (普通高校7所, 重点工业项目28个).
     */
    private static String ownerBefore(List<Candidate> candidates, int index, String text) {
        int sentence = ContextRules.clauseStart(text, candidates.get(index).start, "。！？!?；;\n");
        for (int i = index - 1; i >= 0; i--) {
            Candidate earlier = candidates.get(i);
            if (earlier.end <= sentence) {
                return null;
            }
            String base = earlier.baseSubject;
            if (base.isEmpty()) {
                continue;
            }
            for (int length = Math.min(5, base.length() - 1); length >= 2; length--) {
                if (SubjectWords.DEPENDENT.contains(base.substring(base.length() - length))) {
                    return base.substring(0, base.length() - length);
                }
            }
            if (earlier.kind == Kind.COUNT && !SubjectWords.DEPENDENT.contains(base) && base.length() >= 2) {
                return withoutNew(base);
            }
            return null;
        }
        return null;
    }

    /** 新认定高新技术企业 → 认定高新技术企业 (the verb goes later): the total is of all such firms, not the new ones. */
    private static String withoutNew(String base) {
        if (base.startsWith("新增") && base.length() > 3) {
            return base.substring(2);
        }
        if (base.length() > 3 && base.charAt(0) == '新' && SubjectWords.ACTION_VERBS.longestPrefix(base.substring(1)) > 0) {
            return base.substring(1);
        }
        return base;
    }

    /** What was done to the share (100%容缺受理, 98%实现通水): a short verb phrase up to the clause end, or "". */
    private static String doneAfter(String text, Candidate c) {
        int end = c.end;
        while (end < text.length() && end - c.end <= 8 && RIGHT_BOUNDARIES.indexOf(text.charAt(end)) < 0
                && !QuantityScanner.isArabicDigit(text.charAt(end)) && text.charAt(end) != '的') {
            end++;
        }
        boolean clauseEnds = end >= text.length() || RIGHT_BOUNDARIES.indexOf(text.charAt(end)) >= 0;
        if (!clauseEnds || end - c.end < 2 || end - c.end > 8 || "以左上下和、及与至到~～之".indexOf(text.charAt(c.end)) >= 0
                || text.substring(c.end, end).contains("之间")) {
            return "";
        }
        return text.substring(c.end, end);
    }

    /** 投资3.3亿元的机场快速路: the noun after 的, up to the clause's verb, or "". */
    private static String projectAfter(String text, Candidate c) {
        if (c.end >= text.length() || text.charAt(c.end) != '的') {
            return "";
        }
        int at = c.end + 1;
        int end = at;
        while (end < text.length() && end - at < MAX_RIGHT && RIGHT_BOUNDARIES.indexOf(text.charAt(end)) < 0
                && !RIGHT_STOPS.startsAt(text, end) && !QuantityScanner.isArabicDigit(text.charAt(end))) {
            end++;
        }
        String project = text.substring(at, end);
        boolean whole = end >= text.length() || !QuantityScanner.isArabicDigit(text.charAt(end));
        return whole && project.length() >= 2 ? project : ""; // 投资5642万元的日处理80吨…: no name of its own
    }

    private static boolean endsWithRateNoun(String noun) {
        return noun.endsWith("率") || noun.endsWith("比重") || noun.endsWith("比例") || noun.endsWith("占比")
                || noun.endsWith("份额") || noun.endsWith("度");
    }

    /** Units that are nouns: the count is of these (8省 of 省份, 16地市). Pairs: unit, name. */
    private static final String[] NOUN_UNITS = {"省", "省份", "地市", "地市"};

    private static int nounUnit(Candidate c) {
        if (c.unit == null || !c.multiplier.isEmpty()) {
            return -1;
        }
        for (int i = 0; i < NOUN_UNITS.length; i += 2) {
            if (NOUN_UNITS[i].equals(c.unit.written())) {
                return i;
            }
        }
        return -1;
    }

    private static boolean isNounUnit(Candidate c) {
        return nounUnit(c) >= 0;
    }

    /**
     * True when the words before the number start right after a 、 that separates names, not quantities
     * (交通运输、仓储和邮政业增加值, 河北、浙江等), i.e. no quantity ends at that 、.
     */
    private static boolean listedNames(String text, Candidate previous, int from) {
        if (from == 0 || text.charAt(from - 1) != '、') {
            return false;
        }
        return previous == null || previous.end < from - 1 && (previous.rightSubjectEnd < 0
                || previous.rightSubjectEnd < from - 1);
    }

    /** Start of a 、-list of names that ends at {@code from}: back over 、 to the clause or the previous quantity. */
    private static int listStart(String text, int from, Candidate previous) {
        int start = from;
        while (start > 0 && text.charAt(start - 1) == '、') {
            int item = leftStart(text, start - 1);
            if (previous != null && item < previous.end) {
                item = previous.end;
            }
            if (item >= start - 1 || start - 1 - item > 12 || hasDigit(text, item, start - 1)
                    || SubjectWords.ACTION_VERBS.endsAny(text.substring(item, start - 1))) {
                break; // 制定、修订地方标准: a list of verbs, not of names
            }
            start = item;
        }
        return start;
    }

    private static boolean hasDigit(String text, int from, int to) {
        for (int i = from; i < to; i++) {
            if (QuantityScanner.isArabicDigit(text.charAt(i))) {
                return true;
            }
        }
        return false;
    }

    /** Start of the words before {@code at} in its clause; a parenthesis (不含农户) does not end the clause. */
    private static int leftStart(String text, int at) {
        int i = at - 1;
        while (i >= 0 && at - i < ContextRules.MAX_LOOK_BACK) {
            char ch = text.charAt(i);
            if (ch == '）' || ch == ')') {
                int open = i - 1;
                while (open >= 0 && at - open < 40 && text.charAt(open) != '（' && text.charAt(open) != '(') {
                    open--;
                }
                if (open < 0 || at - open >= 40) {
                    break;
                }
                i = open - 1;
                continue;
            }
            if (LEFT_BOUNDARIES.indexOf(ch) >= 0) {
                break;
            }
            i--;
        }
        return i + 1;
    }

    private static String withoutParentheses(String s) {
        if (s.indexOf('（') < 0 && s.indexOf('(') < 0) {
            return s;
        }
        StringBuilder out = new StringBuilder(s.length());
        int depth = 0;
        for (int i = 0; i < s.length(); i++) {
            char ch = s.charAt(i);
            if (ch == '（' || ch == '(') {
                depth++;
            } else if (ch == '）' || ch == ')') {
                depth = Math.max(0, depth - 1);
            } else if (depth == 0) {
                out.append(ch);
            }
        }
        return out.toString();
    }

    /** The subject after the number, stopping at the clause's verb, a head noun or the next number. */
    private static String rightSubject(String text, Candidate c) {
        int at = c.end;
        if (at < text.length() && (text.charAt(at) == '（' || text.charAt(at) == '(')) {
            int close = at + 1;
            while (close < text.length() && close - at <= 8 && text.charAt(close) != '）' && text.charAt(close) != ')') {
                close++;
            }
            if (close < text.length() && close - at <= 8) {
                at = close + 1; // 32.8万台（套）农业机械
            }
        }
        if (at < text.length() && text.charAt(at) == '的') {
            at++;
        }
        if (RIGHT_STOPS.startsAt(text, at)) {
            // 33个开展监测的国控断面: a verb phrase with 的 modifies the noun after it
            for (int k = at + 1; k < Math.min(text.length(), at + 8); k++) {
                char ch = text.charAt(k);
                if (RIGHT_BOUNDARIES.indexOf(ch) >= 0) {
                    break;
                }
                if (ch == '的') {
                    at = k + 1;
                    break;
                }
            }
        }
        int limit = Math.min(text.length(), at + MAX_RIGHT);
        int end = at;
        boolean stoppedAtVerb = false;
        int rateVerb = -1;
        while (end < limit) {
            char ch = text.charAt(end);
            if (RIGHT_BOUNDARIES.indexOf(ch) >= 0 || QuantityScanner.isArabicDigit(ch)) {
                if (ch != '、' && !QuantityScanner.isArabicDigit(ch)) {
                    break;
                }
                end = Math.max(end, at);
                break;
            }
            if ((ch == '、' || ch == '等') && end > at) {
                break;
            }
            if (end > at + 1 && ch == '的') {
                break;
            }
            int stop = RIGHT_STOPS.lengthAt(text, end);
            if (stop > 0 && !isRateNoun(text, end + stop)) {
                stoppedAtVerb = true;
                break;
            }
            if (stop > 0 && rateVerb < 0) {
                rateVerb = end; // 300名学生疫苗接种率: the count is of what stands before the rate's verb
            }
            end++;
        }
        if (!stoppedAtVerb && end > at && "率额量数比值度".indexOf(text.charAt(end - 1)) >= 0) {
            // 76个区重点项目年度投资完成率: the count is of the projects, the rest is the rate's name
            int full = end;
            for (String head : HEAD_NOUNS) {
                int found = ContextRules.indexIn(text, head, at, end);
                if (found >= 0 && found + head.length() < end - 1) {
                    end = found + head.length();
                }
            }
            if (end == full && rateVerb > at + 1) {
                end = rateVerb;
            }
        }
        c.rightSubjectEnd = end;
        c.rightSubjectStoppedAtVerb = stoppedAtVerb;
        String subject = text.substring(at, end).strip();
        while (!subject.isEmpty() && "、和及与".indexOf(subject.charAt(subject.length() - 1)) >= 0) {
            subject = subject.substring(0, subject.length() - 1);
        }
        return subject;
    }

    /** 完成率, 达标率, 覆盖率, 通过率: a verb followed by a rate suffix is a rate's name, not the clause's verb. */
    static boolean isRateNoun(String text, int afterVerb) {
        return text.startsWith("率", afterVerb) || text.startsWith("比例", afterVerb) || text.startsWith("比重", afterVerb)
                || text.startsWith("占比", afterVerb);
    }

    /** What a generic measure (产量, 面积) belongs to: 蔬菜 of 蔬菜种植面积, or null. */
    private static String ownerOf(String base) {
        if (base == null) {
            return null;
        }
        for (int length = Math.min(4, base.length() - 1); length >= 2; length--) {
            String suffix = base.substring(base.length() - length);
            if (SubjectWords.GENERIC.contains(suffix)) {
                return base.substring(0, base.length() - length);
            }
        }
        return null;
    }

    /** 住宿和餐饮业实现零售额 → 住宿和餐饮业零售额, 港口完成货物吞吐量 → 港口货物吞吐量. */
    private static String withoutInnerVerb(String noun) {
        for (String verb : new String[] {"实现", "完成"}) {
            int at = noun.indexOf(verb);
            if (at > 1 && at + verb.length() < noun.length() - 1 && !isRateNoun(noun, at + verb.length())) {
                return noun.substring(0, at) + noun.substring(at + verb.length());
            }
        }
        return noun;
    }

    /** The words before the first digit of the clause before (总指数为99.5 → 总指数), or null. */
    private static String previousClauseNoun(String text, int clauseStart) {
        String clause = previousClause(text, clauseStart, false);
        int digit = 0;
        while (digit < clause.length() && !QuantityScanner.isArabicDigit(clause.charAt(digit))) {
            digit++;
        }
        String noun = stripTrailing(stripLeading(clause.substring(0, digit)));
        return noun.isEmpty() || noun.length() > MAX_LENGTH ? null : noun;
    }

    /** 新农合参合率再创新高，达到98.5%: the words of the clause before, when this clause has only a verb. */
    private static String previousClause(String text, int clauseStart) {
        return previousClause(text, clauseStart, true);
    }

    private static String previousClause(String text, int clauseStart, boolean strip) {
        int end = clauseStart - 1;
        if (end <= 0 || "，,".indexOf(text.charAt(end)) < 0) {
            return "";
        }
        int start = ContextRules.clauseStart(text, end, LEFT_BOUNDARIES);
        String words = withoutParentheses(text.substring(start, end));
        return strip ? stripTrailing(stripLeading(words)) : words;
    }

    /** The subject of the nearest earlier quantity in the same sentence, for 增长5.3% after 13778.34亿元. */
    private static String inheritedBase(String text, List<Candidate> candidates, int index) {
        int sentence = ContextRules.clauseStart(text, candidates.get(index).start, "。！？!?\n");
        for (int i = index - 1; i >= 0; i--) {
            Candidate earlier = candidates.get(i);
            if (earlier.end <= sentence) {
                return null;
            }
            if (!earlier.baseSubject.isEmpty()) {
                return earlier.baseSubject;
            }
        }
        return null;
    }

    private static boolean listedAfter(String text, Candidate previous, Candidate c) {
        if (previous == null || previous.end > c.start) {
            return false;
        }
        String gap = text.substring(previous.end, c.start);
        return gap.length() <= 2 && (gap.isEmpty() || "、和与及，,或".indexOf(gap.charAt(0)) >= 0);
    }

    private static String withoutComparison(String left) {
        int word = COMPARISONS.longestSuffix(left);
        return word > 0 && left.length() > word ? left.substring(0, left.length() - word) : left;
    }

    /** 增长到, 增加到: the number is a new level of the previous subject (从54万亿元增长到114万亿元). */
    private static boolean isDirectionOnly(String words) {
        String left = words;
        while (left.endsWith("的")) {
            left = left.substring(0, left.length() - 1);
        }
        left = left.substring(0, trailingDate(left));
        if (!(left.endsWith("到") || left.endsWith("至"))) {
            return false;
        }
        String rest = left.substring(0, left.length() - 1);
        return DIRECTIONS.contains(rest) || rest.equals("扩大") || rest.equals("达");
    }

    /** True when the words before the number are only a comparison and a direction (比上年增长). */
    private static boolean comparisonOnly(String left) {
        if (left.isEmpty()) {
            return true;
        }
        String rest = left;
        boolean said = false;
        int year = yearComparison(rest);
        if (year > 0) {
            rest = rest.substring(year); // 比2010年提高17%
            said = true;
        }
        int rateWord = RATE_WORDS.longestPrefix(rest);
        if (rateWord > 0 && rest.length() > rateWord) {
            rest = rest.substring(rateWord); // 增速较一季度提升1.2个百分点: the rate of the quantity before
        }
        int comparison = COMPARISONS.longestPrefix(rest);
        if (comparison > 0) {
            rest = rest.substring(comparison);
            said = true;
        }
        int period = periodComparison(rest);
        if (period > 0) {
            rest = rest.substring(period);
            said = true;
        }
        rest = stripTrailing(rest);
        int direction = DIRECTIONS.longestPrefix(rest);
        if (direction > 0) {
            rest = rest.substring(direction);
            said = true;
        }
        rest = stripTrailing(rest);
        return said && (rest.isEmpty() || rest.equals("高") || rest.equals("低") || rest.equals("快")
                || rest.equals("慢") || (left.startsWith("比") && rest.length() <= 4));
    }

    /** Words for the growth rate of the quantity before: 增速较一季度提升 speaks of that rate. */
    private static final WordList RATE_WORDS = new WordList("增速", "增幅", "降幅", "涨幅", "跌幅");

    /** Length of a leading 较一季度 / 比上半年 / 较上月 (a comparison with an earlier period), or 0. */
    static int periodComparison(String s) {
        if (s.length() < 3 || (s.charAt(0) != '较' && s.charAt(0) != '比')) {
            return 0;
        }
        int period = SubjectWords.PERIODS.longestPrefix(s.substring(1));
        return period > 0 ? period + 1 : 0;
    }

    /** 地区生产总值[2] → 地区生产总值: footnote markers are not part of a name. */
    private static String withoutFootnotes(String s) {
        int open = s.indexOf('[');
        if (open < 0) {
            return s;
        }
        StringBuilder out = new StringBuilder(s.length());
        int i = 0;
        while (i < s.length()) {
            char ch = s.charAt(i);
            int close = ch == '[' ? s.indexOf(']', i) : -1;
            if (close > i + 1 && close - i <= 4 && allDigits(s, i + 1, close)) {
                i = close + 1;
                continue;
            }
            out.append(ch);
            i++;
        }
        return out.toString();
    }

    private static boolean allDigits(String s, int from, int to) {
        for (int i = from; i < to; i++) {
            if (!QuantityScanner.isArabicDigit(s.charAt(i))) {
                return false;
            }
        }
        return true;
    }

    static String stripLeading(String s) {
        String result = strip(s);
        boolean changed = true;
        while (changed && !result.isEmpty()) {
            changed = false;
            int year = leadingDate(result);
            if (year > 0) {
                result = result.substring(year);
                changed = true;
                continue;
            }
            if (result.length() > 2 && result.charAt(0) == '共' && "建享同识产".indexOf(result.charAt(1)) < 0) {
                result = result.substring(1); // 共接待游客, but 共建“一带一路”
                changed = true;
                continue;
            }
            int word = LEADING.longestPrefix(result);
            if (word > 0 && result.length() > word) {
                boolean verb = SubjectWords.ACTION_VERBS.contains(result.substring(0, word));
                result = result.substring(word);
                if (verb && result.length() > 2) {
                    result = result.substring(IndicatorName.resultativeComplement(result, 0)); // 争取到中央资金
                }
                changed = true;
            }
        }
        if (result.length() < s.strip().length() && result.length() > 2 && result.charAt(0) == '有'
                && "效色机线关序偿限力益害形".indexOf(result.charAt(1)) < 0) {
            result = result.substring(1); // 年末全市有普通高校, 全县共有幼儿园: after a time or place, 有 says "there are"
        }
        return result;
    }

    /** Membership of a programme (入选国家万人计划3人): 计划 ends the programme's name, it is no plan of the figure. */
    private static boolean namesAProgramme(String subject, int suffix) {
        int verb = MEMBERSHIP_VERBS.longestPrefix(subject);
        return subject.endsWith("计划") && suffix == 2 && verb > 0 && subject.length() - verb > 3;
    }

    private static final WordList MEMBERSHIP_VERBS = new WordList("入选", "入围", "列入", "纳入", "获批", "新入选");

    static String stripTrailing(String s) {
        String result = strip(s);
        boolean changed = true;
        while (changed && !result.isEmpty()) {
            changed = false;
            int date = trailingDate(result);
            if (date < result.length()) {
                result = result.substring(0, date);
                changed = true;
                continue;
            }
            int word = TRAILING.longestSuffix(result);
            if (word > 0 && !namesAProgramme(result, word)) {
                result = result.substring(0, result.length() - word);
                changed = true;
            }
        }
        return result;
    }

    private static String stripDirection(String subject) {
        int direction = DIRECTIONS.longestSuffix(subject);
        if (direction == 0 || subject.length() <= direction) {
            return subject;
        }
        return withoutComparison(subject.substring(0, subject.length() - direction));
    }

    /** Length of a leading 比2010年 / 较2010年末 / 与2010年相比, or 0. */
    private static int yearComparison(String s) {
        if (s.length() < 6 || "比较与".indexOf(s.charAt(0)) < 0) {
            return 0;
        }
        int i = 1;
        while (i < s.length() && QuantityScanner.isArabicDigit(s.charAt(i))) {
            i++;
        }
        if (i != 5 || i >= s.length() || s.charAt(i) != '年') {
            return 0;
        }
        i++;
        if (i < s.length() && "末底".indexOf(s.charAt(i)) >= 0) {
            i++;
        }
        if (s.startsWith("相比", i)) {
            i += 2;
        }
        return i;
    }

    /** Where a trailing 2010年 / 2010年末 starts (公共财政预算收入由2010年的), else the length. */
    private static int trailingDate(String s) {
        int end = s.length();
        while (end > 0 && "末底".indexOf(s.charAt(end - 1)) >= 0) {
            end--;
        }
        if (end == 0 || s.charAt(end - 1) != '年') {
            return s.length();
        }
        int i = end - 1;
        while (i > 0 && QuantityScanner.isArabicDigit(s.charAt(i - 1))) {
            i--;
        }
        return end - 1 - i == 4 ? i : s.length();
    }

    /** Length of a leading 2021年 / 12月份 / 2021年末, or 0. */
    private static int leadingDate(String s) {
        int i = 0;
        while (i < s.length() && QuantityScanner.isArabicDigit(s.charAt(i))) {
            i++;
        }
        if (i == 0 || i >= s.length() || (s.charAt(i) != '年' && s.charAt(i) != '月')) {
            return 0;
        }
        i++;
        while (i < s.length() && "末底份初度以来".indexOf(s.charAt(i)) >= 0) {
            i++;
        }
        return i < s.length() ? i : 0;
    }

    /** strip() that allocates nothing and looks at two characters when there is nothing to strip. */
    private static String strip(String s) {
        if (s.isEmpty() || (!Character.isWhitespace(s.charAt(0)) && !Character.isWhitespace(s.charAt(s.length() - 1)))) {
            return s;
        }
        return s.strip();
    }

    private static String clip(String subject) {
        String s = subject.strip();
        return s.length() <= MAX_LENGTH ? s : s.substring(s.length() - MAX_LENGTH);
    }
}
