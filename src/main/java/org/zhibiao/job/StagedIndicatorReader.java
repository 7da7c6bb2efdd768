package org.zhibiao.job;

import java.util.Iterator;
import java.util.stream.Stream;
import org.springframework.batch.infrastructure.item.support.AbstractItemCountingItemStreamItemReader;
import org.zhibiao.job.staging.SectionCounts;
import org.zhibiao.job.staging.StagingRepository;
import org.zhibiao.model.Indicator;

/**
 * The run's staged indicators in workbook order (section, file, line), read a page ahead in a thread of its own
 * ({@link StagingRepository#streamIndicators(long, SectionCounts)}), counting the rows per section as they pass
 * for 概览 and 运行信息. Saves no state: an .xlsx cannot be appended to, so a restarted export reads from the first
 * row and rewrites the whole file.
 */
class StagedIndicatorReader extends AbstractItemCountingItemStreamItemReader<Indicator> {

    private final long runId;
    private final StagingRepository staging;
    private SectionCounts counts = new SectionCounts();
    private Stream<Indicator> rows;
    private Iterator<Indicator> next;

    StagedIndicatorReader(long runId, StagingRepository staging) {
        this.runId = runId;
        this.staging = staging;
        setName("stagedIndicators");
        setSaveState(false);
    }

    /** Rows per section read so far: all of them once the reader has returned null. */
    public SectionCounts counts() {
        return counts;
    }

    @Override
    protected void doOpen() {
        counts = new SectionCounts();
        rows = staging.streamIndicators(runId, counts);
        next = rows.iterator();
    }

    @Override
    protected Indicator doRead() {
        return next.hasNext() ? next.next() : null;
    }

    @Override
    protected void doClose() {
        if (rows != null) {
            rows.close(); // stops the read-ahead thread
            rows = null;
            next = null;
        }
    }
}
