package org.zhibiao.classify;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.zhibiao.model.Indicator;

/**
 * The period a figure belongs to ({@code 2025}, {@code 2025H1}, {@code 2025Q1}, {@code 2025Q1-3},
 * {@code 2025M1-10}, {@code 2025M6}, {@code 2021-2025}), read from the time expression nearest before the figure
 * in its own sentence, else the document's default period.
 *
 * <p>Relative words (今年, 上年, 去年, 明年) count from the year the text is written in, which for a government work
 * report is the year after the one it reviews. A comparison base (比上年, 较2020年, 上年同期) is not the figure's
 * period. A five-year plan (“十四五”) spans the years its ordinal gives (the third plan began in 1966, each lasts five
 * years); 过去五年, 近三年, 五年来 end in the document's data year.
 */
public final class PeriodResolver {

    /** A period and the year it ends in (年份). */
    public record Period(String code, int lastYear) {

        public static Period year(int year) {
            return new Period(Integer.toString(year), year);
        }

        /** The same part of the year in another year: 2022H1 moved to 2023 is 2023H1. */
        Period inYear(int year) {
            return code.matches("\\d{4}(H|Q|M).*") ? new Period(year + code.substring(4), year) : year(year);
        }
    }

    private static final String CN = "[一二两三四五六七八九十]";
    /** Comparison bases and dates: blanked out before any time expression is read. */
    private static final String PART_WORDS = "上半年|下半年|前三季度|第?[一二三四1-4]季度|\\d{1,2}\\s*[-－—–~～至到]\\s*\\d{1,2}月份?"
            + "|\\d{1,2}月份?|上月|上季度";
    private static final Pattern NOT_A_PERIOD = Pattern.compile(
            "(?:比|较|与|同|相比|对比|超过|高于|低于|快于|慢于|好于)(?:(?:上年|去年|前年|(?:19|20)\\d{2}年)(?:同期|末|底)?(?:"
                    + PART_WORDS + ")?|(?:" + PART_WORDS + "))"
                    + "|(?:上年|去年)同期"
                    + "|(?:(?:19|20)\\d{2}年)?\\d{1,2}月\\d{1,2}[日号]");
    /** What may stand between a clause's start and a time expression that opens it (其中，今年上半年…). */
    private static final Pattern OPENS_CLAUSE = Pattern.compile(
            "^(?:其中|同时|此外|另外|而|截至|截止|到|至|从|自|在|力争|争取|确保|预计|计划|目标是?|今年|去年|上年|本年|明年"
                    + "|全区|全市|全县|全省|[\\d年·\\s])*$");
    private static final String CLAUSE_BREAKS = "，,；;。：:！？!?";
    private static final Pattern ABSOLUTE_YEAR = Pattern.compile("(?<!\\d)((?:19|20)\\d{2})年(?!代)");
    private static final Pattern RELATIVE_YEAR = Pattern.compile("今年|本年度|上年|去年|前年|明年");
    private static final Pattern PART = Pattern.compile(
            "(上半年|下半年|前三季度|第?([一二三四1-4])季度|(\\d{1,2})\\s*[-－—–~～至到]\\s*(\\d{1,2})月份?"
                    + "|(?<![\\d.])(\\d{1,2})月份?(?![\\d份]*[日号]))");
    private static final Pattern PLAN = Pattern.compile("“?(" + CN + "{1,2})五”?(?=期间|时期|以来|规划|末|初|累计|”)");
    private static final Pattern YEARS_SINCE = Pattern.compile(
            "(?:过去|近)(" + CN + "{1,2}|\\d{1,2})年(?:来|间|中)?|(?<![\\d" + "一二两三四五六七八九十" + "])("
                    + CN + "{1,2}|\\d{1,2})年(?:来|间|累计)");

    private PeriodResolver() {
    }

