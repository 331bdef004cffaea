package org.ddf.api.job;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;
import org.ddf.api.dataset.DatasetStore;
import org.ddf.api.model.ModelRegistry;
import org.ddf.api.result.Result;
import org.ddf.api.result.ResultStore;
import org.ddf.api.testsupport.PostgresTest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;
import tools.jackson.databind.json.JsonMapper;

/** Workers built by hand on the shared context, each with the handlers of its test. */
@SpringBootTest
class JobWorkerTest extends PostgresTest {

    private static final Duration LEASE = Duration.ofMillis(1500);
    private static final Duration WAIT = Duration.ofSeconds(20);

    @Autowired
    JobQueue queue;
    @Autowired
    JobLookup lookup;
    @Autowired
    DatasetStore datasets;
    @Autowired
    ResultStore results;
    @Autowired
    ModelRegistry models;
    @Autowired
    JsonMapper mapper;
    @Autowired
    JdbcClient jdbc;

    private final List<JobWorker> workers = new ArrayList<>();

    @BeforeEach
    void endLeftoverJobs() {
        jdbc.sql("""
                update job set status = 'CANCELLED', lease_expires_at = null, finished_at = now()
                where kind like 'test-%' and status in ('QUEUED', 'RUNNING')""").update();
    }

    @AfterEach
    void stopWorkers() {
        workers.forEach(JobWorker::stop);
    }

    @Test
    void concurrentWorkersRunEveryJobExactlyOnce() {
        int jobs = 200;
        Map<Long, AtomicInteger> runs = new ConcurrentHashMap<>();
        JobHandler counting = handler("test-count", context -> runs.computeIfAbsent(context.jobId(), id -> new AtomicInteger()).incrementAndGet());
        List<Long> ids = new ArrayList<>();
        for (int i = 0; i < jobs; i++) {
            ids.add(submit("test-count"));
        }

        for (int w = 0; w < 4; w++) {
            start("count-" + w, 1, LEASE, Duration.ofSeconds(5), counting);
        }
        await().atMost(Duration.ofSeconds(90)).until(() -> finished("test-count") == jobs);

        assertThat(runs.keySet()).containsExactlyInAnyOrderElementsOf(ids);
        assertThat(runs.values()).allSatisfy(n -> assertThat(n.get()).isEqualTo(1));
        assertThat(jdbc.sql("select count(*) from job where kind = 'test-count' and status = 'SUCCEEDED' and attempts = 1")
                .query(Integer.class).single()).isEqualTo(jobs);
        List<String> owners = jdbc.sql("select distinct lease_owner from job where kind = 'test-count'").query(String.class).list();
        assertThat(owners).hasSizeGreaterThan(1).allSatisfy(o -> assertThat(o).matches("count-[0-3]/0"));
    }

    @Test
    void jobOfAStalledWorkerIsTakenOverAndFinishedByAnother() {
        long id = submit("test-stale");
        // a worker that claims and then never heartbeats again
        queue.claim("stalled/0", Set.of("test-stale"), Duration.ofMillis(300)).orElseThrow();
        AtomicInteger runs = new AtomicInteger();

        start("live", 1, LEASE, Duration.ofSeconds(5), handler("test-stale", context -> {
            runs.incrementAndGet();
            context.setResult(mapper.readTree("{\"attempt\": " + context.attempt() + "}"));
        }));
        Job done = awaitStatus(id, JobStatus.SUCCEEDED);

        assertThat(runs.get()).isEqualTo(1);
        assertThat(done.attempts()).isEqualTo(2);
        assertThat(done.leaseOwner()).isEqualTo("live/0");
        assertThat(done.result().get("attempt").asInt()).isEqualTo(2);
        assertThat(queue.complete(id, "stalled/0", mapper.readTree("{\"attempt\": 1}"))).isFalse();
        assertThat(lookup.get(id).result().get("attempt").asInt()).isEqualTo(2);
    }

    @Test
    void handlerReportsProgressEventsAndResults() throws Exception {
        start("reporting", 1, LEASE, Duration.ofSeconds(5), handler("test-worker", context -> {
            for (int epoch = 1; epoch <= 3; epoch++) {
                double loss = 1.0 / epoch;
                context.progress(epoch, 3, loss, "epoch " + epoch);
                context.event(epoch, Map.of("trainLoss", loss));
                context.checkCancelled();
            }
            context.saveResult("summary.txt", "text/plain", new ByteArrayInputStream("3 epochs".getBytes(StandardCharsets.UTF_8)));
            context.setResult(mapper.readTree("{\"epochs\": 3}"));
        }));
        long id = submit("test-worker");

        Job done = awaitStatus(id, JobStatus.SUCCEEDED);

        assertThat(done.result().get("epochs").asInt()).isEqualTo(3);
        assertThat(done.progress().step()).isEqualTo(3);
        assertThat(done.progress().total()).isEqualTo(3);
        assertThat(done.progress().loss()).isEqualTo(1.0 / 3);
        assertThat(done.progress().etaSeconds()).isZero();
        assertThat(done.progress().message()).isEqualTo("epoch 3");
        assertThat(lookup.events(id)).extracting(e -> e.metrics().get("trainLoss")).containsExactly(1.0, 0.5, 1.0 / 3);
        Result summary = results.find(id, "summary.txt").orElseThrow();
        try (InputStream in = results.open(summary.id())) {
            assertThat(new String(in.readAllBytes(), StandardCharsets.UTF_8)).isEqualTo("3 epochs");
        }
    }

