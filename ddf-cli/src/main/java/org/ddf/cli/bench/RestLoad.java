package org.ddf.cli.bench;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicLong;
import org.ddf.cli.http.JsonHttp;

/** Bounded load on the label endpoint of a ddf-inference on this machine: throughput, then single-window latency. */
final class RestLoad {

    /**
     * Single-window requests sent before the timed ones: with 50, this client's own JIT was still compiling its
     * request path while it timed, and that showed in the tail (docs/benchmarks.md).
     */
    private static final int SINGLE_WARM_UP = 1000;

    /**
     * Throughput and latency figures.
     *
     * @param windowsPerSecond windows labelled per second under concurrent batch requests
     * @param p50Millis median latency of single-window requests
     * @param p99Millis 99th percentile of that latency
     */
    record Result(double windowsPerSecond, double p50Millis, double p99Millis) {
    }

    private RestLoad() {
    }

    /**
     * Runs the load.
     *
     * @param inference the service
     * @param batchBody a request with {@code windowsPerBatch} windows of raw counters
     * @param windowsPerBatch windows in {@code batchBody}
     * @param singleBody a request with one window
     * @param clients concurrent clients
     * @param seconds how long the throughput phase lasts
     * @param singles how many single-window requests are timed
     */
    static Result run(JsonHttp inference, byte[] batchBody, int windowsPerBatch, byte[] singleBody, int clients,
                      int seconds, int singles) throws Exception {
        for (int i = 0; i < 20; i++) {
            inference.postBytes("/api/v1/ddf/labels", batchBody);
        }
        AtomicLong windows = new AtomicLong();
        long end = System.nanoTime() + seconds * 1_000_000_000L;
        long start = System.nanoTime();
        ExecutorService pool = Executors.newFixedThreadPool(clients);
        List<Future<?>> futures = new ArrayList<>();
        for (int c = 0; c < clients; c++) {
            futures.add(pool.submit(() -> {
                while (System.nanoTime() < end) {
                    int n = inference.postBytes("/api/v1/ddf/labels", batchBody).path("windows").size();
                    if (n != windowsPerBatch) {
                        throw new IllegalStateException("expected " + windowsPerBatch + " labels, got " + n);
                    }
                    windows.addAndGet(n);
                }
                return null;
            }));
        }
        for (Future<?> f : futures) {
            f.get();
        }
        double throughput = windows.get() / ((System.nanoTime() - start) / 1e9);
        pool.shutdown();
        double[] latencies = new double[singles];
        for (int i = -SINGLE_WARM_UP; i < singles; i++) {
            long t = System.nanoTime();
            inference.postBytes("/api/v1/ddf/labels", singleBody);
            if (i >= 0) {
                latencies[i] = (System.nanoTime() - t) / 1e6;
            }
        }
        Arrays.sort(latencies);
        return new Result(throughput, latencies[singles / 2], latencies[(int) Math.ceil(singles * 0.99) - 1]);
    }
}