    /**
     * @param sentence     the figure's sentence
     * @param mentionStart where the figure starts in it
     * @param fallback     the period when the sentence names none (the document's period, or the plan year's);
     *                     null when unknown
     * @param dataYear     the year the document reports on (five-year spans end there); may be null
     * @param speakingYear the year relative words count from; may be null
     */
    public static Period resolve(String sentence, int mentionStart, Period fallback, Integer dataYear,
            Integer speakingYear) {
        String text = blankComparisons(sentence == null ? "" : sentence);
        int end = Math.max(0, Math.min(text.length(), mentionStart));
        int mentionClause = clauseStart(text, end);
        Expression last = null;
        for (Expression e : expressions(text, dataYear, speakingYear)) {
            int clause = clauseStart(text, e.start);
            boolean opensClause = OPENS_CLAUSE.matcher(text.substring(clause, e.start)).matches();
            if (e.start < end && (clause == mentionClause || opensClause)) {
                last = e;
            }
        }
        if (last == null) {
            return fallback;
        }
        if (last.period != null) {
            return last.period;
        }
        Integer year = last.year;
        if (year == null) {
            year = fallback != null ? fallback.lastYear() : null;
        }
        return year == null ? null : part(last.part, year);
    }

    /**
     * The period a sentence opens with (一季度全市实现…), or null: it carries on to the next sentences of the
     * same paragraph (其中，一产实现增加值…).
     */
    public static Period opening(String sentence, Integer dataYear, Integer speakingYear) {
        String text = sentence == null ? "" : sentence;
        int firstBreak = 0;
        while (firstBreak < text.length() && CLAUSE_BREAKS.indexOf(text.charAt(firstBreak)) < 0) {
            firstBreak++;
        }
        if (dataYear == null) {
            return null;
        }
        Period none = new Period(dataYear.toString(), dataYear);
        Period found = resolve(text.substring(0, firstBreak), firstBreak, none, dataYear, speakingYear);
        return found == none ? null : found;
    }

    /** The document's own period from its title: 2022年上半年… is 2022H1; else the data year. */
    public static Period ofDocument(String title, Integer dataYear) {
        if (dataYear == null) {
            return null;
        }
        Period inTitle = resolve(title, title == null ? 0 : title.length(), Period.year(dataYear), dataYear,
                dataYear);
        return inTitle != null && inTitle.lastYear() == dataYear ? inTitle : Period.year(dataYear);
    }

    /** A row that has a year and no period (a CSV cell of a year column) has that year as its period. */
    public static Indicator withYearPeriod(Indicator row) {
        return row.period() == null && row.year() != null ? row.withPeriod(row.year().toString(), row.year()) : row;
    }

    /** A period code's last year: {@code 2021-2025} → 2025, {@code 2025H1} → 2025; null when not a period. */
    public static Integer lastYear(String code) {
        if (code == null) {
            return null;
        }
        Matcher m = Pattern.compile("^(\\d{4})(?:-(\\d{4}))?").matcher(code);
        return !m.find() ? null : Integer.valueOf(m.group(2) != null ? m.group(2) : m.group(1));
    }

    /** The period code moved so that it ends in {@code year} (a year given per file replaces the text's). */
    public static String movedTo(String code, int year) {
        Integer last = lastYear(code);
        if (last == null) {
            return Integer.toString(year);
        }
        Matcher span = Pattern.compile("^(\\d{4})-(\\d{4})$").matcher(code);
        if (span.find()) {
            return (Integer.parseInt(span.group(1)) + year - last) + "-" + year;
        }
        return new Period(code, last).inYear(year).code();
    }

    private record Expression(int start, Integer year, String part, Period period) {
    }

