package org.zhibiao.job;

import java.io.PrintStream;
import java.sql.SQLException;

/**
 * What a start that failed before any run means to the operator. The default H2 state database is a file only
 * one process can open: while a run (or --schedule) holds it, a second launch on the same output folder cannot
 * even read the JobRepository. That is "already running" (exit 3), not a failure, and says so.
 */
final class StartFailure {

    /** H2's "Database may be already in use" (ErrorCode.DATABASE_ALREADY_OPEN_1). */
    private static final int H2_DATABASE_IN_USE = 90020;

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
        err.println("启动失败 / could not start: " + DatabaseUrls.explain(error, options));
        return RunLauncher.FAILED;
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
