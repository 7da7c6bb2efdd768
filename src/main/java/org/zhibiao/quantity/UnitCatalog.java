package org.zhibiao.quantity;

import java.math.BigDecimal;
import java.util.Arrays;
import org.zhibiao.model.Kind;

/**
 * The units a quantity may carry, matched longest first at a position (a small character trie, so matching
 * allocates nothing). Each unit knows its base unit (名 → 人, ％ → %, 千米 → 公里), the factor to the base
 * (成 → 10, so 三成 = 30%) and its kind. Multipliers (十 百 千 万 亿 and their compounds) are matched separately,
 * so 万元, 亿美元, 万平方米 and 万千瓦时 need no entries of their own.
 */
final class UnitCatalog {

    /** A unit as listed: written form, base unit, factor to the base, kind. */
    record Unit(String written, String base, BigDecimal factor, Kind kind) {
    }

    /** A match at a position: how many characters it took and what it is. */
    record Match(int length, Unit unit) {
    }

    /** A multiplier at a position: 万, 亿, 千万, 万亿… */
    record Multiplier(int length, BigDecimal factor) {
    }

    /** A trie node; children in a sorted char array, so a lookup neither boxes nor hashes. */
    private static final class Node {
        char[] keys = new char[0];
        Node[] kids = new Node[0];
        Unit unit;
        BigDecimal multiplier;

        Node child(char c) {
            int i = Arrays.binarySearch(keys, c);
            return i >= 0 ? kids[i] : null;
        }

        Node addChild(char c) {
            int i = Arrays.binarySearch(keys, c);
            if (i >= 0) {
                return kids[i];
            }
            int at = -i - 1;
            char[] newKeys = new char[keys.length + 1];
            Node[] newKids = new Node[kids.length + 1];
            System.arraycopy(keys, 0, newKeys, 0, at);
            System.arraycopy(kids, 0, newKids, 0, at);
            newKeys[at] = c;
            newKids[at] = new Node();
            System.arraycopy(keys, at, newKeys, at + 1, keys.length - at);
            System.arraycopy(kids, at, newKids, at + 1, kids.length - at);
            keys = newKeys;
            kids = newKids;
            return newKids[at];
        }
    }

    private static final Node UNITS = new Node();
    private static final Node MULTIPLIERS = new Node();
    private static final Node DENOMINATORS = new Node();

