package org.zhibiao.launch;

import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.function.BooleanSupplier;
import java.util.function.ToIntFunction;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.scheduling.support.CronExpression;

/**
 * --schedule: stays up and launches the run of the trigger's date on each cron trigger. Runs never overlap: one
 * thread runs them, and triggers that pass while a run is going are skipped with a log line, not stacked. A date
 * that already completed is a no-op (the launcher decides), so a second trigger on the same day costs nothing.
 */
public final class NightlySchedule {

    /** Waits between triggers; tests pass one that moves a fake clock instead of sleeping. */
    public interface Sleeper {
        void sleep(Duration duration) throws InterruptedException;
    }

    private static final Logger log = LoggerFactory.getLogger(NightlySchedule.class);
    private static final Duration TICK = Duration.ofSeconds(1);

    private final CronExpression cron;
    private final ToIntFunction<LocalDate> runForDate;
    private final Clock clock;
    private final Sleeper sleeper;
    private final int maxRuns;
    private int runs;
    private int skipped;

    NightlySchedule(String expression, ToIntFunction<LocalDate> runForDate, int maxRuns) {
        this(parse(expression), runForDate, Clock.systemDefaultZone(), d -> Thread.sleep(d.toMillis()), maxRuns);
    }

    /**
     * @param runForDate launches the run of a date and returns its exit code
     * @param maxRuns    stop after this many runs (tests; zhibiao.schedule.max-runs), else run until stopped
     */
    public NightlySchedule(CronExpression cron, ToIntFunction<LocalDate> runForDate, Clock clock, Sleeper sleeper,
            int maxRuns) {
        this.cron = cron;
        this.runForDate = runForDate;
        this.clock = clock;
        this.sleeper = sleeper;
        this.maxRuns = maxRuns;
    }

    /** A Spring cron expression (6 fields, seconds first) or a classic 5-field crontab one. */
    public static CronExpression parse(String expression) {
        String fields = expression.trim().split("\\s+").length == 5 ? "0 " + expression.trim() : expression.trim();
        try {
            return CronExpression.parse(fields);
        } catch (IllegalArgumentException e) {
            throw new RunOptions.UsageException("无效的 cron 表达式 " + expression + " / invalid cron expression "
                    + expression + ": " + e.getMessage());
        }
    }

    /** Runs on each trigger until stopped or maxRuns; returns the exit code of the last run (0 if none ran). */
    public int runUntilStopped(BooleanSupplier stopping) {
        int lastExit = RunLauncher.COMPLETED;
        LocalDateTime next = cron.next(LocalDateTime.now(clock));
        log.info("schedule '{}': next run at {}", cron, next);
        while (next != null && runs < maxRuns && !stopping.getAsBoolean()) {
            if (!sleepUntil(next, stopping)) {
                break;
            }
            LocalDate date = next.toLocalDate();
            log.info("schedule: trigger at {} runs {}", next, date);
            lastExit = runForDate.applyAsInt(date);
            runs++;
            next = nextAfterRun(next, date);
            if (next != null && runs < maxRuns) {
                log.info("schedule: run of {} ended with exit code {}; next run at {}", date, lastExit, next);
            }
        }
        log.info("schedule ended after {} runs ({} triggers skipped)", runs, skipped);
        return lastExit;
    }

    /** The first trigger still ahead once a run is over; those that passed during the run are skipped. */
    private LocalDateTime nextAfterRun(LocalDateTime trigger, LocalDate date) {
        LocalDateTime now = LocalDateTime.now(clock);
        LocalDateTime following = cron.next(trigger);
        while (following != null && !following.isAfter(now)) {
            skipped++;
            log.warn("schedule: trigger at {} skipped, the run of {} was still going", following, date);
            following = cron.next(following);
        }
        return following;
    }

    /**
     * Wraps the launch of a date so that a night that did not complete (exit 1) is resumed at the following
     * triggers, oldest first, before the new date runs: with --schedule the process holds the default H2 state,
     * so the operator cannot resume it by hand while the schedule is up. At most {@code keep} dates are
     * remembered; an older one is dropped with a log line naming the command that resumes it.
     */
    public static ToIntFunction<LocalDate> resumingUnfinished(ToIntFunction<LocalDate> launch, int keep) {
        java.util.TreeSet<LocalDate> unfinished = new java.util.TreeSet<>();
        return date -> {
            for (LocalDate earlier : new java.util.ArrayList<>(unfinished.headSet(date))) {
                log.info("schedule: resuming the unfinished run of {} before {}", earlier, date);
                if (launch.applyAsInt(earlier) != RunLauncher.FAILED) {
                    unfinished.remove(earlier);
                }
            }
            int exit = launch.applyAsInt(date);
            if (exit == RunLauncher.FAILED) {
                unfinished.add(date);
            } else {
                unfinished.remove(date);
            }
            while (unfinished.size() > keep) {
                LocalDate dropped = unfinished.pollFirst();
                log.warn("schedule: no longer resuming the run of {}; resume it with --run-date={}", dropped,
                        dropped);
            }
            return exit;
        };
    }

    public int runs() {
        return runs;
    }

    public int skipped() {
        return skipped;
    }

    private boolean sleepUntil(LocalDateTime when, BooleanSupplier stopping) {
        while (!stopping.getAsBoolean()) {
            Duration wait = Duration.between(LocalDateTime.now(clock), when);
            if (wait.isNegative() || wait.isZero()) {
                return true;
            }
            try {
                // In ticks, so that a shutdown is noticed within a second.
                sleeper.sleep(wait.compareTo(TICK) < 0 ? wait : TICK);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return false;
            }
        }
        return false;
    }
}
