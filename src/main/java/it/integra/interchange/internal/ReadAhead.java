package it.integra.interchange.internal;

import java.util.ArrayList;
import java.util.Collections;
import java.util.Iterator;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.TimeUnit;

/**
 * Reads the records of a file on a thread of its own while the caller checks and stages the records
 * already read: on a large file, parsing the text and checking the cells each take a good part of the
 * time, and the machine has more than one core. Records arrive in their order, in batches; a failure
 * of the reading (malformed text, bad encoding) is thrown by {@link #hasNext()} after the records
 * before it, exactly where reading on the caller's thread would have met it. Closing stops the reader
 * and waits for it, so the underlying file is no longer read once this is closed.
 */
final class ReadAhead<T> implements Iterator<T>, AutoCloseable {

    private static final int BATCH = 1_000;
    private static final int BATCHES_AHEAD = 16;
    private static final long STOP_WAIT_MILLIS = 10_000;
    private static final Object END = new Object();

    private final BlockingQueue<Object> queue = new ArrayBlockingQueue<>(BATCHES_AHEAD);
    private final Thread reader;
    private volatile boolean closed;
    private Iterator<T> batch = Collections.emptyIterator();
    private boolean finished;

    ReadAhead(Iterator<T> source, String name) {
        this.reader = new Thread(() -> read(source), name);
        reader.setDaemon(true);
        reader.start();
    }

    private void read(Iterator<T> source) {
        List<T> records = new ArrayList<>(BATCH);
        try {
            while (!closed && source.hasNext()) {
                records.add(source.next());
                if (records.size() == BATCH) {
                    put(records);
                    records = new ArrayList<>(BATCH);
                }
            }
            putUnlessEmpty(records);
            put(END);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } catch (RuntimeException | Error failure) {
            try {
                putUnlessEmpty(records);
                put(failure);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
    }

    private void putUnlessEmpty(List<T> records) throws InterruptedException {
        if (!records.isEmpty()) {
            put(records);
        }
    }

    private void put(Object item) throws InterruptedException {
        while (!closed) {
            if (queue.offer(item, 100, TimeUnit.MILLISECONDS)) {
                return;
            }
        }
    }

    @Override
    public boolean hasNext() {
        while (!batch.hasNext()) {
            if (finished) {
                return false;
            }
            Object item = take();
            if (item == END) {
                finished = true;
                return false;
            }
            if (item instanceof RuntimeException failure) {
                finished = true;
                throw failure;
            }
            if (item instanceof Error failure) {
                finished = true;
                throw failure;
            }
            @SuppressWarnings("unchecked")
            List<T> records = (List<T>) item;
            batch = records.iterator();
        }
        return true;
    }

    @Override
    public T next() {
        if (!hasNext()) {
            throw new NoSuchElementException();
        }
        return batch.next();
    }

    private Object take() {
        try {
            return queue.take();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while waiting for the file to be read", e);
        }
    }

    /** Stops the reader (it may be blocked on a full queue) and waits for it to let go of the file. */
    @Override
    public void close() {
        closed = true;
        queue.clear();
        reader.interrupt();
        try {
            reader.join(STOP_WAIT_MILLIS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
