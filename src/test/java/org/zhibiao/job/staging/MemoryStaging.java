package org.zhibiao.job.staging;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.DataSourceTransactionManager;
import org.springframework.jdbc.datasource.DriverManagerDataSource;
import org.springframework.transaction.support.TransactionTemplate;

/** Staging tables in a private in-memory H2 database, for tests of the pieces that read and write them. */
public record MemoryStaging(JdbcTemplate jdbc, StagingRepository staging) {

    /** A database of its own per {@code name}; it lives until the JVM ends. */
    public static MemoryStaging open(String name) {
        DriverManagerDataSource db = new DriverManagerDataSource("jdbc:h2:mem:" + name + ";DB_CLOSE_DELAY=-1", "sa",
                "");
        JdbcTemplate jdbc = new JdbcTemplate(db);
        StagingSchema.create(jdbc);
        return new MemoryStaging(jdbc, new StagingRepository(jdbc,
                new TransactionTemplate(new DataSourceTransactionManager(db))));
    }
}
