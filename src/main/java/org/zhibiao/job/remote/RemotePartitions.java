package org.zhibiao.job.remote;

import org.springframework.batch.core.partition.PartitionHandler;

/**
 * Present only in a {@code --workers=remote} manager: the partition handler that sends a partitioned step's
 * requests for {@code workerStep} to the workers, instead of running them on local threads.
 */
@FunctionalInterface
public interface RemotePartitions {

    PartitionHandler handler(String workerStep, int gridSize);
}
