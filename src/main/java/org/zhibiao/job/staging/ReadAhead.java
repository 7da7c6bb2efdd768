package org.zhibiao.job.staging;

import java.util.Collections;
import java.util.Iterator;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.Spliterator;
import java.util.Spliterators;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import java.util.stream.StreamSupport;

/**
 * Reads pages in a thread of its own while the caller consumes the rows, so that the database read overlaps
 * the caller's work (the export: POI writing) on another core. At most {@code capacity} pages wait in the queue,
 * plus the one being read and the one being consumed, so memory stays a few pages whatever the run's size.
 *
 * <p>Rows come out in page order, then row order. When the reader fails, the consumer gets the reader's own
 * exception (same instance) at the point where the rows stop. Closing stops the reader after the page it is
 * reading and waits for its thread to end; the reader is never interrupted (an interrupt closes H2's file
 * channel). Whatever reads the pages runs in the reader thread: JdbcTemplate queries there take a connection of
 * their own from the pool for each query (no transaction is bound to that thread) and give it back after it.
 */
final class ReadAhead<T> implements Iterator<T>, AutoCloseable {

    private static final Object END = new Object();
    private static final long OFFER_MS = 50;

    /** A failure of the reader, handed to the consumer in place of a page. */
    private record Failure(Throwable cause) {
    }

    private final BlockingQueue<Object> queue;
    private final Thread reader;
    private volatile boolean closed;
    private Iterator<T> page = Collections.emptyIterator();
    private boolean ended;

    private ReadAhead(Iterator<? extends List<T>> pages, int capacity, String threadName) {
        this.queue = new ArrayBlockingQueue<>(capacity);
        this.reader = new Thread(() -> read(pages), threadName);
        reader.setDaemon(true);
        reader.start();
    }

    /** Starts reading {@code pages} in a new thread; the caller must {@link #close} (or close {@link #stream}). */
    static <T> ReadAhead<T> start(Iterator<? extends List<T>> pages, int capacity, String threadName) {
        return new ReadAhead<>(pages, capacity, threadName);
    }

    /** The rows as a stream whose {@code close()} stops the reader and joins its thread. */
    Stream<T> stream() {
        return StreamSupport.stream(Spliterators.spliteratorUnknownSize(this, Spliterator.ORDERED), false)
                .onClose(this::close);
    }

    private void read(Iterator<? extends List<T>> pages) {
        try {
            while (!closed && pages.hasNext()) {
                List<T> next = pages.next();
                if (!next.isEmpty()) {
                    hand(next);
                }
            }
            hand(END);
        } catch (Throwable e) { // NOPMD: every failure, Errors too, is the consumer's to rethrow
            hand(new Failure(e));
        }
    }

    /** Waits for room in the queue; gives up when the consumer has closed. */
    private void hand(Object item) {
        try {
            while (!closed) {
                if (queue.offer(item, OFFER_MS, TimeUnit.MILLISECONDS)) {
                    return;
                }
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    @Override
    public boolean hasNext() {
        while (!page.hasNext()) {
            if (ended) {
                return false;
            }
            Object item = take();
            if (item == END) {
                ended = true;
            } else if (item instanceof Failure failure) {
                ended = true;
                throw rethrow(failure.cause());
            } else {
                @SuppressWarnings("unchecked")
                List<T> rows = (List<T>) item;
                page = rows.iterator();
            }
        }
        return true;
    }

    @Override
    public T next() {
        if (!hasNext()) {
            throw new NoSuchElementException();
        }
        return page.next();
    }

    private Object take() {
        if (closed) {
            throw new IllegalStateException("rows read after the stream was closed");
        }
        try {
            return queue.take();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            close();
            throw new IllegalStateException("interrupted while waiting for staging rows", e);
        }
    }

    private static RuntimeException rethrow(Throwable cause) {
        if (cause instanceof RuntimeException runtime) {
            throw runtime;
        }
        if (cause instanceof Error error) {
            throw error;
        }
        return new IllegalStateException(cause);
    }

    /** Stops the reader after its current page and waits for its thread to end. Idempotent. */
    @Override
    public void close() {
        closed = true;
        queue.clear();
        boolean interrupted = false;
        while (reader.isAlive() && Thread.currentThread() != reader) {
            try {
                reader.join();
            } catch (InterruptedException e) {
                interrupted = true; // keep waiting: the thread ends after its current query
            }
        }
        queue.clear();
        if (interrupted) {
            Thread.currentThread().interrupt();
        }
    }

    /** The reader thread, for tests that check it ends. */
    Thread thread() {
        return reader;
    }
}
