package org.zhibiao.job.ops;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.zhibiao.job.JobRuns;
import org.zhibiao.job.PostgresSchemas;
import org.zhibiao.launch.RunLauncher;

/**
 * Crash recovery on PostgreSQL, where a second process can read the JobRepository while a run goes on: a second
 * launch finds the owner alive (exit 3); once the owner is killed, the next launch recovers and completes the
 * run. .ci/postgres provides the database (ZHIBIAO_PG_URL); each test gets its own schema.
 */
class PostgresRecoveryTest {

    private static final String USER = PostgresSchemas.USER;
    private static final int COPIES = 10;

    @TempDir
    Path temp;

    private String schemaUrl;

    @BeforeEach
    void freshSchema() throws Exception {
        schemaUrl = PostgresSchemas.fresh("zb_ops_");
    }

    @Test
    void liveOwnerMeansAlreadyRunningAndAKilledOwnersRunIsRecoveredAndCompleted() throws Exception {
        Path input = OpsRuns.manyReports(temp, COPIES);
        Path output = temp.resolve("output");
        String[] command = {"--input-dir=" + input, "--output-dir=" + output, "--run-date=2022-04-01",
            "--threads=1", "--spring.datasource.url=" + schemaUrl, "--spring.datasource.username=" + USER,
            "--spring.datasource.password="};
        ChildRun first = ChildRun.start(temp.resolve("first.log"), command);
        try {
            first.awaitLines(OpsRuns::reportExtracted, 10);

            JobRuns.Result second = OpsRuns.run(command);

            assertThat(second.exitCode()).as(second.out() + second.err()).isEqualTo(RunLauncher.ALREADY_RUNNING);
            assertThat(second.err()).contains("already in progress", "pid " + first.pid());
        } finally {
            first.kill();
        }
        assertThat(query("SELECT STATUS FROM BATCH_JOB_EXECUTION")).containsExactly("STARTED");
        List<String> doneBeforeKill = query("SELECT file FROM zb_input_file WHERE state = 'READ'");
        assertThat(doneBeforeKill).isNotEmpty();
        String lastIdBefore = query("SELECT COALESCE(MAX(id), 0) FROM zb_indicator").get(0);

        JobRuns.Result restart = OpsRuns.run(command);

        assertThat(restart.exitCode()).as(restart.err()).isEqualTo(RunLauncher.COMPLETED);
        assertThat(query("SELECT STATUS FROM BATCH_JOB_EXECUTION ORDER BY JOB_EXECUTION_ID"))
                .containsExactly("FAILED", "COMPLETED");
        assertThat(query("SELECT COUNT(*) FROM BATCH_STEP_EXECUTION WHERE STATUS IN ('STARTING', 'STARTED',"
                + " 'STOPPING')")).containsExactly("0");
        assertThat(query("SELECT STEP_NAME FROM BATCH_STEP_EXECUTION WHERE STEP_NAME LIKE 'extractFile:%'"
                + " AND STATUS = 'COMPLETED' GROUP BY STEP_NAME HAVING COUNT(*) > 1")).isEmpty();
        // Staging a file again gives its rows new ids: the restart must not have staged a file read before.
        List<String> restaged = query("SELECT DISTINCT file FROM zb_indicator WHERE id > " + lastIdBefore);
        assertThat(restaged).doesNotContainAnyElementsOf(doneBeforeKill)
                .hasSize(COPIES * 14 - doneBeforeKill.size());
        assertThat(query("SELECT COUNT(*) FROM zb_input_file WHERE state = 'READ'"))
                .containsExactly(String.valueOf(COPIES * 14));
        assertThat(query("SELECT COUNT(*) FROM zb_input_file")).containsExactly(String.valueOf(COPIES * 14));
        assertThat(query("SELECT f.file FROM zb_input_file f WHERE f.indicators <> (SELECT COUNT(*) FROM"
                + " zb_indicator i WHERE i.run_id = f.run_id AND i.file = f.file)")).isEmpty();
        assertThat(output.resolve("indicators-2022-04-01.xlsx")).isRegularFile();
    }

    private List<String> query(String sql) throws Exception {
        return OpsRuns.query(schemaUrl, USER, sql);
    }
}
