package org.zhibiao.job.remote;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Which of the three ways a process runs: the single process of old (the default: partitions on local threads,
 * state in H2 or PostgreSQL, no messaging at all), a manager that sends its partitions over the broker
 * ({@code --workers=remote}), or a worker that runs the partitions it receives ({@code --role=worker}). The
 * options travel as Spring properties ({@value #ROLE}, {@value #WORKERS}) so that the conditional configurations
 * see them and the resume command repeats them.
 */
public final class RemoteMode {

    public static final String ROLE = "zhibiao.role";
    public static final String WORKERS = "zhibiao.workers";
    public static final String WORKER = "worker";
    public static final String REMOTE = "remote";

    /**
     * Boot would start an embedded Artemis whenever its server is on the class path: the single process must not
     * pay for (or depend on) a broker it does not use, so messaging is configured only in the remote modes.
     */
    static final String MESSAGING_AUTO_CONFIGURATION = "org.springframework.boot.artemis.autoconfigure"
            + ".ArtemisAutoConfiguration,org.springframework.boot.jms.autoconfigure.JmsAutoConfiguration";

    private RemoteMode() {
    }

    /**
     * The Spring property for {@code --role=…} or {@code --workers=…}.
     *
     * @throws IllegalArgumentException for a wrong value, with the message for the operator
     */
    public static String property(String option, String value) {
        if (option.equals("--role") && (value.equals("manager") || value.equals(WORKER))) {
            return "--" + ROLE + "=" + value;
        }
        if (option.equals("--workers") && (value.equals("local") || value.equals(REMOTE))) {
            return "--" + WORKERS + "=" + value;
        }
        String allowed = option.equals("--role") ? "manager|worker" : "local|remote";
        throw new IllegalArgumentException("参数 " + option + " 只能是 " + allowed + "：" + value + " / option "
                + option + " must be " + allowed + ": " + value);
    }

    public static boolean isWorker(List<String> springArgs) {
        return springArgs.contains("--" + ROLE + "=" + WORKER);
    }

    /** A manager that sends its partitions to workers. */
    public static boolean isRemoteManager(List<String> springArgs) {
        return !isWorker(springArgs) && springArgs.contains("--" + WORKERS + "=" + REMOTE);
    }

    /**
     * Default properties by mode (lowest precedence: spring.artemis.* on the command line or in the environment
     * win). The manager embeds the broker unless told to use another; a worker connects to one on localhost
     * unless told where it is.
     */
    public static Map<String, Object> defaults(List<String> springArgs) {
        Map<String, Object> defaults = new HashMap<>();
        if (isWorker(springArgs)) {
            defaults.put("spring.artemis.mode", "native");
            defaults.put("spring.artemis.broker-url", "tcp://localhost:" + RemoteSettings.DEFAULT_BROKER_PORT);
            // The worker's own connection factory, not a caching wrapper: WorkerConnections sets it to take one
            // request at a time, so that requests spread over the workers and none waits in a busy one's buffer.
            defaults.put("spring.jms.cache.enabled", "false");
        } else if (isRemoteManager(springArgs)) {
            defaults.put("spring.artemis.mode", "embedded");
            defaults.put("spring.artemis.embedded.persistent", "false");
        } else {
            defaults.put("spring.autoconfigure.exclude", MESSAGING_AUTO_CONFIGURATION);
        }
        return defaults;
    }

    /**
     * Managers and workers share the JobRepository and staging, which an H2 file in one process's output folder
     * cannot be. The refusal, or empty when the database is a server.
     */
    public static Optional<String> refusal(String datasourceUrl) {
        if (datasourceUrl != null && !datasourceUrl.startsWith("jdbc:h2:")) {
            return Optional.empty();
        }
        return Optional.of("""
                --workers=remote 与 --role=worker 需要所有进程共用的 PostgreSQL（作业状态与暂存数据），不能用内嵌的 H2。
                请给 manager 和每个 worker 加上同一个数据库，例如：
                  --spring.datasource.url=jdbc:postgresql://db-host:5432/zhibiao --spring.datasource.username=zhibiao
                或不带 --workers=remote 在单个进程中运行（见 docs/scale-out.md）。
                --workers=remote and --role=worker need a PostgreSQL database shared by all processes (job state
                and staging), not the embedded H2. Give the manager and every worker the same database, e.g.
                  --spring.datasource.url=jdbc:postgresql://db-host:5432/zhibiao --spring.datasource.username=zhibiao
                or run in one process without --workers=remote (see docs/scale-out.md).""");
    }
}
