package org.zhibiao.quantity;

import static org.zhibiao.quantity.SubjectWords.ACTION_VERBS;
import static org.zhibiao.quantity.SubjectWords.COMPARISONS;
import static org.zhibiao.quantity.SubjectWords.DIRECTIONS;
import static org.zhibiao.quantity.SubjectWords.NOT_PLACES;
import static org.zhibiao.quantity.SubjectWords.REGION_WORDS;

import org.zhibiao.model.Kind;

/**
 * The 指标 an analyst filters on, made from the subject the clause rules found: the same indicator gets the same
 * name however the sentence says it (历下区地区生产总值 / 地区生产总值增长 / 地区生产总值同比增长 → 地区生产总值).
 * <ul>
 *   <li>no region: 全市/全省/全区 …, or a leading name of 2–6 characters that ends in an administrative-division
 *       suffix (省 市 区 县 旗 镇 乡 街道) and is not a noun that only looks like one (地区生产总值, 社区, 园区);</li>
 *   <li>no growth words on a rate: a growth rate, a change in points or a multiple is told by its kind, so
 *       同比增长, 比上年提高, 增速 are dropped; an amount that says it grew (比上年增加0.03万人) is an increment:
 *       常住人口增加量;</li>
 *   <li>no verbs of the sentence before the measured thing (下决心拆迁盘活闲置低效用地 → 闲置低效用地), except
 *       新增, which names a measure of its own (新增就业 is not 就业);</li>
 *   <li>no figure caption (图1 …, 表2 …) glued before the sentence.</li>
 * </ul>
 */
public final class IndicatorName {

    private static final int MIN_LENGTH = 2;

    private IndicatorName() {
    }

    /** The name for a subject of a quantity of this kind. */
    static String of(String subject, Kind kind) {
        if (subject == null || subject.isEmpty()) {
            return "";
        }
        String name = withoutSeparators(withoutCaption(subject.strip()));
        String before;
        do {
            before = name;
            name = withoutLeadingRegion(name);
            name = SubjectFinder.stripLeading(name);
            name = withoutLeadingVerbs(name);
            if (!name.equals(before) && name.length() > MIN_LENGTH && name.charAt(0) == '有') {
                name = name.substring(1); // 年末全市有普通高校: 有 after a place or time says only "there are"
            }
        } while (!name.equals(before));
        return withoutMovement(name, kind);
    }

    /**
     * The name without the document's own region (历下区地区生产总值 in 历下区's report → 地区生产总值). The general
     * rule of {@link #of} already removes most names of places; this removes the one the document is about even
     * when it does not end in a division suffix (张店 of 张店区, 石家庄 of 石家庄市); a sub-area named after it
     * (石家庄新区, 张店经济开发区) is a region of its own and stays.
     */
    public static String withoutRegion(String name, String region) {
        if (name == null || region == null || region.length() < MIN_LENGTH) {
            return name;
        }
        String shortRegion = withoutDivisionSuffix(region);
        for (String place : new String[] {region, shortRegion}) {
            if (place.length() >= MIN_LENGTH && name.startsWith(place) && name.length() - place.length() >= MIN_LENGTH
                    && !crossesNotPlace(name, place.length())
                    && SubjectWords.SUB_AREAS.longestPrefix(name.substring(place.length())) == 0) {
                return SubjectFinder.stripLeading(name.substring(place.length()));
            }
        }
        return name;
    }

    /** 历下区 → 历下, 石家庄市 → 石家庄; a two-character name keeps its suffix (和县). */
    private static String withoutDivisionSuffix(String region) {
        for (String suffix : SubjectWords.DIVISION_SUFFIXES) {
            if (region.endsWith(suffix) && region.length() - suffix.length() >= MIN_LENGTH) {
                return region.substring(0, region.length() - suffix.length());
            }
        }
        return region;
    }

