package org.zhibiao.model;

/** Whether a figure is achieved, estimated (预计) or aimed at (目标/力争/预期). */
public enum Status {
    ACTUAL("实际"),
    ESTIMATE("预计"),
    TARGET("目标");

    private final String label;

    Status(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
