package org.zhibiao.golden;

import java.util.List;

/** A corpus document a golden list describes, read from the test classpath by {@link GoldenSources}. */
interface CorpusDocument {

    String sourceResource();

    default String fileName() {
        return GoldenSources.fileName(sourceResource());
    }

    default String source() {
        return GoldenSources.text(sourceResource());
    }

    default List<String> sourceLines() {
        return GoldenSources.lines(sourceResource());
    }
}