    /** 光明区上半年GDP → 上半年GDP; 地区生产总值, 社区卫生服务中心, 城市支路 stay. */
    static String withoutLeadingRegion(String name) {
        int word = REGION_WORDS.longestPrefix(name);
        if (word > 0 && name.length() - word >= MIN_LENGTH) {
            return name.substring(word);
        }
        for (int end = Math.min(6, name.length() - MIN_LENGTH); end >= 2; end--) {
            String head = name.substring(0, end);
            int suffix = divisionSuffix(head);
            if (suffix == 0 || head.length() == suffix || NOT_PLACES.endsAny(head) || crossesNotPlace(name, end)
                    || NOT_PLACES.longestPrefix(head) > 0
                    || !isNameText(head) || ACTION_VERBS.longestPrefix(head) > 0
                    || SubjectWords.LEADING.longestPrefix(head) > 0) {
                continue;
            }
            return name.substring(end);
        }
        return name;
    }

    private static int divisionSuffix(String head) {
        for (String suffix : SubjectWords.DIVISION_SUFFIXES) {
            if (head.endsWith(suffix)) {
                return suffix.length();
            }
        }
        return 0;
    }

    /** True when a noun that only looks like a place (省外, 上市) crosses a cut before {@code end}. */
    private static boolean crossesNotPlace(String name, int end) {
        for (int from = Math.max(0, end - 3); from < end; from++) {
            int length = NOT_PLACES.lengthAt(name, from);
            if (length > 0 && from + length > end) {
                return true;
            }
        }
        return false;
    }

    /** A place's name is plain Chinese text: no digits, quotes or list marks (“十四五”规划区 is not a place). */
    private static boolean isNameText(String head) {
        for (int i = 0; i < head.length(); i++) {
            char ch = head.charAt(i);
            if (!Character.isIdeographic(ch) || "、和及与等的新老各全本".indexOf(ch) >= 0) {
                return false;
            }
        }
        return true;
    }

    /** 下决心拆迁盘活闲置低效用地 → 闲置低效用地; 新建、续建商贸类项目 → 商贸类项目; 新增就业 stays. */
    static String withoutLeadingVerbs(String name) {
        String rest = name;
        while (true) {
            int verb = ACTION_VERBS.longestPrefix(rest);
            if (verb == 0) {
                return rest;
            }
            int next = verb + resultativeComplement(rest, verb);
            while (next < rest.length() && "、和及与并".indexOf(rest.charAt(next)) >= 0) {
                next++;
            }
            if (rest.length() - next < MIN_LENGTH || ACTION_VERBS.longestPrefix(rest.substring(next)) == rest.length() - next
                    || SubjectWords.DEPENDENT.contains(rest.substring(next))) {
                return rest; // 完成投资 stays whole until an owner is found; 拆迁改造 names nothing else
            }
            rest = rest.substring(next);
        }
    }

    /**
     * The complement that ends a verb's result (争取到中央资金, 完成了投资): 到 and 了 belong to the verb, not to the
     * thing measured. 到位资金, 到账资金 and 到期债务 keep their 到: there it opens the noun.
     */
    static int resultativeComplement(String text, int at) {
        if (at + 1 >= text.length()) {
            return 0;
        }
        char ch = text.charAt(at);
        if (ch == '了' || ch == '到' && "位账期岗户港".indexOf(text.charAt(at + 1)) < 0) {
            return 1;
        }
        return 0;
    }

    /** 图1 2019-2023年地区生产总值及其增长速度 2023年地区生产总值 → 2023年地区生产总值 (stripped later). */
    static String withoutCaption(String subject) {
        int at = captionEnd(subject);
        if (at < 0) {
            // 图3：2023年三次产业构成 第三产业增加值比重: the marker stood before the ：; the title still ends the caption
            int space = lastSpace(subject);
            if (space > 0 && space + 1 < subject.length()) {
                String before = subject.substring(0, space).strip();
                for (String end : SubjectWords.CAPTION_ENDS) {
                    if (before.endsWith(end)) {
                        return subject.substring(space + 1).strip();
                    }
                }
            }
            return subject;
        }
        String rest = subject.substring(at);
        int space = lastSpace(rest);
        if (space >= 0 && space + 1 < rest.length()) {
            return rest.substring(space + 1).strip();
        }
        for (String end : SubjectWords.CAPTION_ENDS) {
            int found = rest.lastIndexOf(end);
            if (found >= 0 && found + end.length() < rest.length() - 1) {
                return rest.substring(found + end.length()).strip();
            }
        }
        return rest.strip();
    }

