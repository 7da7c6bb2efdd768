package org.zhibiao.job.logging;

import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.filter.Filter;
import ch.qos.logback.core.spi.FilterReply;
import org.slf4j.LoggerFactory;

/**
 * Lets an event with an exception through to the stack-trace appender (stderr) only while the logger
 * {@value #SWITCH} is at DEBUG: {@code --logging.level.zhibiao.stack-traces=DEBUG}.
 */
public final class StackTracesAtDebug extends Filter<ILoggingEvent> {

    public static final String SWITCH = "zhibiao.stack-traces";

    @Override
    public FilterReply decide(ILoggingEvent event) {
        return event.getThrowableProxy() != null && LoggerFactory.getLogger(SWITCH).isDebugEnabled()
                ? FilterReply.NEUTRAL : FilterReply.DENY;
    }
}