    static {
        money("元", "元");
        money("圆", "元");
        money("块钱", "元");
        money("块", "元");
        money("元人民币", "元");
        money("人民币", "元");
        money("台币", "新台币");
        money("瑞士法郎", "瑞士法郎");
        money("美元", "美元");
        money("美金", "美元");
        money("欧元", "欧元");
        money("港元", "港元");
        money("港币", "港元");
        money("日元", "日元");
        money("英镑", "英镑");
        money("韩元", "韩元");
        money("澳元", "澳元");
        money("卢布", "卢布");
        money("泰铢", "泰铢");
        money("新台币", "新台币");
        money("加元", "加元");

        for (String w : new String[] {"人", "名", "位"}) {
            add(w, "人", Kind.PEOPLE);
        }
        add("人次", "人次", Kind.PEOPLE);
        add("人口", "人", Kind.PEOPLE);

        for (String w : new String[] {"个", "家", "项", "所", "处", "条", "栋", "幢", "件", "户", "座", "台", "辆",
            "批", "场", "次", "地市", "省", "只", "头", "株", "棵", "间", "套", "宗",
            "起", "支", "册", "部", "篇", "张", "份", "枚", "种", "类", "对", "组", "艘", "架", "口", "眼", "盏", "根",
            "片", "段", "道", "门", "节", "轮", "户次", "车次", "辆次", "艘次", "架次", "班次", "批次", "场次", "件次", "标箱",
            "堂", "天",
            // poultry (65万羽), medical cases (12例), trains (120列)
            "羽", "例", "列", "双"}) {
            add(w, w, Kind.COUNT);
        }

        add("TEU", "标箱", Kind.COUNT);

        // temperatures, noise, ages, computing power
        add("℃", "℃", Kind.TEMPERATURE);
        add("°C", "℃", Kind.TEMPERATURE);
        add("摄氏度", "℃", Kind.TEMPERATURE);
        add("分贝", "分贝", Kind.OTHER);
        add("dB", "分贝", Kind.OTHER);
        add("岁", "岁", Kind.AGE);
        add("周岁", "岁", Kind.AGE);
        for (String flops : new String[] {"PFlops", "PFLOPS", "EFlops", "EFLOPS", "TFlops", "TFLOPS"}) {
            add(flops, flops.toUpperCase(java.util.Locale.ROOT), Kind.OTHER);
        }

        // transport turnover (货物运输周转量 2130.2亿吨公里): a product unit of its own
        add("吨公里", "吨公里", Kind.OTHER);
        add("人公里", "人公里", Kind.OTHER);

        add("平方米", "平方米", Kind.AREA);
        add("平米", "平方米", Kind.AREA);
        add("㎡", "平方米", Kind.AREA);
        add("平方公里", "平方公里", Kind.AREA);
        add("平方千米", "平方公里", Kind.AREA);
        add("km²", "平方公里", Kind.AREA);
        add("亩", "亩", Kind.AREA);
        add("公顷", "公顷", Kind.AREA);

        add("公里", "公里", Kind.LENGTH);
        add("千米", "公里", Kind.LENGTH);
        add("km", "公里", Kind.LENGTH);
        add("米", "米", Kind.LENGTH);
        add("延米", "米", Kind.LENGTH);
        add("m", "米", Kind.LENGTH);
        add("厘米", "厘米", Kind.LENGTH);
        add("cm", "厘米", Kind.LENGTH);
        add("CM", "厘米", Kind.LENGTH);
        add("KM", "公里", Kind.LENGTH);
        add("KG", "公斤", Kind.WEIGHT);
        add("公分", "厘米", Kind.LENGTH);
        add("毫米", "毫米", Kind.LENGTH);
        add("mm", "毫米", Kind.LENGTH);

        add("吨", "吨", Kind.WEIGHT);
        add("公斤", "公斤", Kind.WEIGHT);
        add("千克", "公斤", Kind.WEIGHT);
        add("kg", "公斤", Kind.WEIGHT);
        add("克", "克", Kind.WEIGHT);
        add("毫克", "毫克", Kind.WEIGHT);
        add("微克", "微克", Kind.WEIGHT);
        add("斤", "斤", Kind.WEIGHT);

        add("立方米", "立方米", Kind.VOLUME);
        add("立方", "立方米", Kind.VOLUME);
        add("m³", "立方米", Kind.VOLUME);
        add("升", "升", Kind.VOLUME);
        add("毫升", "毫升", Kind.VOLUME);

        add("千瓦时", "千瓦时", Kind.ENERGY);
        add("度电", "千瓦时", Kind.ENERGY);
        add("千瓦", "千瓦", Kind.ENERGY);
        add("兆瓦", "兆瓦", Kind.ENERGY);
        add("兆瓦时", "兆瓦时", Kind.ENERGY);
        add("吨标准煤", "吨标准煤", Kind.ENERGY);
        add("吨标煤", "吨标准煤", Kind.ENERGY);
        add("标准煤", "吨标准煤", Kind.ENERGY);

        add("%", "%", Kind.PERCENT);
        add("％", "%", Kind.PERCENT);
        add("‰", "‰", Kind.PERCENT);
        add("个百分点", "个百分点", Kind.PERCENT_POINT);
        add("百分点", "个百分点", Kind.PERCENT_POINT);
        add("個百分點", "个百分点", Kind.PERCENT_POINT);
        add("百分點", "个百分点", Kind.PERCENT_POINT);
        add("個", "个", Kind.COUNT);
        add("倍", "倍", Kind.MULTIPLE);
        put("成", new Unit("成", "%", BigDecimal.TEN, Kind.PERCENT));

        multiplier("十", 10L);
        multiplier("拾", 10L);
        multiplier("百", 100L);
        multiplier("佰", 100L);
        multiplier("千", 1000L);
        multiplier("仟", 1000L);
        multiplier("万", 10_000L);
        multiplier("萬", 10_000L);
        multiplier("十万", 100_000L);
        multiplier("百万", 1_000_000L);
        multiplier("千万", 10_000_000L);
        multiplier("亿", 100_000_000L);
        multiplier("億", 100_000_000L);
        multiplier("十亿", 1_000_000_000L);
        multiplier("百亿", 10_000_000_000L);
        multiplier("千亿", 100_000_000_000L);
        multiplier("万亿", 1_000_000_000_000L);
        multiplier("十万亿", 10_000_000_000_000L);
        multiplier("百万亿", 100_000_000_000_000L);
        multiplier("千万亿", 1_000_000_000_000_000L);
        multiplier("亿亿", 10_000_000_000_000_000L); // computing power: 10亿亿次/秒
        multiplier("百亿亿", 1_000_000_000_000_000_000L);

        // only after a slash (500吨/日, 10亿亿次/秒): time units are no units of a quantity of their own
        for (String time : new String[] {"秒", "分钟", "小时", "时", "日", "天", "周", "月", "年"}) {
            node(DENOMINATORS, time).unit = new Unit(time, time, BigDecimal.ONE, Kind.OTHER);
        }
    }

