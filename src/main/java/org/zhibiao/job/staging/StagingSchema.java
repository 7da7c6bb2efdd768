package org.zhibiao.job.staging;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import org.springframework.jdbc.core.JdbcTemplate;

/** Creates the staging tables on first use (CREATE ... IF NOT EXISTS), on H2 and PostgreSQL alike. */
public final class StagingSchema {

    private static final String SCRIPT = "/zhibiao/staging-schema.sql";

    private StagingSchema() {
    }

    public static void create(JdbcTemplate jdbc) {
        for (String statement : statements()) {
            jdbc.execute(statement);
        }
    }

    private static String[] statements() {
        try (InputStream in = StagingSchema.class.getResourceAsStream(SCRIPT)) {
            String script = new String(in.readAllBytes(), StandardCharsets.UTF_8)
                    .replaceAll("(?m)^\\s*--.*$", "");
            return java.util.Arrays.stream(script.split(";"))
                    .map(String::strip)
                    .filter(s -> !s.isEmpty())
                    .toArray(String[]::new);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
