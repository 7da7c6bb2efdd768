package org.zhibiao.launch;

import java.io.PrintStream;
import java.nio.file.Path;
import java.sql.SQLException;
import org.zhibiao.job.StepFailure;

/**
 * What a start that failed before any run means to the operator. The default H2 state database is a file only
 * one process can open: while a run (or --schedule) holds it, a second launch on the same output folder cannot
 * even read the JobRepository. That is "already running" (exit 3), not a failure, and says so.
 */
final class StartFailure {

    /** H2's "Database may be already in use" (ErrorCode.DATABASE_ALREADY_OPEN_1). */
    private static final int H2_DATABASE_IN_USE = 90020;
    /** H2's ErrorCode.FILE_CORRUPTED_1. */
    private static final int H2_FILE_CORRUPTED = 90030;

    private StartFailure() {
    }

    static int report(RuntimeException error, RunOptions options, PrintStream err) {
        if (isDatabaseInUse(error)) {
            String url = DatabaseUrls.mask(DatabaseUrls.effective(options));
            err.println("运行状态数据库正被另一个 zhibiao 进程使用（一次运行或 --schedule 正在进行），本次不启动。"
                    + "待其结束后再试；--status 也要等它结束（或见 docs/operations.md 的 AUTO_SERVER）。\n"
                    + "the run state database is in use by another zhibiao process (a run or --schedule is going on);"
                    + " not started. Try again when it has ended (--status too, or see AUTO_SERVER in"
                    + " docs/operations.md).\n  数据库 / database: " + url);
            return RunLauncher.ALREADY_RUNNING;
        }
        String chain = FailureAdvice.chain(error);
        if (isCorrupt(error) && usesDefaultState(options)) {
            err.println(StateAdvice.corrupt(state(options), StepFailure.rootMessage(error), RerunCommand.of(options)));
            return RunLauncher.FAILED;
        }
        if (FailureAdvice.isDiskFull(chain)) {
            // The state database could not even be opened or prepared: no step ran yet.
            err.println(LaunchFailure.message(options.runDate(), "第一个步骤之前", "before the first step",
                    StepFailure.rootMessage(error), chain, RerunCommand.of(options)));
            return RunLauncher.FAILED;
        }
        err.println("启动失败 / could not start: " + DatabaseUrls.explain(error, options));
        return RunLauncher.FAILED;
    }

    /**
     * H2 found its file damaged: "Store header is corrupt", "File corrupted while reading record" (MVStore's
     * ERROR_FILE_CORRUPT, 6), or H2's FILE_CORRUPTED_1 (90030).
     */
    static boolean isCorrupt(Throwable error) {
        for (Throwable t = error; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (t instanceof SQLException sql && sql.getErrorCode() == H2_FILE_CORRUPTED) {
                return true;
            }
            String message = t.getMessage() == null ? "" : t.getMessage();
            if (t.getClass().getName().equals("org.h2.mvstore.MVStoreException")
                    && (message.contains("corrupt") || message.contains("[6/"))) {
                return true;
            }
        }
        return false;
    }

    private static boolean usesDefaultState(RunOptions options) {
        return DatabaseUrls.effective(options).equals(ZhibiaoApplication.defaults(options).get("spring.datasource.url"));
    }

    private static Path state(RunOptions options) {
        return options.outputDir().toAbsolutePath().normalize().resolve(".state");
    }

    static boolean isDatabaseInUse(Throwable error) {
        for (Throwable t = error; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (t instanceof SQLException sql && sql.getErrorCode() == H2_DATABASE_IN_USE) {
                return true;
            }
            if (t.getClass().getName().equals("org.h2.mvstore.MVStoreException") && t.getMessage() != null
                    && t.getMessage().startsWith("The file is locked")) {
                return true;
            }
        }
        return false;
    }
}
