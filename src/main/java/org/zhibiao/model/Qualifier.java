package org.zhibiao.model;

/** How exact a figure is: 余/多/超过/以上 read as AT_LEAST, 近/不足/以内 as AT_MOST, 约/左右 as ABOUT. */
public enum Qualifier {
    EXACT("精确"),
    ABOUT("约"),
    AT_LEAST("以上"),
    AT_MOST("以下"),
    RANGE("区间");

    private final String label;

    Qualifier(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
