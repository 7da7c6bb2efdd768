package org.zhibiao.workbook;

import java.io.IOException;
import java.nio.file.Path;
import java.util.Iterator;
import java.util.List;
import org.zhibiao.model.Finding;
import org.zhibiao.model.Indicator;
import org.zhibiao.model.Rejection;

/**
 * Streams the workbook of DESIGN.md: 概览, section sheets in taxonomy order, 校验问题, 拒绝记录, 运行信息.
 * Call in this order: {@link #overview}, {@link #indicators}, {@link #findings}, {@link #rejections},
 * {@link #runInfo}, then {@link #writeAtomically}. API stub.
 */
public final class WorkbookWriter implements AutoCloseable {

    /** @param sections section names in taxonomy order (未分类 last) */
    public WorkbookWriter(List<String> sections) {
    }

    public void overview(RunInfo info) {
        throw new UnsupportedOperationException("not yet");
    }

    /** Indicators sorted by section (taxonomy order), then file and line. */
    public void indicators(Iterator<Indicator> rows) {
        throw new UnsupportedOperationException("not yet");
    }

    public void findings(Iterator<Finding> findings) {
        throw new UnsupportedOperationException("not yet");
    }

    public void rejections(Iterator<Rejection> rejections) {
        throw new UnsupportedOperationException("not yet");
    }

    public void runInfo(RunInfo info) {
        throw new UnsupportedOperationException("not yet");
    }

    /** Writes to a temp file beside {@code target} and moves it into place; no partial file remains. */
    public void writeAtomically(Path target) throws IOException {
        throw new UnsupportedOperationException("not yet");
    }

    @Override
    public void close() {
    }
}
