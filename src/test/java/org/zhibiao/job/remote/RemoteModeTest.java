package org.zhibiao.job.remote;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.zhibiao.job.JobRuns;
import org.zhibiao.launch.RunLauncher;
import org.zhibiao.launch.RunOptions;

/** The scale-out options on the command line, and what each mode starts. */
class RemoteModeTest {

    @TempDir
    Path temp;

    @ParameterizedTest(name = "{0}")
    @CsvSource({"--workers=remote", "--role=worker"})
    void theRemoteModesRefuseTheEmbeddedH2BeforeStartingAnything(String option) throws Exception {
        Path output = temp.resolve("output");

        JobRuns.Result run = JobRuns.run(option, "--input-dir=" + temp, "--output-dir=" + output);

        assertThat(run.exitCode()).isEqualTo(RunLauncher.USAGE);
        assertThat(run.err()).contains("PostgreSQL", "不能用内嵌的 H2", "not the embedded H2",
                "--spring.datasource.url=jdbc:postgresql://");
        assertThat(Files.exists(output)).as("nothing recorded").isFalse();
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource({"--role=boss, manager|worker", "--workers=cloud, local|remote", "--role, needs a value"})
    void aWrongValueIsAUsageError(String option, String expected) {
        JobRuns.Result run = JobRuns.run(option, "--input-dir=" + temp);

        assertThat(run.exitCode()).isEqualTo(RunLauncher.USAGE);
        assertThat(run.err()).contains(expected);
    }

    @Test
    void theOptionsTravelAsSpringPropertiesSoThatTheResumeCommandRepeatsThem() {
        RunOptions options = RunOptions.parse(new String[] {"--workers=remote", "--role=manager"});

        assertThat(options.springArgs()).containsExactly("--zhibiao.workers=remote", "--zhibiao.role=manager");
        assertThat(RemoteMode.isRemoteManager(options.springArgs())).isTrue();
        assertThat(RemoteMode.isWorker(options.springArgs())).isFalse();
        assertThat(RemoteMode.isWorker(List.of("--zhibiao.role=worker", "--zhibiao.workers=remote"))).isTrue();
        assertThat(RemoteMode.isRemoteManager(List.of("--zhibiao.role=worker", "--zhibiao.workers=remote")))
                .isFalse();
    }

    @Test
    void onlyTheRemoteModesConfigureMessaging() {
        assertThat(RemoteMode.defaults(List.of())).containsEntry("spring.autoconfigure.exclude",
                RemoteMode.MESSAGING_AUTO_CONFIGURATION);
        assertThat(RemoteMode.defaults(List.of("--zhibiao.workers=local")))
                .containsKey("spring.autoconfigure.exclude");
        assertThat(RemoteMode.defaults(List.of("--zhibiao.workers=remote")))
                .doesNotContainKey("spring.autoconfigure.exclude")
                .containsEntry("spring.artemis.mode", "embedded");
        assertThat(RemoteMode.defaults(List.of("--zhibiao.role=worker")))
                .doesNotContainKey("spring.autoconfigure.exclude")
                .containsEntry("spring.artemis.mode", "native")
                .containsEntry("spring.artemis.broker-url", "tcp://localhost:61616");
    }

    @Test
    void helpNamesTheOptions() {
        assertThat(RunOptions.USAGE).contains("--workers=local|remote", "--role=manager|worker");
    }
}
