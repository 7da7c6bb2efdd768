package org.zhibiao.job;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.springframework.batch.core.partition.Partitioner;
import org.springframework.batch.infrastructure.item.ExecutionContext;
import org.zhibiao.input.InputFolder;
import org.zhibiao.job.staging.StagingRepository;

/**
 * Splits the files of one kind still to be read into about {@code groupsPerThread} partitions per thread. A
 * partition is a range of file names ({@link #FIRST} to {@link #LAST}, in {@link String#compareTo} order) whose
 * worker reads one file per transaction, so the JobRepository keeps a few dozen worker step executions a run
 * instead of one per file (10,000 files made 10,000 step executions: seconds of bookkeeping and most of the
 * live heap).
 *
 * <p>Restart: a file is "still to be read" when staging has not recorded it as read in this run. A restart
 * lists the folder again and groups only those files, so a file added or removed between a crash and the
 * restart is neither skipped nor read twice, whatever became of the old ranges. Partition names come from the
 * range (see {@link PartitionKeys}); a completed range can never come back, since its files are all read.
 */
public final class FileGroups implements Partitioner {

    public static final String FIRST = "first";
    public static final String LAST = "last";

    private final Path inputDir;
    private final InputFolder.Kind kind;
    private final long runId;
    private final StagingRepository staging;
    private final int groupsPerThread;

    public FileGroups(Path inputDir, InputFolder.Kind kind, long runId, StagingRepository staging,
            int groupsPerThread) {
        this.inputDir = inputDir;
        this.kind = kind;
        this.runId = runId;
        this.staging = staging;
        this.groupsPerThread = groupsPerThread;
    }

    @Override
    public Map<String, ExecutionContext> partition(int threads) {
        List<String> pending = pending(inputDir, kind, staging.readFiles(runId));
        int groups = Math.max(1, Math.min(pending.size(), Math.max(1, threads) * groupsPerThread));
        Map<String, ExecutionContext> partitions = new LinkedHashMap<>();
        for (List<String> group : split(pending, groups)) {
            ExecutionContext context = new ExecutionContext();
            String first = group.get(0);
            String last = group.get(group.size() - 1);
            context.putString(FIRST, first);
            context.putString(LAST, last);
            partitions.put(PartitionKeys.of(kind, first, last), context);
        }
        return partitions;
    }

    /** Files of {@code kind} in the folder now, in name order, that {@code read} does not hold. */
    static List<String> pending(Path inputDir, InputFolder.Kind kind, Set<String> read) {
        return InputFolder.list(inputDir).stream()
                .filter(e -> e.kind() == kind)
                .map(InputFolder.Entry::name)
                .filter(name -> !read.contains(name))
                .sorted()
                .toList();
    }

    /** {@code files} in {@code groups} consecutive runs whose sizes differ by at most one. */
    static List<List<String>> split(List<String> files, int groups) {
        List<List<String>> result = new ArrayList<>();
        int start = 0;
        for (int g = 0; g < groups && start < files.size(); g++) {
            int size = (files.size() - start + (groups - g) - 1) / (groups - g);
            result.add(files.subList(start, start + size));
            start += size;
        }
        return result;
    }
}
