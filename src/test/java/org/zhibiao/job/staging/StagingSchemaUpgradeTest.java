package org.zhibiao.job.staging;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.DataSourceTransactionManager;
import org.springframework.jdbc.datasource.DriverManagerDataSource;
import org.springframework.transaction.support.TransactionTemplate;
import org.zhibiao.input.InputFileFacts;
import org.zhibiao.model.Finding;
import org.zhibiao.model.Severity;

/**
 * A state folder made by the first release (staging-schema.sql as it was, kept in src/test/resources/staging)
 * gains the later columns on start, and a file it had staged counts as not read: a run interrupted before the
 * upgrade reads it again rather than skip a file it never read.
 */
class StagingSchemaUpgradeTest {

    @Test
    void aFirstReleaseDatabaseIsUpgradedAndItsFilesAreReadAgain() throws Exception {
        DriverManagerDataSource db = new DriverManagerDataSource("jdbc:h2:mem:upgrade;DB_CLOSE_DELAY=-1", "sa", "");
        JdbcTemplate jdbc = new JdbcTemplate(db);
        for (String statement : Files.readString(Path.of("src/test/resources/staging/schema-first-release.sql"))
                .replaceAll("(?m)^\\s*--.*$", "").split(";")) {
            if (!statement.isBlank()) {
                jdbc.execute(statement);
            }
        }
        jdbc.update("INSERT INTO zb_input_file (run_id, file, kind, bytes, sha256, records_read, written, rejected,"
                + " skipped, indicators) VALUES (1, 'old.md', 'REPORT', 10, 'x', 1, 1, 0, 0, 0)");

        StagingSchema.create(jdbc);
        StagingRepository staging = new StagingRepository(jdbc, new TransactionTemplate(
                new DataSourceTransactionManager(db)));

        assertThat(staging.readFiles(1)).isEmpty();
        staging.replaceFile(1, new InputFileFacts("new.md", "REPORT", 10, "y", 1, 1, 0, 0, 0), List.of(), List.of(),
                List.of(), section -> 0);
        staging.replaceCrossFindings(1, List.of(new Finding(Severity.INFO, "R", "m", List.of())), java.util.Map.of());
        assertThat(staging.readFiles(1)).containsExactly("new.md");
        assertThat(staging.streamFindings(1)).extracting(Finding::message).containsExactly("m");
    }
}
