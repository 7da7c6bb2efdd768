package org.zhibiao.job.remote;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.springframework.batch.infrastructure.item.ExecutionContext;

/** A worker runs a partition only for a manager of its own build, schemas and row-shaping settings. */
class BuildStampTest {

    private static final BuildStamp WORKER = new BuildStamp("0.1.0", "batch 6.0.4, staging 1a2b3c", "settings-9f");

    @ParameterizedTest(name = "manager {0} / {1} / {2} → {3}")
    @CsvSource(delimiter = '|', textBlock = """
            0.1.0 | batch 6.0.4, staging 1a2b3c | settings-9f | ''
            0.2.0 | batch 6.0.4, staging 1a2b3c | settings-9f | build: manager 0.2.0, worker 0.1.0
            0.1.0 | batch 6.0.5, staging 1a2b3c | settings-9f | schema: manager batch 6.0.5, staging 1a2b3c
            0.1.0 | batch 6.0.4, staging ffffff | settings-9f | schema: manager batch 6.0.4, staging ffffff
            0.1.0 | batch 6.0.4, staging 1a2b3c | settings-00 | --taxonomy, --catalogue, --file-facts
            0.2.0 | batch 6.0.4, staging 1a2b3c | settings-00 | build: manager 0.2.0
            """)
    void refusesAManagerThatDiffers(String build, String schema, String settings, String expected) {
        ExecutionContext request = new ExecutionContext();
        new BuildStamp(build, schema, settings).writeTo(request);

        Optional<String> refusal = WORKER.refusal(BuildStamp.of(request), "extractFile:report-a.txt");

        if (expected.isEmpty()) {
            assertThat(refusal).isEmpty();
        } else {
            assertThat(refusal).hasValueSatisfying(message -> assertThat(message)
                    .contains(expected, "worker 拒绝分区 extractFile:report-a.txt", "worker refused partition"
                            + " extractFile:report-a.txt", "run the manager's same command again"));
        }
    }

    @Test
    void refusesARequestWithoutAStamp() {
        assertThat(WORKER.refusal(BuildStamp.of(new ExecutionContext()), "loadFile:csv-b.csv"))
                .hasValueSatisfying(message -> assertThat(message).contains("loadFile:csv-b.csv",
                        "no manager version stamp", "没有 manager 的版本标记"));
    }
}
