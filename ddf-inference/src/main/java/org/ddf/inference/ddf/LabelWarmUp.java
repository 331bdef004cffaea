package org.ddf.inference.ddf;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;
import org.ddf.core.flow.WindowSpec;
import org.ddf.core.flow.pipeline.DdfReference;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.health.contributor.Health;
import org.springframework.boot.health.contributor.HealthIndicator;
import org.springframework.context.event.EventListener;
import org.springframework.core.env.Environment;
import org.springframework.http.MediaType;
import org.springframework.stereotype.Component;
import org.springframework.web.client.RestClient;
import tools.jackson.databind.json.JsonMapper;

/**
 * Warms the label endpoint up once per process, when the first model is served: the service sends itself
 * {@code ddf.inference.warm-up-requests} synthetic label requests over HTTP (single windows, and every
 * {@value #BATCH_EVERY}th a full batch), so that the JIT compilers have compiled the whole request path (Tomcat,
 * Spring MVC, Jackson, features, model) before real traffic comes. Until then this health indicator, part of the
 * readiness group, reports OUT_OF_SERVICE. A fresh JVM answered single windows at p99 24 ms over its first 500
 * requests and about 10 ms after 3,000 (docs/benchmarks.md). A failed request or the time limit ends the warm-up
 * early, and the service is ready all the same.
 */
@Component("warmUp")
class LabelWarmUp implements HealthIndicator {

    private static final Logger log = LoggerFactory.getLogger(LabelWarmUp.class);
    private static final int BATCH_EVERY = 100;
    private static final int PROGRESS_EVERY = 1000;

    /** Where the warm-up is; {@code detail} says how it ended. */
    private record State(Phase phase, String detail) { }

    private enum Phase { WAITING_FOR_A_MODEL, RUNNING, DONE, STOPPED }

    private final DdfInferenceProperties properties;
    private final JsonMapper json;
    private final Environment environment;
    private final AtomicReference<State> state = new AtomicReference<>(new State(Phase.WAITING_FOR_A_MODEL, ""));
    private final AtomicInteger sent = new AtomicInteger();

    LabelWarmUp(DdfInferenceProperties properties, JsonMapper json, Environment environment) {
        this.properties = properties;
        this.json = json;
        this.environment = environment;
    }

    /**
     * Starts the warm-up when the first model is served. Readiness drops before this returns, so a service that
     * loads its model at start-up never reports ready before warming up.
     */
    @EventListener
    void onServed(DdfModelServed event) {
        State waiting = state.get();
        if (waiting.phase() != Phase.WAITING_FOR_A_MODEL) {
            return;
        }
        Integer port = environment.getProperty("local.server.port", Integer.class);
        if (properties.warmUpRequests() == 0 || port == null) {
            state.set(new State(Phase.DONE, properties.warmUpRequests() == 0 ? "off" : "no HTTP server"));
            return;
        }
        if (state.compareAndSet(waiting, new State(Phase.RUNNING, ""))) {
            DdfReference reference = event.served().model().reference();
            Thread thread = new Thread(() -> run(reference, port), "ddf-warm-up");
            thread.setDaemon(true);
            thread.start();
        }
    }

    @Override
    public Health health() {
        State now = state.get();
        Health.Builder health = now.phase() == Phase.RUNNING ? Health.outOfService() : Health.up();
        health.withDetail("phase", now.phase().name().toLowerCase().replace('_', '-'))
                .withDetail("requests", sent.get())
                .withDetail("of", properties.warmUpRequests());
        return now.detail().isEmpty() ? health.build() : health.withDetail("detail", now.detail()).build();
    }

    private void run(DdfReference reference, int port) {
        long start = System.nanoTime();
        long deadline = start + properties.warmUpLimit().toNanos();
        int total = properties.warmUpRequests();
        int batchWindows = Math.min(properties.maxBatch(), properties.maxWindows());
        WindowSpec windows = reference.featureOptions().windowSpec();
        byte[] single = json.writeValueAsBytes(WarmUpRequests.of(reference.links(), windows, 1, 1));
        byte[] batch = json.writeValueAsBytes(WarmUpRequests.of(reference.links(), windows, batchWindows, 2));
        RestClient client = RestClient.builder().baseUrl("http://localhost:" + port).build();
        log.info("warming up: {} label requests to this service (one in {} with {} windows) before reporting ready",
                total, BATCH_EVERY, batchWindows);
        AtomicInteger next = new AtomicInteger();
        ExecutorService clients = Executors.newFixedThreadPool(properties.modelThreads(),
                r -> new Thread(r, "ddf-warm-up-client"));
        try {
            List<Future<?>> running = new ArrayList<>();
            for (int c = 0; c < properties.modelThreads(); c++) {
                running.add(clients.submit(() -> {
                    for (int i = next.getAndIncrement(); i < total && System.nanoTime() < deadline;
                         i = next.getAndIncrement()) {
                        try {
                            client.post().uri("/api/v1/ddf/labels").contentType(MediaType.APPLICATION_JSON)
                                    .body(i % BATCH_EVERY == BATCH_EVERY - 1 ? batch : single).retrieve()
                                    .toBodilessEntity();
                        } catch (RuntimeException e) {
                            next.set(total); // the other clients stop too
                            throw e;
                        }
                        int done = sent.incrementAndGet();
                        if (done % PROGRESS_EVERY == 0) {
                            log.info("warming up: {}/{} requests, {} s", done, total, seconds(start));
                        }
                    }
                    return null;
                }));
            }
            for (Future<?> f : running) {
                f.get();
            }
            String detail = sent.get() < total ? "stopped at the time limit " + properties.warmUpLimit() : "";
            state.set(new State(Phase.DONE, detail));
            log.info("warm-up done: {} requests in {} s{}", sent.get(), seconds(start),
                    detail.isEmpty() ? "" : " (" + detail + ")");
        } catch (ExecutionException e) {
            state.set(new State(Phase.STOPPED, "request " + (sent.get() + 1) + " failed: " + e.getCause().getMessage()));
            log.warn("warm-up stopped after {} requests; the service is ready without it", sent.get(), e.getCause());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            state.set(new State(Phase.STOPPED, "interrupted"));
        } finally {
            clients.shutdownNow();
        }
    }

    private static String seconds(long startNanos) {
        return String.format("%.1f", (System.nanoTime() - startNanos) / 1e9);
    }
}
