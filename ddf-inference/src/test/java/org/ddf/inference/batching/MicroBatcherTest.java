package org.ddf.inference.batching;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

class MicroBatcherTest {

    @Test
    void mergesConcurrentRequestsAndReturnsEachItsOwnResults() throws Exception {
        List<Integer> batchSizes = Collections.synchronizedList(new ArrayList<>());
        List<String> threads = Collections.synchronizedList(new ArrayList<>());
        try (MicroBatcher<Integer, Integer> b = new MicroBatcher<>("t", 1, 64, Duration.ofMillis(50), 100, items -> {
            batchSizes.add(items.size());
            threads.add(Thread.currentThread().getName());
            return items.stream().map(i -> i * 10).toList();
        })) {
            List<CompletableFuture<List<Integer>>> futures = new ArrayList<>();
            for (int r = 0; r < 8; r++) {
                int base = r * 100;
                futures.add(b.submit(List.of(base, base + 1, base + 2)));
            }
            for (int r = 0; r < 8; r++) {
                int base = r * 100;
                assertThat(futures.get(r).get(5, TimeUnit.SECONDS)).containsExactly(base * 10, base * 10 + 10, base * 10 + 20);
            }
            assertThat(batchSizes.stream().mapToInt(Integer::intValue).sum()).isEqualTo(24);
            assertThat(batchSizes.size()).as("8 requests merged into fewer calls").isLessThan(8);
            assertThat(threads).containsOnly("t");
        }
    }

    @Test
    void withoutDelayRequestsArrivingWhileTheModelIsBusyShareTheNextCall() throws Exception {
        CountDownLatch release = new CountDownLatch(1);
        List<Integer> batchSizes = Collections.synchronizedList(new ArrayList<>());
        try (MicroBatcher<Integer, Integer> b = new MicroBatcher<>("t", 1, 64, Duration.ZERO, 100, items -> {
            batchSizes.add(items.size());
            return afterRelease(release, items);
        })) {
            CompletableFuture<List<Integer>> first = b.submit(List.of(0));
            Thread.sleep(100); // the worker has taken the first request and blocks in it
            List<CompletableFuture<List<Integer>>> waiting = IntStream.range(1, 6)
                    .mapToObj(i -> b.submit(List.of(i, i, i))).toList();
            release.countDown();
            assertThat(first.get(5, TimeUnit.SECONDS)).containsExactly(0);
            for (int i = 0; i < waiting.size(); i++) {
                assertThat(waiting.get(i).get(5, TimeUnit.SECONDS)).containsExactly(i + 1, i + 1, i + 1);
            }
            assertThat(batchSizes).containsExactly(1, 15);
        }
    }

    @Test
    void neverExceedsMaxBatchUnlessOneRequestIsLarger() throws Exception {
        List<Integer> batchSizes = Collections.synchronizedList(new ArrayList<>());
        try (MicroBatcher<Integer, Integer> b = new MicroBatcher<>("t", 1, 10, Duration.ofMillis(20), 100, items -> {
            batchSizes.add(items.size());
            return items;
        })) {
            List<CompletableFuture<List<Integer>>> futures = IntStream.range(0, 10)
                    .mapToObj(i -> b.submit(List.of(1, 2, 3, 4))).toList();
            CompletableFuture<List<Integer>> big = b.submit(IntStream.range(0, 25).boxed().toList());
            for (CompletableFuture<List<Integer>> f : futures) {
                assertThat(f.get(5, TimeUnit.SECONDS)).hasSize(4);
            }
            assertThat(big.get(5, TimeUnit.SECONDS)).hasSize(25);
            assertThat(batchSizes).allMatch(s -> s <= 10 || s == 25);
        }
    }

    @Test
    void failureOfTheWorkReachesEveryRequestOfTheBatch() {
        try (MicroBatcher<Integer, Integer> b = new MicroBatcher<>("t", 1, 8, Duration.ofMillis(1), 10, items -> {
            throw new IllegalStateException("model broke");
        })) {
            CompletableFuture<List<Integer>> f = b.submit(List.of(1));
            assertThatThrownBy(() -> f.get(5, TimeUnit.SECONDS)).isInstanceOf(ExecutionException.class)
                    .hasRootCauseMessage("model broke");
        }
    }

    @Test
    void rejectsWhenTheQueueIsFull() throws Exception {
        CountDownLatch release = new CountDownLatch(1);
        try (MicroBatcher<Integer, Integer> b = new MicroBatcher<>("t", 1, 1, Duration.ZERO, 1,
                items -> afterRelease(release, items))) {
            CompletableFuture<List<Integer>> running = b.submit(List.of(1));
            Thread.sleep(100); // the worker has taken the first request and blocks in it
            b.submit(List.of(2));
            assertThatThrownBy(() -> b.submit(List.of(3))).isInstanceOf(RejectedExecutionException.class);
            release.countDown();
            assertThat(running.get(5, TimeUnit.SECONDS)).containsExactly(1);
        }
    }

    @Test
    void withTwoThreadsTwoBatchesRunAtOnce() throws Exception {
        // Each call waits until two calls are inside the work: only two threads running at once get out.
        CountDownLatch bothInside = new CountDownLatch(2);
        try (MicroBatcher<Integer, Integer> b = new MicroBatcher<>("t", 2, 1, Duration.ZERO, 8, items -> {
            bothInside.countDown();
            try {
                if (!bothInside.await(5, TimeUnit.SECONDS)) {
                    throw new IllegalStateException("ran alone");
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            return items;
        })) {
            CompletableFuture<List<Integer>> first = b.submit(List.of(1));
            CompletableFuture<List<Integer>> second = b.submit(List.of(2));

            assertThat(first.get(10, TimeUnit.SECONDS)).containsExactly(1);
            assertThat(second.get(10, TimeUnit.SECONDS)).containsExactly(2);
        }
        assertThatThrownBy(() -> new MicroBatcher<Integer, Integer>("t", 0, 1, Duration.ZERO, 8, items -> items))
                .isInstanceOf(IllegalArgumentException.class);
    }

    /** Work that blocks until the test releases it, then returns its items. */
    private static List<Integer> afterRelease(CountDownLatch release, List<Integer> items) {
        try {
            release.await(5, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        return items;
    }
}
