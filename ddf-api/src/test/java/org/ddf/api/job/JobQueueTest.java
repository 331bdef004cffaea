package org.ddf.api.job;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.ddf.api.testsupport.PostgresTest;
import org.ddf.api.web.InvalidRequestException;
import org.ddf.api.web.NotFoundException;
import org.ddf.api.web.PageQuery;
import org.ddf.api.web.PageView;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

@SpringBootTest
class JobQueueTest extends PostgresTest {

    private static final Duration LONG = Duration.ofSeconds(30);
    private static final Duration SHORT = Duration.ofMillis(300);

    @Autowired
    JobQueue queue;
    @Autowired
    JobLookup lookup;
    @Autowired
    JsonMapper mapper;
    @Autowired
    JdbcClient jdbc;

    /** Ends what earlier tests left queued or running, so each test claims only its own jobs. */
    @BeforeEach
    void endLeftoverJobs() {
        jdbc.sql("""
                update job set status = 'CANCELLED', lease_expires_at = null, finished_at = now()
                where kind like 'test-%' and status in ('QUEUED', 'RUNNING')""").update();
    }

    @Test
    void sameKeyAndSameRequestGiveTheSameJob() {
        Submission first = queue.submit("test-submit", json("{\"epochs\": 5, \"lr\": 0.01}"), "same-request");
        // another key order and spacing is the same request
        Submission again = queue.submit("test-submit", json("{ \"lr\":0.01, \"epochs\":5 }"), "same-request");

        assertThat(first.created()).isTrue();
        assertThat(again.created()).isFalse();
        assertThat(again.job().id()).isEqualTo(first.job().id());
        assertThat(first.job().status()).isEqualTo(JobStatus.QUEUED);
        assertThat(first.job().attempts()).isZero();
        assertThat(first.job().maxAttempts()).isEqualTo(3);
        assertThat(first.job().params().get("epochs").asInt()).isEqualTo(5);
        assertThat(first.job().idempotencyKey()).isEqualTo("same-request");
    }

    @Test
    void sameKeyWithOtherParamsOrKindIsAConflict() {
        long id = queue.submit("test-submit", json("{\"epochs\": 5}"), "conflict").job().id();

        assertThatThrownBy(() -> queue.submit("test-submit", json("{\"epochs\": 6}"), "conflict"))
                .isInstanceOfSatisfying(IdempotencyConflictException.class, e -> assertThat(e.existingJobId()).isEqualTo(id));
        assertThatThrownBy(() -> queue.submit("train-ddf", json("{\"epochs\": 5}"), "conflict"))
                .isInstanceOf(IdempotencyConflictException.class);
    }

    @Test
    void withoutKeyEverySubmissionIsANewJob() {
        long a = queue.submit("test-submit", json("{}"), null).job().id();
        long b = queue.submit("test-submit", json("{}"), null).job().id();

        assertThat(b).isNotEqualTo(a);
    }

