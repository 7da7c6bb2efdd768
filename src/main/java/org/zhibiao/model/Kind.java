package org.zhibiao.model;

/** What an indicator measures. Codes are the contract of DESIGN.md; labels are for people. */
public enum Kind {
    MONEY("金额"),
    COUNT("数量"),
    PEOPLE("人数"),
    AREA("面积"),
    LENGTH("长度"),
    WEIGHT("重量"),
    VOLUME("体积"),
    ENERGY("能源"),
    PERCENT("比例"),
    GROWTH_RATE("增速"),
    PERCENT_POINT("百分点"),
    RATIO("比值"),
    MULTIPLE("倍数"),
    RANK("位次"),
    /** 17.2摄氏度, 12.3℃: a temperature (base unit ℃). */
    TEMPERATURE("温度"),
    /** A score or index value without a unit: 满意度91.3, CPI 102.1, 收入倍差1.74. */
    INDEX("指数"),
    /** An age in years: 人均预期寿命78.9岁. */
    AGE("年龄"),
    OTHER("其他");

    private final String label;

    Kind(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
