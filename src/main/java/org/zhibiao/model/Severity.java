package org.zhibiao.model;

/** Outcome of validation for a row or a finding, mildest first. */
public enum Severity {
    PASS("通过"),
    INFO("提示"),
    WARNING("警告"),
    ERROR("错误");

    private final String label;

    Severity(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }

    public Severity worse(Severity other) {
        return other.ordinal() > ordinal() ? other : this;
    }
}
