package org.zhibiao.golden;

import java.util.ArrayList;
import java.util.List;

/**
 * How well the produced 指标 names what the golden row's subject names. The golden subjects are written for
 * people (with verbs, regions and growth words), so both sides are first reduced to what a filter compares:
 * <ol>
 *   <li>quotes, brackets, spaces and punctuation removed;</li>
 *   <li>a leading region removed: 全市/全省/全区/全县/全国…, or a name of 2–6 characters ending in an
 *       administrative-division suffix (省 市 区 县 旗 镇 乡 街道) that is not itself a noun such as 地区 社区 园区;</li>
 *   <li>the linking verbs 完成 实现 累计 inside (港口完成货物吞吐量);</li>
 *   <li>leading time words (上半年, 全年, 年末, 1-6月 …) and trailing measure words (同比增长, 比上年增长, 增长, 增速,
 *       增幅, 下降, 提高 …, 增速较一季度提升) removed.</li>
 * </ol>
 * A pair is <b>exact</b> when the reduced forms are equal and <b>acceptable</b> when they are equal or one
 * contains the other and the shorter is at least half as long (区重点项目 / 区重点项目年度投资完成率 is not;
 * 背街小巷 / 改造提升背街小巷 is). Written independently of the extractor's own rules, so it measures them.
 */
final class NameScore {

    private static final String[] REGION_WORDS = {"全国", "全省", "全市", "全区", "全县", "全旗", "全镇", "全乡",
        "全州", "全盟", "本市", "本区", "本县"};
    private static final String[] ADMIN_SUFFIXES = {"街道", "省", "市", "区", "县", "旗", "镇", "乡"};
    /** Nouns that end like a division but are not a place's name. */
    private static final String[] NOT_PLACES = {"地区", "社区", "园区", "小区", "城区", "景区", "市区", "辖区", "片区",
        "山区", "林区", "牧区", "矿区", "新区", "开发区", "示范区", "功能区", "保护区", "城市", "超市", "城乡", "城镇",
        "乡镇", "村镇", "集镇", "区县", "县区", "县市", "市县", "省市", "地市"};
    private static final String[] TIME_WORDS = {"前三季度", "一季度", "二季度", "三季度", "四季度", "上半年", "下半年",
        "全年", "年末", "年底", "年初", "当年", "今年", "去年", "本年"};
    private static final String[] MEASURE_WORDS = {"比上年末增长", "比上年末下降", "比上年同期增长", "比上年同期下降",
        "比上年增长", "比上年下降", "比上年提高", "比上年增加", "比上年减少", "同比增长", "同比下降", "同比提高",
        "年均增长", "增长率", "增速", "增幅", "降幅", "增长", "下降", "提高", "上涨", "下跌", "回落", "上升", "增加",
        "减少", "同比", "比上年", "持平"};

    /** Linking verbs inside a name (X完成投资, X实现增加值) that say nothing of what is measured. */
    private static final String[] LINK_VERBS = {"完成", "实现", "累计"};

    private NameScore() {
    }

    record Result(String document, int judged, int exact, int acceptable, List<String> misses) {

        double exactRate() {
            return judged == 0 ? Double.NaN : (double) exact / judged;
        }

        double acceptableRate() {
            return judged == 0 ? Double.NaN : (double) acceptable / judged;
        }

        String report() {
            StringBuilder sb = new StringBuilder(String.format("names %s: %d judged, exact %d (%.3f), acceptable %d"
                    + " (%.3f)%n", document, judged, exact, exactRate(), acceptable, acceptableRate()));
            misses.forEach(m -> sb.append("  ").append(m).append('\n'));
            return sb.toString();
        }
    }

    /** Names of the matched pairs of a golden score (unmatched rows are judged by precision and recall). */
    static Result score(String document, List<GoldenScore.Pair> matched) {
        List<GoldenScore.Pair> pairs = repaired(matched);
        int exact = 0;
        int acceptable = 0;
        List<String> misses = new ArrayList<>();
        for (GoldenScore.Pair pair : pairs) {
            String want = reduce(pair.golden().subject());
            String got = reduce(pair.produced().subject());
            if (want.equals(got)) {
                exact++;
                acceptable++;
            } else if (acceptable(want, got)) {
                acceptable++;
            } else {
                misses.add("L" + pair.golden().line() + " " + pair.golden().text() + ": got 「"
                        + pair.produced().subject() + "」 want 「" + pair.golden().subject() + "」");
            }
        }
        return new Result(document, pairs.size(), exact, acceptable, misses);
    }