    /** End of a leading 图1 / 表2 / 图一 marker, or -1. */
    private static int captionEnd(String s) {
        if (s.length() < 3 || (s.charAt(0) != '图' && s.charAt(0) != '表')) {
            return -1;
        }
        int i = 1;
        while (i < s.length() && (QuantityScanner.isArabicDigit(s.charAt(i)) || ChineseNumerals.isNumeralChar(s.charAt(i))
                || s.charAt(i) == '-' || s.charAt(i) == '.')) {
            i++;
        }
        if (i == 1) {
            return -1;
        }
        while (i < s.length() && (Character.isWhitespace(s.charAt(i)) || "：:．.、".indexOf(s.charAt(i)) >= 0)) {
            i++;
        }
        return i;
    }

    private static int lastSpace(String s) {
        for (int i = s.length() - 1; i >= 0; i--) {
            if (Character.isWhitespace(s.charAt(i)) || s.charAt(i) == '\u3000') {
                return i;
            }
        }
        return -1;
    }

    /** Length of a trailing 比2010年 / 较2015年末 / 比2010年相比, or 0. */
    private static int yearComparison(String s) {
        int end = s.endsWith("相比") ? s.length() - 2 : s.length();
        int i = end;
        if (i > 0 && "末底".indexOf(s.charAt(i - 1)) >= 0) {
            i--;
        }
        if (i == 0 || s.charAt(i - 1) != '年') {
            return 0;
        }
        i--;
        int digits = 0;
        while (i > 0 && QuantityScanner.isArabicDigit(s.charAt(i - 1))) {
            i--;
            digits++;
        }
        if (digits != 4 || i == 0 || "比较与".indexOf(s.charAt(i - 1)) < 0) {
            return 0;
        }
        return s.length() - (i - 1);
    }

    private static int trailingPeriodComparison(String s) {
        for (int length = Math.min(6, s.length() - 1); length >= 3; length--) {
            if (SubjectFinder.periodComparison(s.substring(s.length() - length)) == length) {
                return length;
            }
        }
        return 0;
    }

    /** 、蔬菜产量 → 蔬菜产量: list marks left at either end by a cut. */
    private static String withoutSeparators(String s) {
        int from = 0;
        int to = s.length();
        while (from < to && "、，,和及与；;：:".indexOf(s.charAt(from)) >= 0) {
            from++;
        }
        while (to > from && "、，,；;：:".indexOf(s.charAt(to - 1)) >= 0) {
            to--;
        }
        return s.substring(from, to);
    }

    /** Growth words off a rate (the kind says it); an amount that moved becomes an increment. */
    private static String withoutMovement(String name, Kind kind) {
        boolean rate = kind == Kind.GROWTH_RATE || kind == Kind.PERCENT_POINT || kind == Kind.MULTIPLE;
        String base = name;
        String moved = null;
        boolean changed = true;
        while (changed) {
            changed = false;
            int direction = DIRECTIONS.longestSuffix(base);
            if (direction > 0 && base.length() - direction >= MIN_LENGTH) {
                moved = moved == null ? base.substring(base.length() - direction) : moved;
                base = base.substring(0, base.length() - direction);
                changed = true;
            }
            int year = yearComparison(base);
            if (year > 0 && base.length() - year >= MIN_LENGTH) {
                base = base.substring(0, base.length() - year); // 城镇常住居民人均可支配收入比2010年
                changed = true;
            }
            int period = trailingPeriodComparison(base);
            if (period > 0 && base.length() - period >= MIN_LENGTH) {
                base = base.substring(0, base.length() - period); // 规上工业增加值增速较一季度
                changed = true;
            }
            int comparison = COMPARISONS.longestSuffix(base);
            if (comparison > 1 && base.length() - comparison >= MIN_LENGTH) { // 存贷比 keeps its 比
                base = base.substring(0, base.length() - comparison);
                changed = true;
            }
        }
        if (moved == null || rate) {
            return moved == null ? name : base;
        }
        if (kind == Kind.PERCENT || kind == Kind.RATIO || kind == Kind.RANK || !SubjectWords.AMOUNT_CHANGES.contains(moved)) {
            return name; // 完成率, 占比, 农房风貌提升: not a change of an amount
        }
        return base + (SubjectWords.DOWNWARD.contains(moved) ? "减少量" : "增加量");
    }
}
