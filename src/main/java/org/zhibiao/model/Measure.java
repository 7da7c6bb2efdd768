package org.zhibiao.model;

/**
 * What a figure says about its indicator: the level itself, its growth, its share of a whole … A fact is
 * region × period × indicator × measure, so 地区生产总值 3000亿元 and 地区生产总值增长 6.5% are two facts of
 * one indicator, and an analyst's pivot keeps them apart without splitting the indicator's name.
 */
public enum Measure {
    /** The amount itself (总量, 数量): 24亿元, 8处. */
    LEVEL,
    /** Relative change, signed (增长 6.5%, 下降 0.4%). */
    GROWTH,
    /** Change of a rate, in percentage points (提高 1.2个百分点). */
    CHANGE,
    /** Part of a whole (占比, 比重, 覆盖率): a percentage that is not a change. */
    SHARE,
    /** A proportion between parts (三次产业结构 11.1:36.3:52.6, 城乡收入比 2.05:1). */
    RATIO,
    /** A multiple of something (是上年的 2.3倍). */
    MULTIPLE,
    /** A position in a ranking (第3位). */
    RANK,
    /** A score or price index (CPI 102.1, 满意度 91.3). */
    INDEX
}
