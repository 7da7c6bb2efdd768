package org.zhibiao.classify;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.zhibiao.text.Document;
import org.zhibiao.text.Sentence;

/**
 * The region and data year of a report, read from its title and first sentences; either may be null when the
 * text does not say. The caller may override both per file ({@link #withOverrides}).
 *
 * <p>Year: a government work report (政府工作报告) gives the year it reviews (the 2026 report reviews 2025: its
 * figures are 2025 figures), taken from its 工作回顾 heading or else one year before its meeting date; any other
 * report gives the year in its title, else the latest year its opening sentences name (dates such as
 * 2026年5月25日 are publication dates and count only when nothing else names a year); when the text names no
 * year at all, a year in the file name (zhangdian-2021-achievements.md) is used.
 *
 * <p>Region: a place named in an official context (X人民政府, 在X第N届人民代表大会, X2025年国民经济…,
 * 2025年X国民经济…, X统计局) wins; else a place the title names before a year ({@link RegionResolver#inTitle});
 * else the place the text keeps talking about (X经济, X坚持 …), counting a
 * district together with its city-qualified form (光明区, 深圳市光明区) and preferring that longer form; a
 * national document (全国代表大会, 我国) gives 全国.
 */
public record DocumentFacts(String region, Integer year) {

    private static final int OPENING_SENTENCES = 12;
    private static final int TALK_SENTENCES = 80;
    private static final int YEAR_SENTENCES = 30;

    private static final String PLACE = "([\\u4e00-\\u9fa5]{2,10}?(?:省|自治区|市|区|县|旗))";
    private static final Pattern OFFICIAL = Pattern.compile(PLACE
            + "(?=人民政府|第[一二三四五六七八九十]+届|\\d{4}年国民经济|国民经济和社会发展|统计局)");
    private static final Pattern YEAR_THEN_PLACE = Pattern.compile("(?<=\\d{4}年)" + PLACE
            + "(?=人民政府|国民经济)");
    private static final Pattern TALKED_ABOUT = Pattern.compile(PLACE
            + "(?=经济|坚定|坚持|成功|发布|上半年|全年|一季度|GDP|地区生产总值|第[一二三四五六七八九十]+次)");
    /** Festive title prefixes (喜迎X第十三次党代会, 热烈庆祝X成立70周年): celebration verbs, never part of a name. */
    private static final List<String> FESTIVE_TITLE_PREFIXES = List.of("热烈庆祝", "热烈祝贺", "隆重庆祝", "热烈欢迎",
            "喜迎", "喜庆", "欢庆", "共庆", "同庆", "庆祝", "祝贺", "迎接", "献礼", "礼赞", "致敬");
    private static final List<String> LEADING_NOISE = java.util.stream.Stream.concat(FESTIVE_TITLE_PREFIXES.stream(),
            java.util.stream.Stream.of("最新", "近日", "在", "于", "据", "对", "向", "由", "是", "为", "和", "与", "及",
                    "预计", "根据", "代表", "我", "全", "本")).toList();
    /** A name never spans these: 2026年1月26日在广东省 is 广东省. */
    private static final String BOUNDARY = "年月日在于从到自";
    private static final Pattern NOT_A_PLACE = Pattern.compile(
            "^(全|我|本|该|各|每|市|区|县|省)(省|市|区|县)$|(城区|园区|社区|景区|辖区|新区|市区|地区|城市|都市|上市|示范区|合作区|试验区|开发区|功能区|保护区|湾区|港区|片区|街区|校区|山区|牧区|矿区|灾区|库区)$");

    private static final Pattern YEAR = Pattern.compile("(?<!\\d)((?:19|20)\\d{2})年(?!\\d{1,2}月\\d{1,2}日)");
    private static final Pattern FILE_YEAR = Pattern.compile("(?<!\\d)((?:19|20)\\d{2})(?!\\d)");
    private static final Pattern DATE_YEAR = Pattern.compile("(?<!\\d)((?:19|20)\\d{2})年\\d{1,2}月\\d{1,2}日");
    private static final Pattern REVIEW_YEAR = Pattern.compile("((?:19|20)\\d{2})年[^。]{0,20}?工作回顾");
    private static final Pattern MEETING_YEAR = Pattern.compile(
            "((?:19|20)\\d{2})年\\d{1,2}月\\d{1,2}日在[^。]{0,30}(?:人民代表大会|会议)");

    /** Detects both facts from a parsed report. */
    public static DocumentFacts detect(Document document) {
        List<String> opening = texts(document, OPENING_SENTENCES);
        List<String> talk = texts(document, TALK_SENTENCES);
        Integer year = year(document, opening, texts(document, YEAR_SENTENCES));
        return new DocumentFacts(region(opening, talk), year != null ? year : yearInFileName(document.file()));
    }

