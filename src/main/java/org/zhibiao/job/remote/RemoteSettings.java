package org.zhibiao.job.remote;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Settings of the remote modes ({@code zhibiao.remote.*}; see docs/scale-out.md).
 *
 * @param brokerHost   where the manager's embedded broker listens for workers (all interfaces by default)
 * @param brokerPort   its TCP port; workers connect with spring.artemis.broker-url=tcp://manager:PORT
 * @param queue        the queue of partition requests; deployments sharing one broker need different ones
 * @param pollInterval how often the manager reads the partitions' state from the JobRepository
 * @param silence      a partition whose worker has recorded nothing for this long is failed (its worker is taken
 *                     for dead). Each file a worker finishes is a record, so this must exceed the slowest file.
 * @param claimTimeout with no partition of the step moving for this long, the requests no worker took fail (no
 *                     worker running or none reaches the broker); long enough for workers to start
 */
@ConfigurationProperties(prefix = "zhibiao.remote")
public record RemoteSettings(String brokerHost, Integer brokerPort, String queue, Duration pollInterval,
        Duration silence, Duration claimTimeout) {

    public static final int DEFAULT_BROKER_PORT = 61616;

    public RemoteSettings {
        brokerHost = brokerHost == null ? "0.0.0.0" : brokerHost;
        brokerPort = brokerPort == null ? DEFAULT_BROKER_PORT : brokerPort;
        queue = queue == null ? "zhibiao.partitions" : queue;
        pollInterval = pollInterval == null ? Duration.ofSeconds(2) : pollInterval;
        silence = silence == null ? Duration.ofMinutes(5) : silence;
        claimTimeout = claimTimeout == null ? Duration.ofMinutes(10) : claimTimeout;
    }
}
