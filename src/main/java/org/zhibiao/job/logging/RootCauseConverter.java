package org.zhibiao.job.logging;

import ch.qos.logback.classic.pattern.ThrowableHandlingConverter;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.classic.spi.IThrowableProxy;

/**
 * {@code %rootCause}: for an event that carries an exception, its root cause on the same line ({@code  (cause:
 * IOException: No space left on device)}), never the stack trace. A failure deep in the state database used to
 * print thousands of trace lines on stdout, burying the one line that says what to do; the trace is on stderr
 * with {@code --logging.level.zhibiao.stack-traces=DEBUG} ({@link StackTracesAtDebug}).
 */
public final class RootCauseConverter extends ThrowableHandlingConverter {

    static final int MAX_CHARS = 500;

    @Override
    public String convert(ILoggingEvent event) {
        IThrowableProxy root = event.getThrowableProxy();
        if (root == null) {
            return "";
        }
        for (int depth = 0; root.getCause() != null && root.getCause() != root && depth < 100; depth++) {
            root = root.getCause();
        }
        String name = root.getClassName().substring(root.getClassName().lastIndexOf('.') + 1);
        String text = name + (root.getMessage() == null ? "" : ": " + root.getMessage());
        if (text.length() > MAX_CHARS) {
            text = text.substring(0, MAX_CHARS) + "…";
        }
        return " (cause: " + LogText.escape(text) + ")";
    }
}
