package org.zhibiao.job;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;

/**
 * The PostgreSQL that .ci/postgres starts (ZHIBIAO_PG_URL), one empty schema per test. Without the variable the
 * tests are skipped, except where ZHIBIAO_REQUIRE_PG is set (CI), where they fail rather than skip.
 */
public final class PostgresSchemas {

    public static final String URL = System.getenv("ZHIBIAO_PG_URL");
    public static final String USER = System.getenv().getOrDefault("ZHIBIAO_PG_USER", "postgres");

    private PostgresSchemas() {
    }

    /** A JDBC URL whose current schema is new and empty. */
    public static String fresh(String prefix) throws SQLException {
        if (System.getenv("ZHIBIAO_REQUIRE_PG") == null) {
            assumeTrue(URL != null, "ZHIBIAO_PG_URL not set: PostgreSQL tests run in CI (.ci/run)");
        }
        assertThat(URL).as("ZHIBIAO_PG_URL (set by .ci/postgres)").isNotNull();
        String schema = prefix + Long.toHexString(System.nanoTime());
        try (Connection c = DriverManager.getConnection(URL, USER, ""); Statement s = c.createStatement()) {
            s.execute("CREATE SCHEMA " + schema);
        }
        return URL + (URL.contains("?") ? "&" : "?") + "currentSchema=" + schema;
    }
}
