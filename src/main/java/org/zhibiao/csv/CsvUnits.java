package org.zhibiao.csv;

import java.math.BigDecimal;
import java.text.Normalizer;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.zhibiao.model.Kind;

/**
 * The units CSV tables use, with their multiplier, base unit and kind. Deliberately small and local:
 * tables state units in a column or in parentheses, so no text parsing is needed here.
 */
final class CsvUnits {

    /** How a unit converts: {@code normalized = value x multiplier}, in {@code baseUnit}. */
    record UnitInfo(BigDecimal multiplier, String baseUnit, Kind kind) {
    }

    private static final Map<String, UnitInfo> BASE = new HashMap<>();
    private static final List<Map.Entry<String, BigDecimal>> PREFIXES = List.of(
            Map.entry("万亿", new BigDecimal("1e12")),
            Map.entry("千亿", new BigDecimal("1e11")),
            Map.entry("百亿", new BigDecimal("1e10")),
            Map.entry("亿", new BigDecimal("1e8")),
            Map.entry("千万", new BigDecimal("1e7")),
            Map.entry("百万", new BigDecimal("1e6")),
            Map.entry("十万", new BigDecimal("1e5")),
            Map.entry("万", new BigDecimal("1e4")),
            Map.entry("千", new BigDecimal("1e3")),
            Map.entry("百", new BigDecimal("1e2")));

    static {
        base(Kind.MONEY, "元", "元", "块", "块钱", "元人民币");
        base(Kind.MONEY, "美元", "美元");
        base(Kind.MONEY, "欧元", "欧元");
        base(Kind.MONEY, "港元", "港元");
        // Prices and per-head amounts keep their compound unit (万元/人 -> x1e4 元/人).
        for (String per : List.of("元/人", "元/吨", "元/平方米", "元/公斤", "元/千克", "元/亩")) {
            base(Kind.MONEY, per, per);
        }
        base(Kind.PEOPLE, "人", "人", "名", "人口");
        base(Kind.PEOPLE, "人次", "人次");
        for (String word : List.of("个", "家", "处", "所", "项", "条", "座", "辆", "台", "套", "件", "栋", "间", "张",
                "部", "只", "头", "株", "棵", "次", "批", "场", "户", "篇", "本", "册", "艘", "架", "列", "对", "起")) {
            base(Kind.COUNT, word, word);
        }
        base(Kind.AREA, "平方米", "平方米", "平米", "㎡");
        base(Kind.AREA, "平方公里", "平方公里", "平方千米", "km²");
        base(Kind.AREA, "亩", "亩");
        base(Kind.AREA, "公顷", "公顷");
        base(Kind.LENGTH, "公里", "公里", "千米", "km");
        base(Kind.LENGTH, "米", "米");
        base(Kind.WEIGHT, "吨", "吨");
        base(Kind.WEIGHT, "千克", "千克", "公斤", "kg");
        base(Kind.VOLUME, "立方米", "立方米", "方", "m³");
        base(Kind.ENERGY, "千瓦时", "千瓦时", "度", "kWh");
        base(Kind.ENERGY, "千瓦", "千瓦", "kW");
        base(Kind.ENERGY, "吨标准煤", "吨标准煤");
        base(Kind.PERCENT, "%", "%", "百分比");
        base(Kind.PERCENT, "‰", "‰");
        base(Kind.PERCENT_POINT, "个百分点", "个百分点", "百分点");
        base(Kind.MULTIPLE, "倍", "倍");
    }

    private CsvUnits() {
    }

    private static void base(Kind kind, String baseUnit, String... spellings) {
        for (String spelling : spellings) {
            BASE.put(spelling, new UnitInfo(BigDecimal.ONE, baseUnit, kind));
        }
    }

    /** Unknown or empty units keep their spelling as base unit, multiplier 1, kind OTHER. */
    static UnitInfo lookup(String unit) {
        String u = unit == null ? "" : Normalizer.normalize(unit, Normalizer.Form.NFKC).strip();
        UnitInfo direct = BASE.get(u);
        if (direct != null) {
            return direct;
        }
        for (Map.Entry<String, BigDecimal> prefix : PREFIXES) {
            if (u.length() > prefix.getKey().length() && u.startsWith(prefix.getKey())) {
                UnitInfo rest = BASE.get(u.substring(prefix.getKey().length()));
                if (rest != null && rest.kind() != Kind.PERCENT && rest.kind() != Kind.PERCENT_POINT) {
                    return new UnitInfo(prefix.getValue().multiply(rest.multiplier()), rest.baseUnit(), rest.kind());
                }
            }
        }
        return new UnitInfo(BigDecimal.ONE, u, Kind.OTHER);
    }

    static boolean isKnown(String unit) {
        return lookup(unit).kind() != Kind.OTHER;
    }

    /** value x multiplier without a trailing ".000" or an exponent (4967020000000, not 4.96702E+12). */
    static BigDecimal normalize(BigDecimal value, UnitInfo info) {
        BigDecimal product = value.multiply(info.multiplier()).stripTrailingZeros();
        return product.scale() < 0 ? product.setScale(0) : product;
    }
}