    @Test
    void failingHandlerFailsTheJobWithItsMessage() {
        start("failing", 1, LEASE, Duration.ofSeconds(5), handler("test-worker", context -> {
            if (context.params().has("quiet")) {
                throw new IllegalStateException();
            }
            throw new IllegalStateException("loss diverged at epoch 3");
        }));
        long loud = submit("test-worker");
        long quiet = queue.submit("test-worker", mapper.readTree("{\"quiet\": true}"), null).job().id();

        assertThat(awaitStatus(loud, JobStatus.FAILED).error()).isEqualTo("loss diverged at epoch 3");
        assertThat(awaitStatus(quiet, JobStatus.FAILED).error()).isEqualTo("IllegalStateException");
    }

    @Test
    void cancellingARunningJobStopsItsHandler() throws InterruptedException {
        CountDownLatch started = new CountDownLatch(2);
        AtomicReference<Exception> seen = new AtomicReference<>();
        start("cancelling", 2, LEASE, Duration.ofSeconds(5), handler("test-cancel", context -> {
            started.countDown();
            try {
                if (context.params().has("own-exception")) {
                    // like ddf-core's training loop: polls isCancelled() and throws its own exception
                    while (!context.isCancelled()) {
                        Thread.sleep(20);
                    }
                    throw new IllegalStateException("training cancelled at epoch 7");
                }
                for (long step = 0; ; step++) {
                    context.progress(step, 1_000_000, Double.NaN, null);
                    context.checkCancelled();
                    Thread.sleep(20);
                }
            } catch (JobCancelledException e) {
                seen.set(e);
                throw e;
            }
        }));
        long checked = submit("test-cancel");
        long polled = queue.submit("test-cancel", mapper.readTree("{\"own-exception\": true}"), null).job().id();
        assertThat(started.await(WAIT.toSeconds(), TimeUnit.SECONDS)).isTrue();

        queue.cancel(checked);
        queue.cancel(polled);

        assertThat(awaitStatus(checked, JobStatus.CANCELLED).error()).isNull();
        assertThat(awaitStatus(polled, JobStatus.CANCELLED).error()).isNull();
        assertThat(seen.get()).isInstanceOf(JobCancelledException.class);
    }

    @Test
    void shutdownLetsShortJobsFinish() throws InterruptedException {
        CountDownLatch started = new CountDownLatch(1);
        JobWorker worker = start("graceful", 1, LEASE, Duration.ofSeconds(10), handler("test-worker", context -> {
            started.countDown();
            Thread.sleep(500);
        }));
        long id = submit("test-worker");
        assertThat(started.await(WAIT.toSeconds(), TimeUnit.SECONDS)).isTrue();

        worker.stop();

        assertThat(lookup.get(id).status()).isEqualTo(JobStatus.SUCCEEDED);
        assertThat(worker.isRunning()).isFalse();
    }

    @Test
    void shutdownGivesLongJobsBackToTheQueue() throws InterruptedException {
        CountDownLatch started = new CountDownLatch(1);
        JobWorker worker = start("impatient", 1, LEASE, Duration.ofMillis(200), handler("test-worker", context -> {
            started.countDown();
            while (true) {
                context.checkCancelled();
                Thread.sleep(20);
            }
        }));
        long id = submit("test-worker");
        assertThat(started.await(WAIT.toSeconds(), TimeUnit.SECONDS)).isTrue();

        worker.stop();

        Job released = lookup.get(id);
        assertThat(released.status()).isEqualTo(JobStatus.QUEUED);
        assertThat(released.attempts()).isZero();
        assertThat(released.leaseExpiresAt()).isNull();
    }

    @Test
    void workerWithoutHandlersClaimsNothing() throws InterruptedException {
        long id = submit("test-worker");
        JobWorker idle = start("idle", 1, LEASE, Duration.ofSeconds(1));

        Thread.sleep(300);

        assertThat(idle.isRunning()).isTrue();
        assertThat(lookup.get(id).status()).isEqualTo(JobStatus.QUEUED);
    }

    private JobWorker start(String id, int concurrency, Duration lease, Duration grace, JobHandler... handlers) {
        JobKinds kinds = new JobKinds(List.of(handlers), new JobProperties(List.of(), 3));
        WorkerProperties properties = new WorkerProperties(true, concurrency, lease, Duration.ofMillis(50), grace, id);
        JobWorker worker = new JobWorker(queue, kinds, properties, datasets, results, models);
        workers.add(worker);
        worker.start();
        return worker;
    }

    private long submit(String kind) {
        return queue.submit(kind, mapper.readTree("{}"), null).job().id();
    }

    private int finished(String kind) {
        return jdbc.sql("select count(*) from job where kind = ? and status in ('SUCCEEDED', 'FAILED', 'CANCELLED')")
                .param(kind).query(Integer.class).single();
    }

    private Job awaitStatus(long id, JobStatus status) {
        await().atMost(WAIT).until(() -> lookup.get(id).status() == status);
        return lookup.get(id);
    }

    /** The body of a test handler. */
    private interface Body {
        void run(JobContext context) throws Exception;
    }

    private static JobHandler handler(String kind, Body body) {
        return new JobHandler() {
            @Override
            public String kind() {
                return kind;
            }

            @Override
            public void run(JobContext context) throws Exception {
                body.run(context);
            }
        };
    }
}
