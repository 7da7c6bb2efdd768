package org.zhibiao.job.staging;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The read-ahead hands rows over in order, hands the reader's own failure to the consumer, and ends its thread
 * when the consumer closes early, whether the reader is waiting for room in the queue or busy reading a page.
 */
class ReadAheadTest {

    /** Pages 0..pages-1 of {@code size} consecutive numbers; counts the pages asked for. */
    private static Iterator<List<Integer>> numbers(int pages, int size, AtomicInteger asked) {
        return new Iterator<>() {
            private int page;

            @Override
            public boolean hasNext() {
                return page < pages;
            }

            @Override
            public List<Integer> next() {
                asked.incrementAndGet();
                int first = page++ * size;
                return IntStream.range(first, first + size).boxed().toList();
            }
        };
    }

    @Test
    void rowsComeInPageOrderThenRowOrder() {
        List<Integer> seen;
        try (Stream<Integer> rows = ReadAhead.start(numbers(500, 7, new AtomicInteger()), 1, "t-order").stream()) {
            seen = rows.toList();
        }
        assertThat(seen).containsExactlyElementsOf(IntStream.range(0, 3500).boxed().toList());
    }

    @Test
    void emptyPagesAndNoPagesGiveNoRows() {
        Iterator<List<Integer>> empties = List.of(List.<Integer>of(), List.of(1), List.<Integer>of(), List.of(2))
                .iterator();
        try (Stream<Integer> rows = ReadAhead.start(empties, 2, "t-empty").stream()) {
            assertThat(rows.toList()).containsExactly(1, 2);
        }
        ReadAhead<Integer> none = ReadAhead.start(List.<List<Integer>>of().iterator(), 2, "t-none");
        assertThat(none.hasNext()).isFalse();
        assertThat(none.hasNext()).isFalse();
        none.close();
        assertThat(none.thread().isAlive()).isFalse();
    }

    @Test
    void theReadersOwnExceptionReachesTheConsumerAfterTheRowsBeforeIt() {
        IllegalStateException failure = new IllegalStateException("disk gone");
        AtomicInteger asked = new AtomicInteger();
        Iterator<List<Integer>> pages = new Iterator<>() {
            @Override
            public boolean hasNext() {
                return true;
            }

            @Override
            public List<Integer> next() {
                if (asked.incrementAndGet() == 3) {
                    throw failure;
                }
                return List.of(asked.get());
            }
        };
        ReadAhead<Integer> rows = ReadAhead.start(pages, 4, "t-failure");
        List<Integer> seen = new ArrayList<>();
        assertThatThrownBy(() -> rows.forEachRemaining(seen::add)).isSameAs(failure);
        assertThat(seen).containsExactly(1, 2);
        rows.close();
        assertThat(rows.thread().isAlive()).isFalse();
        assertThat(rows.hasNext()).as("ended").isFalse();
    }

    @Test
    void errorsReachTheConsumerToo() {
        AssertionError error = new AssertionError("out of something");
        Iterator<List<Integer>> pages = new Iterator<>() {
            @Override
            public boolean hasNext() {
                throw error;
            }

            @Override
            public List<Integer> next() {
                return List.of();
            }
        };
        try (Stream<Integer> rows = ReadAhead.start(pages, 1, "t-error").stream()) {
            assertThatThrownBy(rows::toList).isSameAs(error);
        }
    }

    @Test
    void closingEarlyEndsAReaderWaitingForRoom() throws Exception {
        AtomicInteger asked = new AtomicInteger();
        ReadAhead<Integer> rows = ReadAhead.start(numbers(Integer.MAX_VALUE, 10, asked), 2, "t-early");
        try (Stream<Integer> stream = rows.stream()) {
            assertThat(stream.limit(15).toList()).hasSize(15);
        }
        assertThat(rows.thread().isAlive()).isFalse();
        int after = asked.get();
        Thread.sleep(50);
        assertThat(asked.get()).as("no page read after close").isEqualTo(after);
        assertThat(after).as("capacity 2: a few pages ahead, not all").isLessThan(10);
    }

    @Test
    void closingEarlyWaitsForTheReadersCurrentPageThenEndsIt() throws Exception {
        CountDownLatch reading = new CountDownLatch(1);
        CountDownLatch release = new CountDownLatch(1);
        AtomicInteger asked = new AtomicInteger();
        Iterator<List<Integer>> slow = new Iterator<>() {
            @Override
            public boolean hasNext() {
                return true;
            }

            @Override
            public List<Integer> next() {
                if (asked.incrementAndGet() == 2) {
                    reading.countDown();
                    try {
                        release.await(); // the second page takes a while (a long query)
                    } catch (InterruptedException e) {
                        throw new IllegalStateException("the reader must not be interrupted", e);
                    }
                }
                return List.of(asked.get());
            }
        };
        ReadAhead<Integer> rows = ReadAhead.start(slow, 1, "t-slow");
        assertThat(rows.next()).isEqualTo(1);
        assertThat(reading.await(10, TimeUnit.SECONDS)).isTrue();
        Thread closer = new Thread(rows::close);
        closer.start();
        closer.join(200);
        assertThat(closer.isAlive()).as("close waits for the page being read").isTrue();
        release.countDown();
        closer.join();
        assertThat(rows.thread().isAlive()).isFalse();
        assertThat(asked.get()).isEqualTo(2);
    }

    @Test
    void closeIsIdempotentAndRowsAfterCloseAreRefused() {
        ReadAhead<Integer> rows = ReadAhead.start(numbers(100, 10, new AtomicInteger()), 1, "t-twice");
        assertThat(rows.next()).isZero();
        rows.close();
        rows.close();
        assertThat(rows.thread().isAlive()).isFalse();
        // the rows of the page in hand may still be read; asking for another page is refused
        assertThatThrownBy(() -> rows.forEachRemaining(x -> { })).isInstanceOf(IllegalStateException.class);
    }
}
