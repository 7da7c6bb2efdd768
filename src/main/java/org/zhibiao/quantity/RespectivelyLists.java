package org.zhibiao.quantity;

import java.util.ArrayList;
import java.util.List;
import org.zhibiao.model.Kind;

/**
 * 分别 lists: in 实际使用外资6253万美元，预计外贸进出口总额完成145亿元，分别同比增长21%、20% the k quantities after
 * 分别 belong, in order, to the k quantities before it in the same sentence part (up to the last ；。). Each
 * listed quantity gets the subject of its partner plus the words between 分别 and the list (同比增长), the
 * partner's status, and one direction for all. When fewer quantities stand before 分别, the nouns of the
 * clause before it (第一产业、第二产业和第三产业增加值分别增长…) are split on 、和与及 instead.
 */
final class RespectivelyLists {

    private static final String SEPARATORS = "、和与及，,";
    private static final String PART_ENDS = "；;。！？!?\n";

    private RespectivelyLists() {
    }

    static void apply(String text, List<Candidate> candidates) {
        int from = 0;
        while (true) {
            int at = text.indexOf("分别", from);
            if (at < 0) {
                return;
            }
            from = at + 2;
            applyAt(text, candidates, at);
        }
    }

    private static void applyAt(String text, List<Candidate> candidates, int at) {
        int first = firstAtOrAfter(candidates, at + 2);
        if (first < 0 || containsAny(text, at + 2, candidates.get(first).start, PART_ENDS + "，,")) {
            return;
        }
        List<Candidate> listed = new ArrayList<>();
        listed.add(candidates.get(first));
        for (int i = first + 1; i < candidates.size(); i++) {
            Candidate prev = candidates.get(i - 1);
            Candidate c = candidates.get(i);
            String gap = text.substring(prev.end, c.start);
            if (!(gap.equals("以及") || (gap.length() == 1 && SEPARATORS.indexOf(gap.charAt(0)) >= 0))) {
                break;
            }
            listed.add(c);
        }
        if (listed.size() < 2) {
            return;
        }
        String phrase = SubjectFinder.stripTrailing(text.substring(at + 2, listed.get(0).start));
        if (at >= 2 && text.startsWith("同比", at - 2)) {
            phrase = "同比" + phrase; // 同比分别增长 reads as 分别同比增长
        }
        int partStart = ContextRules.clauseStart(text, at, PART_ENDS);
        List<Candidate> partners = new ArrayList<>();
        for (int i = first - 1; i >= 0 && partners.size() < listed.size(); i--) {
            Candidate c = candidates.get(i);
            if (c.start < partStart) {
                break;
            }
            if (!c.respectively) {
                partners.add(0, c);
            }
        }
        ContextRules.Direction direction = ContextRules.direction(text + "", at, listed.get(0).start);
        List<String> ownNouns = withSharedHead(nounsBefore(text, at, listed.size()));
        boolean namedHere = !ownNouns.isEmpty() && !partnersEndClause(text, partners, at);
        if (namedHere && ownNouns.size() < listed.size()) {
            List<String> expanded = expanded(ownNouns, listed.size(), text, at);
            if (expanded != null) {
                ownNouns = expanded;
            }
        }
        if (partners.size() == listed.size() && !(namedHere && ownNouns.size() == listed.size())) {
            for (int i = 0; i < listed.size(); i++) {
                Candidate c = listed.get(i);
                Candidate partner = partners.get(i);
                c.subject = partner.baseSubject.isEmpty() ? partner.subject + phrase : partner.baseSubject + phrase;
                c.baseSubject = partner.baseSubject;
                c.status = partner.status;
                finish(c, direction);
            }
            return;
        }
        List<String> nouns = ownNouns;
        if (nouns.size() == listed.size()) {
            for (int i = 0; i < listed.size(); i++) {
                Candidate c = listed.get(i);
                c.subject = nouns.get(i) + phrase;
                c.baseSubject = nouns.get(i);
                finish(c, direction);
            }
            return;
        }
        // 城乡居民人均可支配收入分别增长8.7%和8.6%: the parts cannot be told apart; all share the words
        String shared = String.join("", nouns);
        if (!shared.isEmpty()) {
            for (Candidate c : listed) {
                c.subject = shared + phrase;
                c.baseSubject = shared;
                finish(c, direction);
            }
        }
    }

