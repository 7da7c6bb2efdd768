package org.zhibiao.job;

import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.batch.core.partition.Partitioner;
import org.springframework.batch.infrastructure.item.ExecutionContext;

/**
 * One partition per input file of a kind. Keys are stable for a given folder listing, and on restart Spring
 * Batch reuses the partitions it stored, so a finished file is never read twice.
 */
public final class FilePartitioner implements Partitioner {

    public static final String FILE = "file";

    private final Path inputDir;
    private final InputFolder.Kind kind;

    public FilePartitioner(Path inputDir, InputFolder.Kind kind) {
        this.inputDir = inputDir;
        this.kind = kind;
    }

    @Override
    public Map<String, ExecutionContext> partition(int gridSize) {
        List<InputFolder.Entry> files = InputFolder.list(inputDir).stream()
                .filter(e -> e.kind() == kind)
                .toList();
        Map<String, ExecutionContext> partitions = new LinkedHashMap<>();
        for (int i = 0; i < files.size(); i++) {
            ExecutionContext context = new ExecutionContext();
            context.putString(FILE, files.get(i).name());
            partitions.put(PartitionKeys.of(kind, files.get(i).name()), context);
        }
        return partitions;
    }
}