    /** These facts with the caller's values where given (null or blank keeps the detected one). */
    public DocumentFacts withOverrides(String regionOverride, Integer yearOverride) {
        return new DocumentFacts(regionOverride == null || regionOverride.isBlank() ? region : regionOverride.strip(),
                yearOverride == null ? year : yearOverride);
    }

    private static List<String> texts(Document document, int sentences) {
        List<String> texts = new ArrayList<>();
        texts.add(document.title());
        for (Sentence s : document.sentences()) {
            if (texts.size() > sentences) {
                break;
            }
            texts.add(s.text());
        }
        return texts;
    }

    private static String region(List<String> opening, List<String> talk) {
        PlaceTally official = new PlaceTally();
        for (String text : opening) {
            collect(OFFICIAL, text, official);
            collect(YEAR_THEN_PLACE, text, official);
        }
        if (!official.isEmpty()) {
            return official.winner();
        }
        String titled = RegionResolver.inTitle(opening.get(0), talk.subList(1, talk.size()));
        if (titled != null) {
            return titled;
        }
        PlaceTally talked = new PlaceTally();
        for (String text : talk) {
            collect(TALKED_ABOUT, text, talked);
            RegionResolver.openingClauses(text).forEach(talked::add);
        }
        if (!talked.isEmpty()) {
            return talked.winner();
        }
        for (String text : opening) {
            if (text.contains("全国代表大会") || text.contains("我国") || text.contains("全国人民代表大会")) {
                return "全国";
            }
        }
        return null;
    }

    private static void collect(Pattern pattern, String text, PlaceTally tally) {
        Matcher m = pattern.matcher(text);
        while (m.find()) {
            String place = trimNoise(afterBoundary(m.group(1)));
            if (place != null && !NOT_A_PLACE.matcher(place).find()) {
                tally.add(place);
            }
        }
    }

    private static String afterBoundary(String place) {
        for (int i = place.length() - 2; i >= 0; i--) {
            if (BOUNDARY.indexOf(place.charAt(i)) >= 0) {
                return place.substring(i + 1);
            }
        }
        return place;
    }

    /** Leading words that are not part of the name go; a name that is only noise and a suffix is none. */
    private static String trimNoise(String place) {
        boolean trimmed = true;
        while (trimmed) {
            trimmed = false;
            for (String noise : LEADING_NOISE) {
                if (place.startsWith(noise)) {
                    place = place.substring(noise.length());
                    trimmed = true;
                }
            }
        }
        return place.length() >= 3 ? place : null;
    }

    /** A government work report reviews the year before it is written in. */
    static boolean isWorkReport(Document document) {
        return isWorkReport(texts(document, OPENING_SENTENCES));
    }

    private static boolean isWorkReport(List<String> opening) {
        return opening.stream().anyMatch(text -> text.contains("政府工作报告"));
    }

    /** Last resort: a year in the file name (zhangdian-2021-achievements.md). */
    private static Integer yearInFileName(String file) {
        Matcher m = FILE_YEAR.matcher(file == null ? "" : file);
        return m.find() ? Integer.valueOf(m.group(1)) : null;
    }

    private static Integer year(Document document, List<String> opening, List<String> yearTexts) {
        boolean workReport = isWorkReport(opening);
        if (workReport) {
            for (Sentence s : document.sentences()) {
                for (String heading : s.headingPath()) {
                    Matcher m = REVIEW_YEAR.matcher(heading);
                    if (m.find()) {
                        return Integer.valueOf(m.group(1));
                    }
                }
            }
            for (String text : opening) {
                Matcher m = MEETING_YEAR.matcher(text);
                if (m.find()) {
                    return Integer.parseInt(m.group(1)) - 1;
                }
            }
        }
        Matcher inTitle = YEAR.matcher(document.title());
        if (inTitle.find()) {
            int year = Integer.parseInt(inTitle.group(1));
            return workReport ? year - 1 : year;
        }
        Integer latest = null;
        Integer firstDate = null;
        for (String text : yearTexts) {
            Matcher m = YEAR.matcher(text);
            while (m.find()) {
                int y = Integer.parseInt(m.group(1));
                latest = latest == null ? y : Math.max(latest, y);
            }
            Matcher d = DATE_YEAR.matcher(text);
            if (firstDate == null && d.find()) {
                firstDate = Integer.valueOf(d.group(1));
            }
        }
        return latest != null ? latest : firstDate;
    }
}
