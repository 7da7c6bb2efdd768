package org.zhibiao.model;

/** Where a figure stands: a highlight box (摘要), the body text (正文), or a CSV table. */
public enum Source {
    SUMMARY("摘要"),
    BODY("正文"),
    CSV("CSV");

    private final String label;

    Source(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
