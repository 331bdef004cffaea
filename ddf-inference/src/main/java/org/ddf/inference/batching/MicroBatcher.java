package org.ddf.inference.batching;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.function.Function;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Merges the items of concurrent requests into batches of at most {@code maxBatch} items, waiting at most
 * {@code maxDelay} for more to arrive, and runs {@code work} on a given number of dedicated threads, each taking
 * the next batch from the one queue when it is free. A request larger than {@code maxBatch} runs alone. Results are handed back per request, in order. With no delay a lone request runs at
 * once and the requests that arrive while {@code work} is busy share the next call (continuous batching): the
 * batches grow with the load without adding latency when it is light.
 *
 * @param <T> item type
 * @param <R> result type, one per item
 */
public final class MicroBatcher<T, R> implements AutoCloseable {

    private static final Logger log = LoggerFactory.getLogger(MicroBatcher.class);

    private record Pending<T, R>(List<T> items, CompletableFuture<List<R>> result) { }

    private final BlockingQueue<Pending<T, R>> queue;
    private final int maxBatch;
    private final long maxDelayNanos;
    private final Function<List<T>, List<R>> work;
    private final List<Thread> threads;
    private volatile boolean running = true;

    /**
     * Starts the batching threads.
     *
     * @param name thread name (numbered when there are several)
     * @param threads how many calls of {@code work} may run at once; {@code work} must then be thread-safe
     * @param maxBatch most items merged into one call of {@code work}
     * @param maxDelay longest wait for more requests once one is queued
     * @param queueCapacity most requests waiting; more are rejected (the service answers 503)
     * @param work the batched computation: one result per item, in order
     */
    public MicroBatcher(String name, int threads, int maxBatch, Duration maxDelay, int queueCapacity,
                        Function<List<T>, List<R>> work) {
        if (threads < 1 || maxBatch < 1 || queueCapacity < 1) {
            throw new IllegalArgumentException("threads, maxBatch and queueCapacity must be positive");
        }
        this.queue = new ArrayBlockingQueue<>(queueCapacity);
        this.maxBatch = maxBatch;
        this.maxDelayNanos = maxDelay.toNanos();
        this.work = work;
        List<Thread> started = new ArrayList<>();
        for (int i = 0; i < threads; i++) {
            Thread thread = new Thread(this::loop, threads == 1 ? name : name + "-" + (i + 1));
            thread.setDaemon(true);
            thread.start();
            started.add(thread);
        }
        this.threads = List.copyOf(started);
    }

    /**
     * Queues the items of one request.
     *
     * @throws RejectedExecutionException when the queue is full or the batcher is closed
     */
    public CompletableFuture<List<R>> submit(List<T> items) {
        if (!running) {
            throw new RejectedExecutionException("batcher closed");
        }
        Pending<T, R> p = new Pending<>(List.copyOf(items), new CompletableFuture<>());
        if (!queue.offer(p)) {
            throw new RejectedExecutionException("too many requests waiting (" + queue.size() + ")");
        }
        return p.result();
    }

    private void loop() {
        List<Pending<T, R>> batch = new ArrayList<>();
        Pending<T, R> carried = null;
        while (running) {
            try {
                Pending<T, R> first = carried != null ? carried : queue.poll(100, TimeUnit.MILLISECONDS);
                carried = null;
                if (first == null) {
                    continue;
                }
                batch.add(first);
                int size = first.items().size();
                long deadline = System.nanoTime() + maxDelayNanos;
                while (size < maxBatch) {
                    long left = deadline - System.nanoTime();
                    Pending<T, R> next = left > 0 ? queue.poll(left, TimeUnit.NANOSECONDS) : queue.poll();
                    if (next == null) {
                        break;
                    }
                    if (size + next.items().size() > maxBatch) {
                        carried = next; // starts the next batch
                        break;
                    }
                    batch.add(next);
                    size += next.items().size();
                }
                run(batch, size);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                break;
            } finally {
                batch.clear();
            }
        }
        if (carried != null) {
            carried.result().completeExceptionally(new RejectedExecutionException("batcher closed"));
        }
        Pending<T, R> left;
        while ((left = queue.poll()) != null) {
            left.result().completeExceptionally(new RejectedExecutionException("batcher closed"));
        }
    }

    private void run(List<Pending<T, R>> batch, int size) {
        List<T> items = new ArrayList<>(size);
        batch.forEach(p -> items.addAll(p.items()));
        try {
            List<R> results = work.apply(items);
            if (results.size() != items.size()) {
                throw new IllegalStateException("work returned " + results.size() + " results for " + items.size() + " items");
            }
            int from = 0;
            for (Pending<T, R> p : batch) {
                int to = from + p.items().size();
                p.result().complete(List.copyOf(results.subList(from, to)));
                from = to;
            }
        } catch (RuntimeException | Error e) {
            log.warn("batched work failed for {} items", size, e);
            batch.forEach(p -> p.result().completeExceptionally(e));
        }
    }

    /** Stops the threads; requests still queued fail with {@link RejectedExecutionException}. */
    @Override
    public void close() {
        running = false;
        threads.forEach(Thread::interrupt);
        try {
            for (Thread thread : threads) {
                thread.join(5_000);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
