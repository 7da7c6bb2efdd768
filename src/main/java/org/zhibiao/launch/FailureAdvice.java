package org.zhibiao.launch;

import org.zhibiao.job.StepFailure;

/**
 * What a failure's root cause means to an operator, for the causes the environment gives rather than the input:
 * a full disk and an exhausted heap. Read from the cause's text ({@link StepFailure#rootMessage}), because the
 * failure may come back from the JobRepository as text only.
 */
final class FailureAdvice {

    private FailureAdvice() {
    }

    /** {@code （磁盘已满：…）/ (disk full: …)} style advice in one language, or "" when there is none. */
    static String zh(String cause) {
        if (isDiskFull(cause)) {
            return "（磁盘已满：请先腾出空间）";
        }
        if (isOutOfMemory(cause)) {
            return "（内存不足：请在命令中加大 -Xmx，当前上限 " + maxHeapMegabytes() + " MB）";
        }
        return "";
    }

    static String en(String cause) {
        if (isDiskFull(cause)) {
            return " (disk full: free some space first)";
        }
        if (isOutOfMemory(cause)) {
            return " (out of memory: raise -Xmx in the command; the limit now is " + maxHeapMegabytes() + " MB)";
        }
        return "";
    }

    static boolean isDiskFull(String cause) {
        return cause != null && (cause.contains("No space left on device") || cause.contains("Disk quota exceeded")
                || cause.contains("not enough space on the disk"));
    }

    static boolean isOutOfMemory(String cause) {
        return cause != null && cause.startsWith("OutOfMemoryError");
    }

    /** The whole chain's messages, for a cause buried under wrappers that H2 and Spring put around it. */
    static String chain(Throwable error) {
        StringBuilder text = new StringBuilder(StepFailure.rootMessage(error));
        for (Throwable t = error; t != null; t = t.getCause() == t ? null : t.getCause()) {
            text.append(" | ").append(t);
        }
        return text.toString();
    }

    private static long maxHeapMegabytes() {
        return Runtime.getRuntime().maxMemory() / (1024 * 1024);
    }
}