    /** Index of the first candidate starting at or after {@code at} (candidates are in text order), or -1. */
    private static int firstAtOrAfter(List<Candidate> candidates, int at) {
        int low = 0;
        int high = candidates.size();
        while (low < high) {
            int middle = (low + high) >>> 1;
            if (candidates.get(middle).start < at) {
                low = middle + 1;
            } else {
                high = middle;
            }
        }
        return low < candidates.size() ? low : -1;
    }

    private static void finish(Candidate c, ContextRules.Direction direction) {
        c.respectively = true;
        if (c.kind == Kind.PERCENT || c.kind == Kind.GROWTH_RATE) {
            ContextRules.applyDirection(c, direction);
        }
    }

    /**
     * True when the words between the last partner and 分别 are only linking words (，分别同比增长; 同比分别), so the
     * listed numbers belong to the quantities before; false when the clause of 分别 names its own things
     * (城镇新增就业522万人…，城乡居民人均可支配收入年均分别增长5.3%、7.1%).
     */
    private static boolean partnersEndClause(String text, List<Candidate> partners, int at) {
        if (partners.isEmpty()) {
            return false;
        }
        int clause = ContextRules.clauseStart(text, at, "，,；;。：:！？!?\n");
        return partners.get(partners.size() - 1).end > clause;
    }

    /**
     * Fewer nouns than numbers: a contracted compound (城乡居民 → 城镇居民, 农村居民; 存贷款余额 → 存款余额, 贷款余额)
     * or one measure of the things listed in the clause before (医疗废物、生活垃圾、城市污水处理能力不断提高，处理率分别
     * 达到95%、85%、80% → 医疗废物处理率 …). Null when neither fits.
     */
    private static List<String> expanded(List<String> nouns, int wanted, String text, int at) {
        if (nouns.size() != 1) {
            return null;
        }
        String noun = nouns.get(0);
        for (int i = 0; i < CONTRACTED.length; i += 3) {
            int found = noun.indexOf(CONTRACTED[i]);
            if (found >= 0 && wanted == 2) {
                String before = noun.substring(0, found);
                String after = noun.substring(found + CONTRACTED[i].length());
                return List.of(before + CONTRACTED[i + 1] + after, before + CONTRACTED[i + 2] + after);
            }
        }
        int clause = ContextRules.clauseStart(text, at, "，,；;。：:！？!?\n");
        if (clause < 2 || "，,".indexOf(text.charAt(clause - 1)) < 0) {
            return null;
        }
        int previous = ContextRules.clauseStart(text, clause - 1, "，,；;。：:！？!?\n");
        List<String> items = split(SubjectFinder.stripLeading(text.substring(previous, clause - 1)), "、");
        if (items.size() != wanted) {
            return null;
        }
        String last = items.get(items.size() - 1);
        String head = noun.length() >= 2 ? noun.substring(0, 2) : noun;
        int cut = last.indexOf(head);
        if (cut <= 0) {
            return null;
        }
        List<String> named = new ArrayList<>(wanted);
        for (int i = 0; i < wanted - 1; i++) {
            named.add(items.get(i) + noun);
        }
        named.add(last.substring(0, cut) + noun);
        return named;
    }

    /** Contracted coordinate compounds: the word, its first part, its second part (in the order reports list them). */
    private static final String[] CONTRACTED = {
        "城乡", "城镇", "农村",
        "存贷款", "存款", "贷款",
        "进出口", "进口", "出口",
        "中小学", "中学", "小学",
        "男女", "男性", "女性",
        "中小企业", "中型企业", "小型企业",
    };

    /** 第一产业、第二产业和第三产业增加值 before 分别 → its parts. */
    private static List<String> nounsBefore(String text, int at, int wanted) {
        int clause = ContextRules.clauseStart(text, at, "，,；;。：:！？!?\n");
        int end = at >= 2 && text.startsWith("同比", at - 2) ? at - 2 : at;
        String words = SubjectFinder.stripLeading(text.substring(clause, Math.max(clause, end)));
        List<String> byComma = split(words, "、");
        // 专用设备制造业、酒和饮料制造业: 、 separates the items, 和 may sit inside one
        return byComma.size() == wanted ? byComma : split(words, "、和与及");
    }

