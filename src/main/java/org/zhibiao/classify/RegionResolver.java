package org.zhibiao.classify;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Places named by the structure of a sentence rather than by a list: an administrative-division name is a head of
 * two or more characters and a suffix (省 自治区 市 区 县 旗 盟 自治州 街道 镇 乡 苏木 …).
 *
 * <p>A title that starts with a place and a year (历下区2023年经济社会发展情况) names the document's region; a
 * festive or reprint prefix before it (喜迎二十大｜, 【奋进】, 转载：) is cut off at its separator, and a
 * name the body gives shorter (砥砺前行历下区 where the text says 历下区) is the shorter one.
 *
 * <p>A figure whose clause opens with a place (其中，新华区实现地区生产总值…; 2023年，历下区实现…) belongs to
 * that place: the document's region when it is the same place, else the named sub-area. Collective words (全市,
 * 我区, 各县) and zones that are not administrative divisions (开发区, 城区, 特色小镇) name no place.
 */
public final class RegionResolver {

    private static final String SUFFIX = "(?:自治州|自治县|自治旗|自治区|特别行政区|街道|苏木|省|市|区|县|旗|盟|镇|乡)";
    private static final Pattern NAME = Pattern.compile("[\\u4e00-\\u9fa5]{1,10}?" + SUFFIX);
    private static final int MAX_NAME = 14;
    /** Not places: collectives and zones, by how they end. */
    private static final Pattern NOT_A_PLACE = Pattern.compile(
            "^(两|三|多|市|区|县|省|城|乡|村|集|小)" + SUFFIX + "$|(全|我|本|该|各|每|此|外)" + SUFFIX + "$"
                    + "|(城市|都市|上市|超市|示范区|合作区|试验区|开发区|功能区|保护区|度假区|先行区|集聚区|核心区|承载区|城镇|乡镇|村镇"
                    + "|小镇|高新区|经开区|综保区|自贸区|经济区|工业区|产业区|商务区|旅游区|城乡|县市区|市县|区县|县区|市区县|小区|学区|营区|户区|贸区|税区|示范(?:县|市|区|镇|乡)"
                    + "|强(?:县|市|区|镇|乡|省)|名(?:镇|乡|县)|大(?:县|市|省)|重点(?:镇|乡))$"
                    // a zone word names a district only as the tail of a short proper name: 博山区 and 鼎城区 are
                    // districts, 贫困山区, 中心城区 and 老城区 are not
                    + "|^(?:[\\u4e00-\\u9fa5]{2,}|[老主旧新各全本该每此大小东西南北中])"
                    + "(城区|园区|社区|景区|辖区|新区|市区|地区|湾区|港区|片区|街区|校区|山区|牧区|矿区|灾区|库区)$");
    private static final Pattern TITLE_PLACE = Pattern.compile("(" + NAME.pattern() + ")(?=(?:19|20)\\d{2}年?)");
    /** Festive, column and reprint prefixes end at one of these. */
    private static final Pattern TITLE_PREFIX = Pattern.compile("^.*[｜|】\\]》：:·—\\s]");
    /** Words that may open a clause before its subject: connectives and time expressions, one at a time. */
    private static final Pattern LEAD_WORD = Pattern.compile("其中|另外|同时|此外|而且|而|并|截至|截止|到|今年|去年|上年|全年"
            + "|年内|上半年|下半年|前三季度|第?[一二三四1-4]季度|\\d{1,2}\\s*[-－—~～至到]\\s*\\d{1,2}月份?|\\d{1,2}月份?"
            + "|(?:19|20)\\d{2}年|以来|底|末|份");
    /** Words that begin with a suffix character: 新登记市场主体 names no 新登记市. */
    private static final java.util.Set<String> SUFFIX_WORDS = java.util.Set.of("市场", "市民", "市值", "市政", "市级",
            "市容", "市内", "市外", "市直", "省内", "省外", "省直", "区内", "区外", "区直", "县内", "县外", "县直",
            "区域", "区位", "区间", "区级", "县域", "县级", "镇级", "乡村", "乡镇", "乡级", "省级", "省份", "旗舰");
    /**
     * What follows a place that is the subject of its clause: a verb of achievement, a time, or the head of a
     * statistical indicator (新华区地区生产总值…, 长安区规模以上工业增加值…, 历下区实现…).
     */
    private static final Pattern SUBJECT_FOLLOWS = Pattern.compile("的?(?:实现|完成|全年|全区|全县|全市|上半年|下半年"
            + "|前三季度|[一二三四]季度|\\d|今年|去年|同比|增长|下降|达到?|为|共|有|累计|新增|地区生产总值|生产总值|GDP|经济"
            + "|规模以上|规上|一般公共预算|财政|税收|固定资产|社会消费品|消费|进出口|外贸|出口|实际使用|居民|城镇|农村|人均|常住|户籍"
            + "|人口|工业|农业|服务业|第[一二三]产业|粮食|金融|存款|贷款|主要经济指标|各项)");
    private static final Pattern ACTS = Pattern.compile("实现|完成|全年|经济运行|地区生产总值");
    private static final Pattern CLAUSE_BREAK = Pattern.compile("[，,；;。：:！？!?（）()]");