    /**
     * Golden rows with the same line, value and unit (two 14% on one line) are matched by value alone, so the
     * matching may cross them; here each takes the produced row whose name fits it best.
     */
    static List<GoldenScore.Pair> repaired(List<GoldenScore.Pair> pairs) {
        List<GoldenScore.Pair> out = new ArrayList<>(pairs);
        for (int i = 0; i < out.size(); i++) {
            for (int j = i + 1; j < out.size(); j++) {
                GoldenScore.Pair a = out.get(i);
                GoldenScore.Pair b = out.get(j);
                if (a.golden().line() != b.golden().line() || !a.golden().baseUnit().equals(b.golden().baseUnit())
                        || a.golden().normalized().compareTo(b.golden().normalized()) != 0) {
                    continue;
                }
                int now = fit(a.golden(), a.produced()) + fit(b.golden(), b.produced());
                int crossed = fit(a.golden(), b.produced()) + fit(b.golden(), a.produced());
                if (crossed > now) {
                    out.set(i, new GoldenScore.Pair(a.golden(), b.produced()));
                    out.set(j, new GoldenScore.Pair(b.golden(), a.produced()));
                }
            }
        }
        return out;
    }

    private static int fit(GoldenList.Row golden, ProducedRow produced) {
        String want = reduce(golden.subject());
        String got = reduce(produced.subject());
        return want.equals(got) ? 2 : acceptable(want, got) ? 1 : 0;
    }

    static boolean acceptable(String want, String got) {
        String shorter = want.length() <= got.length() ? want : got;
        String longer = shorter == want ? got : want;
        return shorter.length() >= 2 && longer.contains(shorter) && shorter.length() * 2 >= longer.length();
    }

    /** The name as a filter compares it: no punctuation, leading region or time words, trailing measure words. */
    static String reduce(String name) {
        String s = name == null ? "" : name.replaceAll("[\\s\\p{P}\\p{S}]", "");
        for (String verb : LINK_VERBS) {
            int at = s.indexOf(verb);
            if (at > 0 && at + verb.length() < s.length()) {
                s = s.substring(0, at) + s.substring(at + verb.length()); // 港口完成货物吞吐量
            }
        }
        boolean changed = true;
        while (changed) {
            changed = false;
            String shorter = withoutLeadingRegion(withoutPrefix(withoutPrefix(s, REGION_WORDS), TIME_WORDS));
            shorter = withoutLeadingMonths(shorter);
            shorter = shorter.replaceFirst("(增速|增幅)?[较比](一季度|二季度|三季度|前三季度|上半年|上月|年初|上年末)"
                    + "(提升|提高|加快|回落|放缓|下降)?$", "");
            for (String word : MEASURE_WORDS) {
                if (shorter.endsWith(word) && shorter.length() > word.length()) {
                    shorter = shorter.substring(0, shorter.length() - word.length());
                    break;
                }
            }
            if (!shorter.equals(s) && !shorter.isEmpty()) {
                s = shorter;
                changed = true;
            }
        }
        return s;
    }

    private static String withoutPrefix(String s, String[] words) {
        for (String word : words) {
            if (s.startsWith(word) && s.length() > word.length() + 1) {
                return s.substring(word.length());
            }
        }
        return s;
    }

    private static String withoutLeadingRegion(String s) {
        for (int end = Math.min(7, s.length() - 2); end >= 2; end--) {
            String head = s.substring(0, end);
            boolean division = false;
            for (String suffix : ADMIN_SUFFIXES) {
                division |= head.endsWith(suffix) && head.length() > suffix.length();
            }
            if (!division) {
                continue;
            }
            boolean noun = false;
            for (String word : NOT_PLACES) {
                noun |= head.endsWith(word) || s.startsWith(word, end - 1) || s.startsWith(word, end - 2);
            }
            if (!noun) {
                return s.substring(end);
            }
        }
        return s;
    }

    /** 1-6月, 1—10月份 at the start. */
    private static String withoutLeadingMonths(String s) {
        return s.replaceFirst("^\\d{1,2}[-—–至~]\\d{1,2}月份?", "");
    }
}
