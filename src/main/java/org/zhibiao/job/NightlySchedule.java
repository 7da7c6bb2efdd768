package org.zhibiao.job;

import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.function.ToIntFunction;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.scheduling.support.CronExpression;

/**
 * --schedule: stays up and launches the day's run on each cron trigger. Runs never overlap: one thread runs
 * them, and triggers that pass while a run is going are skipped with a log line, not stacked.
 */
final class NightlySchedule {

    private static final Logger log = LoggerFactory.getLogger(NightlySchedule.class);

    private final CronExpression cron;
    private final ToIntFunction<LocalDate> runForDate;
    private final Clock clock;
    private final int maxRuns;

    NightlySchedule(String expression, ToIntFunction<LocalDate> runForDate) {
        this(parse(expression), runForDate, Clock.systemDefaultZone(),
                Integer.getInteger("zhibiao.schedule.max-runs", Integer.MAX_VALUE));
    }

    NightlySchedule(CronExpression cron, ToIntFunction<LocalDate> runForDate, Clock clock, int maxRuns) {
        this.cron = cron;
        this.runForDate = runForDate;
        this.clock = clock;
        this.maxRuns = maxRuns;
    }

    static CronExpression parse(String expression) {
        String fields = expression.trim().split("\\s+").length == 5 ? "0 " + expression.trim() : expression.trim();
        try {
            return CronExpression.parse(fields);
        } catch (IllegalArgumentException e) {
            throw new RunOptions.UsageException("无效的 cron 表达式 " + expression + " / invalid cron expression "
                    + expression + ": " + e.getMessage());
        }
    }

    /** Returns the exit code of the last run, or 0 when stopped before any run. */
    int runUntilStopped(GracefulStop stop) {
        int lastExit = RunLauncher.COMPLETED;
        int runs = 0;
        LocalDateTime next = cron.next(LocalDateTime.now(clock));
        log.info("schedule '{}': next run at {}", cron, next);
        while (next != null && runs < maxRuns && !stop.isStopping()) {
            if (!sleepUntil(next, stop)) {
                break;
            }
            LocalDate date = next.toLocalDate();
            lastExit = runForDate.applyAsInt(date);
            runs++;
            LocalDateTime now = LocalDateTime.now(clock);
            LocalDateTime following = cron.next(next);
            while (following != null && !following.isAfter(now)) {
                log.warn("schedule: trigger at {} skipped, the run of {} was still going", following, date);
                following = cron.next(following);
            }
            next = following;
            if (next != null && runs < maxRuns) {
                log.info("schedule: run of {} ended with exit code {}; next run at {}", date, lastExit, next);
            }
        }
        return lastExit;
    }

    private boolean sleepUntil(LocalDateTime when, GracefulStop stop) {
        while (!stop.isStopping()) {
            Duration wait = Duration.between(LocalDateTime.now(clock), when);
            if (wait.isNegative() || wait.isZero()) {
                return true;
            }
            try {
                Thread.sleep(Math.min(wait.toMillis(), 1000));
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return false;
            }
        }
        return false;
    }
}