    private RegionResolver() {
    }

    /**
     * The region a title names before a year, or null.
     *
     * @param bodyTexts other text of the document: a shorter form of the title's name found there is preferred
     */
    public static String inTitle(String title, List<String> bodyTexts) {
        if (title == null || title.isBlank()) {
            return null;
        }
        String rest = TITLE_PREFIX.matcher(title).replaceFirst("");
        Matcher m = TITLE_PLACE.matcher(rest);
        while (m.find()) {
            String name = m.group(1);
            if (!NOT_A_PLACE.matcher(name).find()) {
                return qualified(name) ? name : shortestNamedElsewhere(name, bodyTexts);
            }
        }
        return null;
    }

    /** Places that open a clause of the text and act in it (2023年，历下区实现…; 其中，新华区完成…). */
    public static List<String> openingClauses(String text) {
        List<String> places = new java.util.ArrayList<>();
        Matcher acts = ACTS.matcher(text == null ? "" : text);
        while (acts.find()) {
            String place = subjectPlace(text, acts.end());
            if (place != null && text.startsWith(place, Math.max(0, acts.start() - place.length()))) {
                places.add(place);
            }
        }
        return places;
    }

    /**
     * The place a figure belongs to when its clause opens with one; else null.
     *
     * @param sentence     the figure's sentence
     * @param mentionStart where the figure starts
     */
    public static String subjectPlace(String sentence, int mentionStart) {
        if (sentence == null) {
            return null;
        }
        int end = Math.max(0, Math.min(sentence.length(), mentionStart));
        int from = end;
        while (from > 0 && !CLAUSE_BREAK.matcher(sentence.substring(from - 1, from)).matches()) {
            from--;
        }
        String clause = sentence.substring(from, end);
        // after the longest lead that leaves a name: 全年历下区 is 历下区, and 中山市 keeps its 中
        List<Integer> cuts = leadEnds(clause);
        for (int i = cuts.size() - 1; i >= 0; i--) {
            int cut = cuts.get(i);
            String name = nameAt(sentence.substring(from + cut), end - from - cut);
            if (name != null) {
                return name;
            }
        }
        return null;
    }

    private static List<Integer> leadEnds(String clause) {
        List<Integer> ends = new java.util.ArrayList<>(List.of(0));
        Matcher word = LEAD_WORD.matcher(clause);
        int at = 0;
        while (at < clause.length() && word.region(at, clause.length()).lookingAt()) {
            at = word.end();
            ends.add(at);
        }
        return ends;
    }

    /** The first place name that opens {@code rest} and ends by {@code limit} (红旗街道, not 红旗). */
    private static String nameAt(String rest, int limit) {
        for (int length = 2; length <= Math.min(limit, MAX_NAME); length++) {
            String name = rest.substring(0, length);
            if (NAME.matcher(name).matches() && isSubject(name, rest.substring(length))) {
                return name;
            }
        }
        return null;
    }

    private static boolean isSubject(String name, String after) {
        boolean shortName = name.length() < 3 && !name.endsWith("县") && !name.endsWith("旗");
        boolean listed = !after.isEmpty() && "、和与及".indexOf(after.charAt(0)) >= 0;
        boolean suffixStartsAWord = !after.isEmpty()
                && SUFFIX_WORDS.contains(name.substring(name.length() - 1) + after.charAt(0));
        return !NOT_A_PLACE.matcher(name).find() && !shortName && !listed && !suffixStartsAWord
                && SUBJECT_FOLLOWS.matcher(after).lookingAt();
    }

    /**
     * The region of a figure: the document's region, unless the figure's clause names another place. A place that
     * is the document's region written shorter or longer (历下区 in a 济南市历下区 document) is the document's.
     */
    public static String regionOf(String sentence, int mentionStart, String documentRegion) {
        String place = subjectPlace(sentence, mentionStart);
        if (place == null || documentRegion == null) {
            return place == null ? documentRegion : place;
        }
        if (commonTail(documentRegion, place) >= 3) {
            return documentRegion;
        }
        return place;
    }

    private static int commonTail(String a, String b) {
        int n = 0;
        while (n < a.length() && n < b.length() && a.charAt(a.length() - 1 - n) == b.charAt(b.length() - 1 - n)) {
            n++;
        }
        return n;
    }

    private static boolean qualified(String name) {
        String head = name.substring(0, name.length() - 1);
        return head.contains("市") || head.contains("省") || head.contains("自治区");
    }

    /** 砥砺前行历下区 where the body says 历下区: the shortest tail of the name (head of two or more) named there. */
    private static String shortestNamedElsewhere(String name, List<String> bodyTexts) {
        for (int start = name.length() - 3; start > 0; start--) {
            String tail = name.substring(start);
            for (String text : bodyTexts) {
                if (text != null && text.contains(tail)) {
                    return tail;
                }
            }
        }
        return name;
    }
}
