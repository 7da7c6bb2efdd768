package org.zhibiao.job;

import java.nio.file.Path;
import java.util.Iterator;
import org.springframework.batch.infrastructure.item.ExecutionContext;
import org.springframework.batch.infrastructure.item.ItemStreamReader;
import org.zhibiao.input.InputFolder;
import org.zhibiao.job.staging.StagingRepository;

/**
 * The file names of one {@link FileGroups} partition still to be read by this run, in name order: those of its
 * kind in the folder when the step opens, within its range and not recorded as read in staging. A restart
 * therefore never reads a file again that an earlier execution staged (each file commits with the step's
 * progress), and needs no position of its own in the step's context.
 *
 * <p>A file listed by the survey that is gone by then keeps its "listed, not read" row in 拒绝记录.
 */
public final class UnreadFileReader implements ItemStreamReader<String> {

    private final Path inputDir;
    private final InputFolder.Kind kind;
    private final String first;
    private final String last;
    private final long runId;
    private final StagingRepository staging;
    private Iterator<String> files;

    public UnreadFileReader(Path inputDir, InputFolder.Kind kind, String first, String last, long runId,
            StagingRepository staging) {
        this.inputDir = inputDir;
        this.kind = kind;
        this.first = first;
        this.last = last;
        this.runId = runId;
        this.staging = staging;
    }

    @Override
    public void open(ExecutionContext context) {
        files = FileGroups.pending(inputDir, kind, staging.readFiles(runId)).stream()
                .filter(f -> f.compareTo(first) >= 0 && f.compareTo(last) <= 0)
                .iterator();
    }

    @Override
    public String read() {
        if (files == null) {
            throw new IllegalStateException("reader not opened: it lists its files in open()");
        }
        return files.hasNext() ? files.next() : null;
    }

    @Override
    public void close() {
        files = null;
    }
}
