package org.zhibiao.launch;

import java.io.IOException;
import java.io.Reader;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Optional;
import java.util.Properties;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * A record, outside the H2 state database, of how far the database had got when the last launch ended: {@code
 * .state/last-run.properties} with the newest job execution, its version (Spring Batch bumps it on every update)
 * and the newest step execution. H2 opens a truncated file, or an older copy put back, without a word, rolled
 * back to its last whole chunk, and the launch then redoes a finished run (issue 13, defect 11). Compared at
 * every launch: a database behind the record is refused with what to do.
 *
 * <p>Written only after {@code CHECKPOINT SYNC}, so that what it records is on the disk: a SIGKILL can lose
 * the last half second of H2 commits, never what the record names. Only for the default H2 state under the
 * output folder; PostgreSQL keeps its own durability.
 */
final class StateMarker {

    static final String FILE = "last-run.properties";

    private static final Logger log = LoggerFactory.getLogger(StateMarker.class);

    private final JdbcTemplate jdbc;
    private final Path state;
    private final Path file;

    private StateMarker(JdbcTemplate jdbc, Path state) {
        this.jdbc = jdbc;
        this.state = state;
        this.file = state.resolve(FILE);
    }

    /** The marker of the default H2 state; empty when spring.datasource.url names another database. */
    static Optional<StateMarker> of(RunOptions options, JdbcTemplate jdbc) {
        String url = DatabaseUrls.effective(options);
        if (jdbc == null || !url.equals(ZhibiaoApplication.defaults(options).get("spring.datasource.url"))) {
            return Optional.empty();
        }
        return Optional.of(new StateMarker(jdbc, options.outputDir().toAbsolutePath().normalize().resolve(".state")));
    }

    /** What to tell the operator when the database is behind the record; empty when all is well. */
    Optional<String> problem(String rerunCommand) {
        if (!Files.isRegularFile(file)) {
            return Optional.empty();
        }
        Properties recorded = new Properties();
        try (Reader in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            recorded.load(in);
        } catch (IOException | IllegalArgumentException e) {
            log.warn("state record {} unreadable, not compared: {}", file, e.toString());
            return Optional.empty();
        }
        long execution = Long.parseLong(recorded.getProperty("execution", "0"));
        long version = Long.parseLong(recorded.getProperty("version", "0"));
        long step = Long.parseLong(recorded.getProperty("step", "0"));
        Progress now = read();
        List<Long> versions = jdbc.queryForList(
                "SELECT VERSION FROM BATCH_JOB_EXECUTION WHERE JOB_EXECUTION_ID = ?", Long.class, execution);
        long versionNow = versions.isEmpty() || versions.get(0) == null ? -1 : versions.get(0);
        if (execution == 0 || (versionNow >= version && now.step() >= step)) {
            return Optional.empty();
        }
        String found = versionNow < 0 ? "没有执行 " + execution : "执行 " + execution + " 的版本 " + versionNow;
        String foundEn = versionNow < 0 ? "no execution " + execution : "execution " + execution + " at version "
                + versionNow;
        return Optional.of(StateAdvice.olderThanRecorded(state, "记录为执行 " + execution + " 版本 " + version
                + "、步骤执行 " + step + "，数据库中" + found + "、步骤执行 " + now.step(), "recorded: execution "
                + execution + " version " + version + ", step execution " + step + "; the database has " + foundEn
                + ", step execution " + now.step(), recorded.getProperty("at", "?"), rerunCommand));
    }

    /** After a launch: flush the database to disk, then record how far it got. Never fails the launch. */
    void record() {
        try {
            jdbc.execute("CHECKPOINT SYNC");
            Progress now = read();
            if (now.execution() == 0) {
                return;
            }
            Properties p = new Properties();
            p.setProperty("execution", Long.toString(now.execution()));
            p.setProperty("version", Long.toString(now.version()));
            p.setProperty("step", Long.toString(now.step()));
            p.setProperty("at", LocalDateTime.now().withNano(0).format(DateTimeFormatter.ISO_LOCAL_DATE_TIME));
            Path temp = Files.createTempFile(state, "." + FILE + ".", ".tmp");
            try (Writer out = Files.newBufferedWriter(temp, StandardCharsets.UTF_8)) {
                p.store(out, "zhibiao: how far the state database had got at the end of the last launch");
            }
            Files.move(temp, file, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        } catch (IOException | RuntimeException e) {
            log.warn("state record {} not updated: {}", file, e.toString());
        }
    }

    private Progress read() {
        Long execution = jdbc.queryForObject("SELECT MAX(JOB_EXECUTION_ID) FROM BATCH_JOB_EXECUTION", Long.class);
        if (execution == null) {
            return new Progress(0, 0, 0);
        }
        Long version = jdbc.queryForObject("SELECT VERSION FROM BATCH_JOB_EXECUTION WHERE JOB_EXECUTION_ID = ?",
                Long.class, execution);
        Long step = jdbc.queryForObject("SELECT MAX(STEP_EXECUTION_ID) FROM BATCH_STEP_EXECUTION", Long.class);
        return new Progress(execution, version == null ? 0 : version, step == null ? 0 : step);
    }

    private record Progress(long execution, long version, long step) {
    }
}
