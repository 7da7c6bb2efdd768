package org.zhibiao.job.ops;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.zhibiao.job.RunOwner;

/** When the owner of a STARTED execution counts as alive: by the process table here, by heartbeat elsewhere. */
class RunOwnerTest {

    private static final Instant NOW = Instant.parse("2022-03-01T02:40:00Z");

    @Test
    void thisProcessIsAlive() {
        assertThat(RunOwner.current().isAlive(Instant.now())).isTrue();
    }

    @Test
    void aProcessThatEndedIsGone() throws Exception {
        Process child = new ProcessBuilder(ProcessHandle.current().info().command().orElse("java"), "-version")
                .redirectErrorStream(true).start();
        String start = child.info().startInstant().map(Instant::toString).orElse("");
        child.getInputStream().transferTo(java.io.OutputStream.nullOutputStream());
        child.waitFor();

        assertThat(new RunOwner(RunOwner.hostName(), child.pid(), start, NOW).isAlive(NOW)).isFalse();
    }

    @Test
    void aReusedPidWithAnotherStartTimeIsNotTheOwner() {
        RunOwner self = RunOwner.current();
        RunOwner earlierProcessWithThisPid = new RunOwner(self.host(), self.pid(), "2001-01-01T00:00:00Z", NOW);

        assertThat(earlierProcessWithThisPid.isAlive(NOW)).isFalse();
    }

    @Test
    void anOwnerOnAnotherHostIsAliveWhileItsHeartbeatIsFresh() {
        RunOwner fresh = new RunOwner("pod-zhibiao-29nxk", 1, "2022-03-01T02:30:00Z", NOW.minusSeconds(30));
        RunOwner stale = new RunOwner("pod-zhibiao-29nxk", 1, "2022-03-01T02:30:00Z",
                NOW.minus(RunOwner.HEARTBEAT_STALE).minus(Duration.ofSeconds(1)));
        RunOwner silent = new RunOwner("pod-zhibiao-29nxk", 1, "2022-03-01T02:30:00Z", null);

        assertThat(fresh.isAlive(NOW)).isTrue();
        assertThat(stale.isAlive(NOW)).isFalse();
        assertThat(silent.isAlive(NOW)).isFalse();
    }
}
