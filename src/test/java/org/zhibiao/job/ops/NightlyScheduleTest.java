package org.zhibiao.job.ops;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.zhibiao.launch.NightlySchedule;
import org.zhibiao.launch.RunOptions;

/** The schedule's timing on a fake clock: which dates run, and that triggers passing during a run are skipped. */
class NightlyScheduleTest {

    /** A clock the test moves: sleeping and running advance it, nothing waits. */
    static final class FakeClock extends Clock {
        private Instant now;

        FakeClock(LocalDateTime start) {
            this.now = start.toInstant(ZoneOffset.UTC);
        }

        void advance(Duration duration) {
            now = now.plus(duration);
        }

        LocalDateTime local() {
            return LocalDateTime.ofInstant(now, ZoneOffset.UTC);
        }

        @Override
        public ZoneId getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(ZoneId zone) {
            return this;
        }

        @Override
        public Instant instant() {
            return now;
        }
    }

    @Test
    void triggersThatPassDuringASlowRunAreSkippedNotStacked() {
        FakeClock clock = new FakeClock(LocalDateTime.of(2022, 3, 1, 10, 0, 30));
        List<LocalDateTime> started = new ArrayList<>();
        NightlySchedule schedule = new NightlySchedule(NightlySchedule.parse("* * * * *"), date -> {
            started.add(clock.local());
            clock.advance(Duration.ofSeconds(150));
            return 0;
        }, clock, clock::advance, 2);

        int exit = schedule.runUntilStopped(() -> false);

        assertThat(exit).isZero();
        assertThat(started).containsExactly(LocalDateTime.of(2022, 3, 1, 10, 1), LocalDateTime.of(2022, 3, 1, 10, 4));
        assertThat(schedule.skipped()).isEqualTo(2 + 2);
    }

    @Test
    void aQuickRunSkipsNothing() {
        FakeClock clock = new FakeClock(LocalDateTime.of(2022, 3, 1, 10, 0, 30));
        List<LocalDateTime> started = new ArrayList<>();
        NightlySchedule schedule = new NightlySchedule(NightlySchedule.parse("*/20 * * * * *"), date -> {
            started.add(clock.local());
            clock.advance(Duration.ofSeconds(5));
            return 0;
        }, clock, clock::advance, 3);

        schedule.runUntilStopped(() -> false);

        assertThat(started).containsExactly(LocalDateTime.of(2022, 3, 1, 10, 0, 40),
                LocalDateTime.of(2022, 3, 1, 10, 1, 0), LocalDateTime.of(2022, 3, 1, 10, 1, 20));
        assertThat(schedule.skipped()).isZero();
    }

    @Test
    void eachTriggerRunsTheDateItFiresOn() {
        FakeClock clock = new FakeClock(LocalDateTime.of(2022, 2, 27, 23, 0));
        List<LocalDate> dates = new ArrayList<>();
        NightlySchedule schedule = new NightlySchedule(NightlySchedule.parse("30 2 * * *"), date -> {
            dates.add(date);
            return date.getDayOfMonth() == 1 ? 1 : 0;
        }, clock, clock::advance, 3);

        int exit = schedule.runUntilStopped(() -> false);

        assertThat(dates).containsExactly(LocalDate.of(2022, 2, 28), LocalDate.of(2022, 3, 1),
                LocalDate.of(2022, 3, 2));
        assertThat(exit).as("the exit code of the last run").isZero();
    }

    @Test
    void aStopBeforeTheFirstTriggerRunsNothing() {
        FakeClock clock = new FakeClock(LocalDateTime.of(2022, 3, 1, 10, 0));
        List<LocalDate> dates = new ArrayList<>();
        NightlySchedule schedule = new NightlySchedule(NightlySchedule.parse("0 2 * * *"), date -> {
            dates.add(date);
            return 0;
        }, clock, clock::advance, Integer.MAX_VALUE);
        int[] ticks = {0};

        int exit = schedule.runUntilStopped(() -> ++ticks[0] > 100);

        assertThat(dates).isEmpty();
        assertThat(exit).isZero();
        assertThat(clock.local()).isBefore(LocalDateTime.of(2022, 3, 1, 10, 2));
    }

    @Test
    void aNightThatFailedIsResumedAtTheNextTriggersUntilItCompletes() {
        List<LocalDate> launched = new ArrayList<>();
        java.util.Map<LocalDate, Integer> failuresLeft = new java.util.HashMap<>(java.util.Map.of(
                LocalDate.of(2022, 3, 1), 2));
        var launch = NightlySchedule.resumingUnfinished(date -> {
            launched.add(date);
            int left = failuresLeft.getOrDefault(date, 0);
            failuresLeft.put(date, left - 1);
            return left > 0 ? 1 : 0;
        }, 7);

        for (int day = 1; day <= 4; day++) {
            launch.applyAsInt(LocalDate.of(2022, 3, day));
        }

        assertThat(launched).containsExactly(LocalDate.of(2022, 3, 1), LocalDate.of(2022, 3, 1),
                LocalDate.of(2022, 3, 2), LocalDate.of(2022, 3, 1), LocalDate.of(2022, 3, 3), LocalDate.of(2022, 3, 4));
    }

    @Test
    void onlyTheLatestUnfinishedNightsAreKept() {
        List<LocalDate> launched = new ArrayList<>();
        var launch = NightlySchedule.resumingUnfinished(date -> {
            launched.add(date);
            return 1;
        }, 1);

        launch.applyAsInt(LocalDate.of(2022, 3, 1));
        launch.applyAsInt(LocalDate.of(2022, 3, 2));
        launched.clear();
        launch.applyAsInt(LocalDate.of(2022, 3, 3));

        assertThat(launched).containsExactly(LocalDate.of(2022, 3, 2), LocalDate.of(2022, 3, 3));
    }

    @Test
    void aBadExpressionIsAUsageError() {
        assertThatThrownBy(() -> NightlySchedule.parse("every night")).isInstanceOf(RunOptions.UsageException.class)
                .hasMessageContaining("invalid cron expression every night");
    }
}
