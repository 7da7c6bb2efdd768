package org.zhibiao.launch;

import java.nio.file.Path;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;

/**
 * What to do when the H2 state database cannot be trusted, as commands that work when pasted: move {@code .state}
 * aside and start again (the dates it knew run again from the input), or restore a copy; for a database that is
 * only older than the record, a third way, accepting it.
 */
final class StateAdvice {

    private StateAdvice() {
    }

    /** H2 refused to open the file ("Store header is corrupt", "File corrupted while reading record"). */
    static String corrupt(Path state, String cause, String rerunCommand) {
        Path database = state.resolve("zhibiao.mv.db");
        return String.format("""
                运行状态数据库已损坏：%s（%s）。本次不启动。任选其一：
                  1) 从备份恢复 %s 整个文件夹，再运行同一命令；
                  2) 把它移到一旁，从头开始（已完成的日期会在下次启动时重新运行，输入不变则结果相同）：
                       %s
                       %s
                the run state database is damaged: %s (%s). Not started. Either:
                  1) restore the whole folder %s from a backup, then run the same command; or
                  2) move it aside and start afresh (dates it had completed run again when launched; same input,
                     same result):
                       %s
                       %s""", database, cause, state, moveAside(state), rerunCommand, database, cause, state,
                moveAside(state), rerunCommand);
    }

    /** The database opened, but it is behind what the last launch recorded: truncated, or an older copy. */
    static String olderThanRecorded(Path state, String detail, String detailEn, String recordedAt,
            String rerunCommand) {
        Path database = state.resolve("zhibiao.mv.db");
        Path record = state.resolve(StateMarker.FILE);
        return String.format("""
                运行状态数据库比上次启动结束时（%s）记录的旧：%s（%s）。文件可能被截断，或被换成了旧副本；
                继续会悄悄重做或丢掉已完成的运行，所以本次不启动。任选其一：
                  1) 从备份恢复 %s 整个文件夹（不早于 %s），再运行同一命令；
                  2) 把它移到一旁，从头开始：
                       %s
                       %s
                  3) 确认要用这个旧的数据库（例如是有意恢复的旧备份）：
                       rm %s
                       %s
                the run state database is older than the last launch recorded at %s: %s (%s). It may have been
                truncated or replaced by an older copy; going on would silently redo or lose finished runs, so
                nothing was started. Either:
                  1) restore the whole folder %s from a backup (no older than %s), then run the same command;
                  2) move it aside and start afresh:
                       %s
                       %s
                  3) accept this older database (a backup you restored on purpose):
                       rm %s
                       %s""", recordedAt, database, detail, state, recordedAt, moveAside(state), rerunCommand,
                RerunCommand.quote(record.toString()), rerunCommand, recordedAt, database, detailEn, state,
                recordedAt, moveAside(state), rerunCommand, RerunCommand.quote(record.toString()), rerunCommand);
    }

    private static String moveAside(Path state) {
        String stamp = LocalDateTime.now().format(DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss"));
        return "mv " + RerunCommand.quote(state.toString()) + " "
                + RerunCommand.quote(state + ".damaged-" + stamp);
    }
}