    private UnitCatalog() {
    }

    private static void money(String written, String base) {
        add(written, base, Kind.MONEY);
    }

    private static void add(String written, String base, Kind kind) {
        put(written, new Unit(written, base, BigDecimal.ONE, kind));
    }

    private static void put(String written, Unit unit) {
        node(UNITS, written).unit = unit;
    }

    private static void multiplier(String written, long factor) {
        node(MULTIPLIERS, written).multiplier = BigDecimal.valueOf(factor);
    }

    private static Node node(Node root, String key) {
        Node node = root;
        for (int i = 0; i < key.length(); i++) {
            node = node.addChild(key.charAt(i));
        }
        return node;
    }

    /** The longest unit starting at {@code at}, or null. */
    static Match unitAt(CharSequence text, int at) {
        return longest(UNITS, text, at);
    }

    /** The longest denominator of a rate unit at {@code at} (any unit, or a time unit: 吨/日), or null. */
    static Match denominatorAt(CharSequence text, int at) {
        Match unit = unitAt(text, at);
        Match time = longest(DENOMINATORS, text, at);
        return time != null && (unit == null || time.length() > unit.length()) ? time : unit;
    }

    private static Match longest(Node root, CharSequence text, int at) {
        Node node = root;
        Match best = null;
        for (int i = at; i < text.length(); i++) {
            node = node.child(text.charAt(i));
            if (node == null) {
                break;
            }
            if (node.unit != null) {
                best = new Match(i + 1 - at, node.unit);
            }
        }
        return best;
    }

    /** The longest multiplier starting at {@code at}, or null. */
    static Multiplier multiplierAt(CharSequence text, int at) {
        Node node = MULTIPLIERS;
        Multiplier best = null;
        for (int i = at; i < text.length(); i++) {
            node = node.child(text.charAt(i));
            if (node == null) {
                break;
            }
            if (node.multiplier != null) {
                best = new Multiplier(i + 1 - at, node.multiplier);
            }
        }
        return best;
    }

    /** The factor of a multiplier string such as 万 or 万亿 (1 when empty or unknown). */
    static BigDecimal factorOf(String multiplier) {
        if (multiplier.isEmpty()) {
            return BigDecimal.ONE;
        }
        Multiplier m = multiplierAt(multiplier, 0);
        return m != null && m.length() == multiplier.length() ? m.factor() : BigDecimal.ONE;
    }
}
