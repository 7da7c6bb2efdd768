package org.zhibiao.csv;

import java.text.Normalizer;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Header names of long tables (Chinese or English, any order) and the year columns of wide tables. */
final class Headers {

    enum Field {
        REGION("地区"), YEAR("年份"), SECTION("板块"), INDICATOR("指标"), VALUE("数值"), UNIT("单位");

        final String label;

        Field(String label) {
            this.label = label;
        }
    }

    private static final Map<String, Field> ALIASES = new HashMap<>();
    private static final Pattern SPACES = Pattern.compile("\\s+");
    private static final Pattern YEAR = Pattern.compile("((?:19|20)\\d{2})\\s*年?(度)?");

    static {
        alias(Field.REGION, "地区", "地区名称", "区域", "行政区", "行政区划", "省份", "城市", "region", "area", "province",
                "city");
        alias(Field.YEAR, "年份", "年度", "年", "时间", "year");
        alias(Field.SECTION, "板块", "版块", "领域", "类别", "section", "category");
        alias(Field.INDICATOR, "指标", "指标名称", "项目", "名称", "indicator", "indicator name", "item", "name");
        alias(Field.VALUE, "数值", "数据", "值", "数量", "金额", "value", "amount");
        alias(Field.UNIT, "单位", "计量单位", "unit", "units");
    }

    private Headers() {
    }

    private static void alias(Field field, String... names) {
        for (String name : names) {
            ALIASES.put(name, field);
        }
    }

    /** The field a header cell names, or null. */
    static Field field(String header) {
        return ALIASES.get(clean(header).toLowerCase(Locale.ROOT));
    }

    /** The year a wide-table column header names (2024年, 2024), or null. */
    static Integer year(String header) {
        Matcher m = YEAR.matcher(clean(header));
        return m.matches() ? Integer.valueOf(m.group(1)) : null;
    }

    static String clean(String header) {
        String s = header == null ? "" : Normalizer.normalize(header, Normalizer.Form.NFKC);
        return SPACES.matcher(s).replaceAll(" ").strip();
    }
}
