package org.zhibiao.job.staging;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import org.springframework.jdbc.core.JdbcTemplate;

/** Creates the staging tables on first use (CREATE ... IF NOT EXISTS), on H2 and PostgreSQL alike. */
public final class StagingSchema {

    private static final String SCRIPT = "/zhibiao/staging-schema.sql";
    /** An index on Spring Batch's own table, made once that table exists (see the script for why). */
    private static final String BATCH_INDEX = "/zhibiao/batch-index.sql";

    private StagingSchema() {
    }

    public static void create(JdbcTemplate jdbc) {
        for (String statement : statements(SCRIPT)) {
            jdbc.execute(statement);
        }
        if (batchTablesExist(jdbc)) {
            for (String statement : statements(BATCH_INDEX)) {
                jdbc.execute(statement);
            }
        }
    }

    private static boolean batchTablesExist(JdbcTemplate jdbc) {
        Boolean exists = jdbc.execute((java.sql.Connection c) -> {
            var meta = c.getMetaData();
            for (String name : new String[] {"BATCH_STEP_EXECUTION", "batch_step_execution"}) {
                // Only the connection's own schema: on a shared PostgreSQL another schema may hold its own.
                try (var tables = meta.getTables(c.getCatalog(), c.getSchema(), name, null)) {
                    if (tables.next()) {
                        return true;
                    }
                }
            }
            return false;
        });
        return Boolean.TRUE.equals(exists);
    }

    private static String[] statements(String script) {
        try (InputStream in = StagingSchema.class.getResourceAsStream(script)) {
            String text = new String(in.readAllBytes(), StandardCharsets.UTF_8)
                    .replaceAll("(?m)^\\s*--.*$", "");
            return java.util.Arrays.stream(text.split(";"))
                    .map(String::strip)
                    .filter(s -> !s.isEmpty())
                    .toArray(String[]::new);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