    @Test
    void concurrentSubmissionsWithOneKeyCreateOneJob() throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(6);
        try {
            List<Callable<Submission>> calls = new ArrayList<>();
            for (int i = 0; i < 6; i++) {
                calls.add(() -> queue.submit("test-submit", json("{\"n\": 1}"), "raced-key"));
            }
            List<Submission> submissions = new ArrayList<>();
            for (Future<Submission> f : pool.invokeAll(calls)) {
                submissions.add(f.get());
            }

            assertThat(submissions).filteredOn(Submission::created).hasSize(1);
            assertThat(submissions).extracting(s -> s.job().id()).containsOnly(submissions.get(0).job().id());
        } finally {
            pool.shutdown();
        }
    }

    @Test
    void unknownKindIsRejectedWithTheKnownKinds() {
        assertThatThrownBy(() -> queue.submit("train-everything", json("{}"), null))
                .isInstanceOfSatisfying(UnknownJobKindException.class, e -> {
                    assertThat(e.field()).isEqualTo("kind");
                    assertThat(e.knownKinds()).contains("train-ddf", "train-lstm", "train-diffusion", "generate",
                            "evaluate", "label-ddf");
                    assertThat(e.getMessage()).contains("train-everything");
                });
    }

    @Test
    void paramsMustBeAnObjectAndKeysNotBlank() {
        assertThatThrownBy(() -> queue.submit("test-submit", json("[1, 2]"), null))
                .isInstanceOfSatisfying(InvalidRequestException.class, e -> assertThat(e.field()).isEqualTo("params"));
        assertThatThrownBy(() -> queue.submit("test-submit", json("{}"), " "))
                .isInstanceOfSatisfying(InvalidRequestException.class, e -> assertThat(e.field()).isEqualTo("Idempotency-Key"));
    }

    @Test
    void claimTakesQueuedJobsOldestFirstAndCountsAttempts() {
        long first = submit("test-claim");
        long second = submit("test-claim");
        Instant before = Instant.now();

        Job claimed = queue.claim("w1/0", Set.of("test-claim"), LONG).orElseThrow();

        assertThat(claimed.id()).isEqualTo(first);
        assertThat(claimed.status()).isEqualTo(JobStatus.RUNNING);
        assertThat(claimed.attempts()).isEqualTo(1);
        assertThat(claimed.leaseOwner()).isEqualTo("w1/0");
        assertThat(claimed.leaseExpiresAt()).isBetween(before.plus(LONG).minusSeconds(5), before.plus(LONG).plusSeconds(5));
        assertThat(queue.claim("w2/0", Set.of("test-claim"), LONG).orElseThrow().id()).isEqualTo(second);
        assertThat(queue.claim("w3/0", Set.of("test-claim"), LONG)).isEmpty();
        assertThat(queue.claim("w3/0", Set.of("test-nothing-of-this-kind"), LONG)).isEmpty();
    }

    @Test
    void onlyTheLeaseOwnerFinishesAJob() {
        long id = submit("test-claim");
        Job job = queue.claim("owner/0", Set.of("test-claim"), LONG).orElseThrow();
        assertThat(job.id()).isEqualTo(id);

        assertThat(queue.complete(id, "intruder/0", json("{\"x\": 1}"))).isFalse();
        assertThat(lookup.get(id).status()).isEqualTo(JobStatus.RUNNING);
        assertThat(queue.complete(id, "owner/0", json("{\"modelId\": 42}"))).isTrue();
        assertThat(queue.fail(id, "owner/0", "too late")).isFalse();

        Job done = lookup.get(id);
        assertThat(done.status()).isEqualTo(JobStatus.SUCCEEDED);
        assertThat(done.result().get("modelId").asInt()).isEqualTo(42);
        assertThat(done.error()).isNull();
        assertThat(done.finishedAt()).isNotNull();
        assertThat(done.leaseExpiresAt()).isNull();
    }

    @Test
    void failureKeepsTheReason() {
        long id = submit("test-claim");
        queue.claim("owner/0", Set.of("test-claim"), LONG).orElseThrow();

        assertThat(queue.fail(id, "owner/0", "epochs: must be positive")).isTrue();

        assertThat(lookup.get(id).status()).isEqualTo(JobStatus.FAILED);
        assertThat(lookup.get(id).error()).isEqualTo("epochs: must be positive");
    }

    @Test
    void expiredLeaseIsTakenOverAndTheStaleOwnerCannotWrite() throws InterruptedException {
        long id = submit("test-lease");
        queue.claim("dead/0", Set.of("test-lease"), SHORT).orElseThrow();
        assertThat(queue.claim("alive/0", Set.of("test-lease"), LONG)).isEmpty();

        Thread.sleep(SHORT.toMillis() + 300);
        Job taken = queue.claim("alive/0", Set.of("test-lease"), LONG).orElseThrow();

        assertThat(taken.id()).isEqualTo(id);
        assertThat(taken.attempts()).isEqualTo(2);
        assertThat(taken.leaseOwner()).isEqualTo("alive/0");
        assertThat(queue.heartbeat(id, "dead/0", LONG, null)).isEqualTo(LeaseStatus.LOST);
        assertThat(queue.complete(id, "dead/0", null)).isFalse();
        assertThat(queue.fail(id, "dead/0", "stale")).isFalse();
        assertThat(queue.markCancelled(id, "dead/0")).isFalse();
        assertThat(queue.release(id, "dead/0")).isFalse();
        assertThat(queue.complete(id, "alive/0", null)).isTrue();
        assertThat(lookup.get(id).status()).isEqualTo(JobStatus.SUCCEEDED);
    }

    @Test
    void leaseExpiringOnTheLastAttemptFailsTheJob() throws InterruptedException {
        long id = submit("test-attempts");
        for (int attempt = 1; attempt <= 3; attempt++) {
            Job job = queue.claim("w" + attempt + "/0", Set.of("test-attempts"), SHORT).orElseThrow();
            assertThat(job.attempts()).isEqualTo(attempt);
            Thread.sleep(SHORT.toMillis() + 200);
        }

        assertThat(queue.claim("w4/0", Set.of("test-attempts"), SHORT)).isEmpty();

        Job failed = lookup.get(id);
        assertThat(failed.status()).isEqualTo(JobStatus.FAILED);
        assertThat(failed.error()).isEqualTo("lease expired 3 times; last owner w3/0");
        assertThat(failed.finishedAt()).isNotNull();
    }

    @Test
    void cancellingAQueuedJobEndsItAtOnce() {
        long id = submit("test-cancel");

        Job cancelled = queue.cancel(id);

        assertThat(cancelled.status()).isEqualTo(JobStatus.CANCELLED);
        assertThat(cancelled.finishedAt()).isNotNull();
        assertThat(queue.claim("w/0", Set.of("test-cancel"), LONG)).isEmpty();
    }

    @Test
    void cancellingARunningJobAsksItsWorkerToStop() {
        long id = submit("test-cancel");
        queue.claim("w/0", Set.of("test-cancel"), LONG).orElseThrow();
        assertThat(queue.heartbeat(id, "w/0", LONG, null)).isEqualTo(LeaseStatus.HELD);

        Job asked = queue.cancel(id);

        assertThat(asked.status()).isEqualTo(JobStatus.RUNNING);
        assertThat(asked.cancelRequested()).isTrue();
        assertThat(queue.heartbeat(id, "w/0", LONG, null)).isEqualTo(LeaseStatus.CANCEL_REQUESTED);
        assertThat(queue.markCancelled(id, "w/0")).isTrue();
        assertThat(lookup.get(id).status()).isEqualTo(JobStatus.CANCELLED);
    }

    @Test
    void cancelledJobWhoseWorkerDiedIsNotRunAgain() throws InterruptedException {
        long id = submit("test-cancel");
        queue.claim("dead/0", Set.of("test-cancel"), SHORT).orElseThrow();
        queue.cancel(id);
        Thread.sleep(SHORT.toMillis() + 300);

        assertThat(queue.claim("w/0", Set.of("test-cancel"), LONG)).isEmpty();
        assertThat(lookup.get(id).status()).isEqualTo(JobStatus.CANCELLED);
    }

    @Test
    void cancellingAFinishedJobChangesNothingAndUnknownJobsAreNotFound() {
        long id = submit("test-cancel");
        queue.claim("w/0", Set.of("test-cancel"), LONG).orElseThrow();
        queue.complete(id, "w/0", null);

        assertThat(queue.cancel(id).status()).isEqualTo(JobStatus.SUCCEEDED);
        assertThat(queue.cancel(id).cancelRequested()).isFalse();
        assertThatThrownBy(() -> queue.cancel(Long.MAX_VALUE)).isInstanceOf(NotFoundException.class);
    }

    @Test
    void heartbeatStoresProgressAndRenewsTheLease() {
        long id = submit("test-claim");
        queue.claim("w/0", Set.of("test-claim"), SHORT).orElseThrow();
        Instant before = Instant.now();

        LeaseStatus status = queue.heartbeat(id, "w/0", LONG, new Progress(3, 10, 0.25, 42L, "epoch 3"));

        assertThat(status).isEqualTo(LeaseStatus.HELD);
        Job job = lookup.get(id);
        assertThat(job.progress()).isEqualTo(new Progress(3, 10, 0.25, 42L, "epoch 3"));
        assertThat(job.leaseExpiresAt()).isAfter(before.plus(LONG).minusSeconds(5));
        // a heartbeat without progress keeps the stored one
        queue.heartbeat(id, "w/0", LONG, null);
        assertThat(lookup.get(id).progress()).isEqualTo(new Progress(3, 10, 0.25, 42L, "epoch 3"));
    }

    @Test
    void releasedJobIsQueuedAgainWithoutCountingTheAttempt() {
        long id = submit("test-claim");
        queue.claim("w/0", Set.of("test-claim"), LONG).orElseThrow();

        assertThat(queue.release(id, "w/0")).isTrue();

        Job job = lookup.get(id);
        assertThat(job.status()).isEqualTo(JobStatus.QUEUED);
        assertThat(job.attempts()).isZero();
        assertThat(job.leaseExpiresAt()).isNull();
    }

    @Test
    void eventsAreKeptPerEpochAndRewritten() {
        long id = submit("test-events");
        Map<String, Double> first = new HashMap<>();
        first.put("trainLoss", 0.5);
        first.put("heldOutLoss", Double.NaN);
        queue.addEvent(id, 1, first);
        queue.addEvent(id, 2, Map.of("trainLoss", 0.3, "cosine", 0.9));
        queue.addEvent(id, 1, Map.of("trainLoss", 0.45));

        List<JobEvent> events = lookup.events(id);

        assertThat(events).extracting(JobEvent::epoch).containsExactly(1, 2);
        assertThat(events.get(0).metrics()).isEqualTo(Map.of("trainLoss", 0.45));
        assertThat(events.get(1).metrics()).isEqualTo(Map.of("trainLoss", 0.3, "cosine", 0.9));
        assertThatThrownBy(() -> lookup.events(Long.MAX_VALUE)).isInstanceOf(NotFoundException.class);
    }

    @Test
    void listFiltersByKindAndStatusAndPagesNewestFirst() {
        List<Long> ids = new ArrayList<>();
        for (int i = 0; i < 5; i++) {
            ids.add(submit("test-page"));
        }
        queue.claim("w/0", Set.of("test-page"), LONG).orElseThrow();
        queue.claim("w/0", Set.of("test-page"), LONG).orElseThrow();

        PageView<Job> first = lookup.list("test-page", null, PageQuery.of(0, 2));
        PageView<Job> last = lookup.list("test-page", null, PageQuery.of(2, 2));
        PageView<Job> running = lookup.list("test-page", JobStatus.RUNNING, PageQuery.of(null, null));
        PageView<Job> queued = lookup.list(null, JobStatus.QUEUED, PageQuery.of(0, 100));

        assertThat(first.items()).extracting(Job::id).containsExactly(ids.get(4), ids.get(3));
        assertThat(first.totalItems()).isEqualTo(5);
        assertThat(first.totalPages()).isEqualTo(3);
        assertThat(first.size()).isEqualTo(2);
        assertThat(last.items()).extracting(Job::id).containsExactly(ids.get(0));
        assertThat(last.page()).isEqualTo(2);
        assertThat(running.items()).extracting(Job::id).containsExactly(ids.get(1), ids.get(0));
        assertThat(running.size()).isEqualTo(PageQuery.DEFAULT_SIZE);
        assertThat(queued.items()).extracting(Job::id).contains(ids.get(2), ids.get(3), ids.get(4));
        assertThat(queued.items()).extracting(Job::status).containsOnly(JobStatus.QUEUED);
    }

    @Test
    void unknownJobIsNotFound() {
        assertThatThrownBy(() -> lookup.get(Long.MAX_VALUE))
                .isInstanceOf(NotFoundException.class)
                .hasMessage("job " + Long.MAX_VALUE + " not found");
    }

    private long submit(String kind) {
        return queue.submit(kind, json("{}"), null).job().id();
    }

    private JsonNode json(String text) {
        return mapper.readTree(text);
    }
}