    private static List<Expression> expressions(String text, Integer dataYear, Integer speakingYear) {
        List<Expression> found = new ArrayList<>();
        List<int[]> yearSpans = new ArrayList<>();
        Matcher m = ABSOLUTE_YEAR.matcher(text);
        while (m.find()) {
            found.add(new Expression(m.start(), Integer.valueOf(m.group(1)), null, null));
            yearSpans.add(new int[] {m.start(), m.end()});
        }
        m = RELATIVE_YEAR.matcher(text);
        while (m.find()) {
            Integer year = speakingYear == null ? null : speakingYear + offset(m.group());
            found.add(new Expression(m.start(), year, null, year == null ? null : Period.year(year)));
        }
        m = PART.matcher(text);
        while (m.find()) {
            found.add(new Expression(m.start(), yearBefore(found, m.start()), m.group(1), null));
        }
        m = PLAN.matcher(text);
        while (m.find()) {
            Integer ordinal = smallNumber(m.group(1));
            if (ordinal != null && ordinal >= 3) {
                int first = 1966 + 5 * (ordinal - 3);
                found.add(new Expression(m.start(), null, null, span(first, first + 4)));
            }
        }
        m = YEARS_SINCE.matcher(text);
        while (m.find()) {
            String count = m.group(1) != null ? m.group(1) : m.group(2);
            Integer years = smallNumber(count);
            if (dataYear != null && years != null && years >= 2 && years <= 20) {
                found.add(new Expression(m.start(), null, null, span(dataYear - years + 1, dataYear)));
            }
        }
        found.sort(Comparator.comparingInt(Expression::start));
        return found;
    }

    /** 2022年上半年: a part of the year takes the year written just before it in the same sentence. */
    private static Integer yearBefore(List<Expression> found, int start) {
        Integer year = null;
        for (Expression e : found) {
            if (e.start < start && e.year != null && e.part == null) {
                year = e.year;
            }
        }
        return year;
    }

    private static int offset(String relative) {
        return switch (relative) {
            case "上年", "去年" -> -1;
            case "前年" -> -2;
            case "明年" -> 1;
            default -> 0;
        };
    }

    private static Period span(int first, int last) {
        return new Period(first + "-" + last, last);
    }

    private static Period part(String part, int year) {
        if (part == null) {
            return Period.year(year);
        }
        if (part.equals("上半年")) {
            return new Period(year + "H1", year);
        }
        if (part.equals("下半年")) {
            return new Period(year + "H2", year);
        }
        if (part.equals("前三季度")) {
            return new Period(year + "Q1-3", year);
        }
        Matcher m = PART.matcher(part);
        if (!m.matches()) {
            return Period.year(year);
        }
        if (m.group(2) != null) {
            return new Period(year + "Q" + quarter(m.group(2)), year);
        }
        if (m.group(3) != null) {
            return new Period(year + "M" + Integer.parseInt(m.group(3)) + "-" + Integer.parseInt(m.group(4)), year);
        }
        int month = Integer.parseInt(m.group(5));
        return month >= 1 && month <= 12 ? new Period(year + "M" + month, year) : Period.year(year);
    }

    /** 1 to 99 written as 三, 十四, 二十 or 12. */
    private static Integer smallNumber(String text) {
        if (text.matches("\\d+")) {
            return Integer.valueOf(text);
        }
        String digits = "零一二三四五六七八九";
        String t = text.replace('两', '二');
        int ten = t.indexOf('十');
        if (ten < 0) {
            return t.length() == 1 && digits.indexOf(t.charAt(0)) > 0 ? digits.indexOf(t.charAt(0)) : null;
        }
        int tens = ten == 0 ? 1 : digits.indexOf(t.charAt(0));
        int ones = ten == t.length() - 1 ? 0 : digits.indexOf(t.charAt(ten + 1));
        return tens < 1 || ones < 0 ? null : tens * 10 + ones;
    }

    private static int quarter(String q) {
        return q.matches("\\d") ? Integer.parseInt(q) : "一二三四".indexOf(q) + 1;
    }

    /** A time expression inside a clause (项目10月份投入使用) dates an event there, not the figures of later clauses. */
    private static int clauseStart(String text, int position) {
        int from = position;
        while (from > 0 && CLAUSE_BREAKS.indexOf(text.charAt(from - 1)) < 0) {
            from--;
        }
        return from;
    }

    private static String blankComparisons(String text) {
        Matcher m = NOT_A_PERIOD.matcher(text);
        StringBuilder out = new StringBuilder(text);
        while (m.find()) {
            for (int i = m.start(); i < m.end(); i++) {
                out.setCharAt(i, '·');
            }
        }
        return out.toString();
    }
}
