package org.zhibiao.classify;

import java.util.List;

/** Report sections and the words that map headings and indicators onto them. API stub. */
public final class Taxonomy {
    public static final String UNCLASSIFIED = "未分类";

    public static Taxonomy defaults() {
        throw new UnsupportedOperationException("not yet");
    }

    public static Taxonomy load(java.nio.file.Path file) {
        throw new UnsupportedOperationException("not yet");
    }

    /** Section names in taxonomy order, 未分类 last. */
    public List<String> sections() {
        throw new UnsupportedOperationException("not yet");
    }
}
