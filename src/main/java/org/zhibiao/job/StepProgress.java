package org.zhibiao.job;

/**
 * Which step this process is in, kept in memory: when the state database itself fails (a full disk under it),
 * the JobRepository cannot say which step was running, and the operator still needs to know. One run at a time
 * per process (the run owner check and --schedule see to it), so one record per process.
 */
public final class StepProgress {

    private static volatile String running;
    private static volatile String lastEnded;

    private StepProgress() {
    }

    public static void reset() {
        running = null;
        lastEnded = null;
    }

    /** Top-level steps only: partition workers (extractFile:…) belong to their extract or load step. */
    static void started(String step) {
        if (!step.contains(":")) {
            running = step;
        }
    }

    /** A step that failed stays the one to name: whatever fails after it failed while finishing it. */
    static void ended(String step, boolean failed) {
        if (!step.contains(":") && !failed) {
            running = null;
            lastEnded = step;
        }
    }

    /** For the failure message: the step that was running, else the last that ended, else none yet. */
    public static Where where() {
        String now = running;
        if (now != null) {
            return new Where("步骤 " + now, "step " + now);
        }
        String last = lastEnded;
        if (last != null) {
            return new Where("步骤 " + last + " 之后", "after step " + last);
        }
        return new Where("第一个步骤之前", "before the first step");
    }

    public record Where(String zh, String en) {
    }
}
