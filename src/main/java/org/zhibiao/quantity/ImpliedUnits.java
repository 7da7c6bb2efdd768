package org.zhibiao.quantity;

import java.math.BigDecimal;
import java.util.Set;
import org.zhibiao.model.Kind;

/**
 * Counts written without a measure word, where the noun after the number says what is counted: 12.6万监测对象,
 * 97万常住人口, 58万农村居民, 2万以上孕产妇. When that noun phrase (a few characters, no punctuation) ends in a
 * noun for people, the number counts people: base unit 人, nothing written as the unit, and a note that says so.
 */
final class ImpliedUnits {

    /** Head nouns for people, the last word of the counted noun phrase. */
    private static final Set<String> PERSON_HEADS = Set.of(
            "人口", "人员", "居民", "群众", "农民", "市民", "村民", "职工", "员工", "工人", "学生", "儿童", "少年", "青年",
            "老人", "老年人", "妇女", "孕产妇", "产妇", "患者", "病人", "游客", "旅客", "乘客", "对象", "党员", "干部",
            "教师", "医生", "护士", "志愿者", "军人", "毕业生", "残疾人", "劳动力", "农民工", "人才", "专家", "会员",
            "考生", "新生儿", "婴幼儿", "幼儿", "选民", "务工者", "从业者", "创业者", "居民户籍人口");
    /** The longest modifier allowed before the head noun (常住, 农村, 困难, 脱贫监测). */
    private static final int MAX_MODIFIER = 6;
    private static final int LONGEST_HEAD = 6;

    static final UnitCatalog.Unit PEOPLE = new UnitCatalog.Unit("", "人", BigDecimal.ONE, Kind.PEOPLE);

    private ImpliedUnits() {
    }

    /** The counted noun phrase starting at {@code at} when it names people, else null. */
    static String personNounAt(CharSequence text, int at) {
        int end = at;
        while (end < text.length() && end - at < MAX_MODIFIER + LONGEST_HEAD && isNounChar(text.charAt(end))) {
            end++;
        }
        // the shortest phrase that ends in a head noun: 97万常住人口 → 常住人口
        for (int stop = at + 2; stop <= end; stop++) {
            for (int head = 2; head <= Math.min(LONGEST_HEAD, stop - at); head++) {
                if (PERSON_HEADS.contains(text.subSequence(stop - head, stop).toString())) {
                    return text.subSequence(at, stop).toString();
                }
            }
        }
        return null;
    }

    /** Words that count people when they stand right before the number (past 突破/达到/为): 参保人数突破5100万. */
    private static final String[] PERSON_COUNT_WORDS = {"人数", "人口", "人次"};
    private static final String[] LINKS = {"突破", "达到", "超过", "为", "达", "约", "近", "超", "逾", "增至", "增加", "减少"};

    /** The person-count word right before {@code numberStart} (past one link word), else null. */
    static String personCountBefore(CharSequence text, int numberStart) {
        int at = numberStart;
        for (String link : LINKS) {
            if (QualifierRules.regionMatches(text, at - link.length(), link)) {
                at -= link.length();
                break;
            }
        }
        for (String word : PERSON_COUNT_WORDS) {
            if (QualifierRules.regionMatches(text, at - word.length(), word)) {
                return word;
            }
        }
        return null;
    }

    /** The note for the workbook's 说明. */
    static String note(String noun) {
        return "单位未写出，按“" + noun + "”计为人";
    }

    /** {@link #note} in English: the noun is in the row's sentence, so the note need not quote it. */
    static final String NOTE_EN = "No unit written: counted as people, after the noun that follows the number.";

    private static boolean isNounChar(char c) {
        return c >= '\u4e00' && c <= '\u9fff' && "的和与及或、是为有在了".indexOf(c) < 0;
    }
}