    private static List<String> split(String words, String separators) {
        List<String> nouns = new ArrayList<>();
        int start = 0;
        for (int i = 0; i <= words.length(); i++) {
            if (i == words.length() || separators.indexOf(words.charAt(i)) >= 0) {
                String noun = words.substring(start, i).strip();
                if (!noun.isEmpty()) {
                    nouns.add(noun);
                }
                start = i + 1;
            }
        }
        return nouns;
    }

    /**
     * 国家级、省级农业产业化龙头企业 → 国家级农业产业化龙头企业, 省级农业产业化龙头企业: when the last noun starts
     * like an earlier one (same last character at the same place), the earlier one shares its head.
     */
    private static List<String> withSharedHead(List<String> nouns) {
        if (nouns.size() < 2) {
            return nouns;
        }
        List<String> ordinals = ordinalList(nouns);
        if (ordinals != null) {
            return ordinals;
        }
        String last = nouns.get(nouns.size() - 1);
        List<String> shared = new ArrayList<>(nouns.size());
        for (int i = 0; i < nouns.size() - 1; i++) {
            String noun = nouns.get(i);
            String full = noun;
            for (int length = noun.length(); length >= Math.max(1, noun.length() - 1); length--) {
                if (last.length() > length + 1 && last.charAt(length - 1) == noun.charAt(noun.length() - 1)) {
                    full = noun + last.substring(length);
                    break;
                }
            }
            shared.add(full);
        }
        shared.add(last);
        String head = shared.equals(nouns) ? headOf(nouns, last) : null;
        if (head != null) {
            List<String> headed = new ArrayList<>(nouns.size());
            for (String noun : nouns) {
                headed.add(noun.endsWith(head) ? noun : noun + head);
            }
            return headed; // 刑事治安、涉诈、涉毒警情 → 刑事治安警情, 涉诈警情, 涉毒警情
        }
        return shared;
    }

    /**
     * The head the last noun shares with the others: when the earlier nouns are words of one length (盗窃、诈骗、
     * 抢劫案件 → 案件) or one starts like the last (涉诈 / 涉毒警情 → 警情), the last noun is that many characters of
     * modifier plus the head. Null otherwise.
     */
    private static String headOf(List<String> nouns, String last) {
        int length = nouns.get(0).length();
        boolean sameLength = length >= 2 && last.length() >= length + 2;
        for (int i = 1; i < nouns.size() - 1; i++) {
            sameLength &= nouns.get(i).length() == length;
        }
        if (sameLength && last.charAt(length - 1) != nouns.get(0).charAt(length - 1)
                && !ChineseNumerals.isNumeralChar(nouns.get(0).charAt(length - 1))) {
            return last.substring(length); // 盗窃、诈骗、抢劫案件 → 案件
        }
        for (int i = 0; i < nouns.size() - 1; i++) {
            String noun = nouns.get(i);
            if (noun.length() >= 2 && last.length() >= noun.length() + 2 && noun.charAt(0) == last.charAt(0)
                    && !last.startsWith(noun) && noun.charAt(noun.length() - 1) != last.charAt(noun.length() - 1)) {
                return last.substring(noun.length());
            }
        }
        return null;
    }

    /** 第一、二、三产业 → 第一产业, 第二产业, 第三产业; null when the nouns are not such a list. */
    private static List<String> ordinalList(List<String> nouns) {
        String first = nouns.get(0);
        String last = nouns.get(nouns.size() - 1);
        if (first.length() != 2 || first.charAt(0) != '第' || !ChineseNumerals.isNumeralChar(first.charAt(1))
                || last.length() < 2 || !ChineseNumerals.isNumeralChar(last.charAt(0))) {
            return null;
        }
        String head = last.substring(1);
        List<String> expanded = new ArrayList<>(nouns.size());
        expanded.add(first + head);
        for (int i = 1; i < nouns.size() - 1; i++) {
            String middle = nouns.get(i);
            if (middle.length() != 1 || !ChineseNumerals.isNumeralChar(middle.charAt(0))) {
                return null;
            }
            expanded.add("第" + middle + head);
        }
        expanded.add("第" + last);
        return expanded;
    }

    private static boolean containsAny(String text, int from, int to, String chars) {
        for (int i = from; i < to; i++) {
            if (chars.indexOf(text.charAt(i)) >= 0) {
                return true;
            }
        }
        return false;
    }
}
