package org.ddf.api.job;

import java.net.InetAddress;
import java.net.UnknownHostException;
import java.time.Duration;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.ddf.api.dataset.DatasetStore;
import org.ddf.api.model.ModelRegistry;
import org.ddf.api.result.ResultStore;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.SmartLifecycle;
import org.springframework.dao.DataAccessException;
import org.springframework.stereotype.Component;

/**
 * Runs the jobs of the kinds this service has {@link JobHandler}s for. {@code ddf.worker.concurrency} threads
 * each claim a job, run its handler while a scheduler renews the lease every third of {@code ddf.worker.lease},
 * and record the end: SUCCEEDED, FAILED with the exception's message, or CANCELLED. On shutdown it stops
 * claiming, waits {@code ddf.worker.shutdown-grace} for running jobs, then stops them and gives them back to the
 * queue. Off with {@code ddf.worker.enabled=false}; idle when the service has no handlers.
 */
@Component
@ConditionalOnProperty(name = "ddf.worker.enabled", havingValue = "true", matchIfMissing = true)
public class JobWorker implements SmartLifecycle {

    private static final Logger LOG = LoggerFactory.getLogger(JobWorker.class);
    private static final Duration STOP_WAIT = Duration.ofSeconds(5);

    private final JobQueue queue;
    private final JobKinds kinds;
    private final WorkerProperties properties;
    private final JobContext.Stores stores;
    private final String id;
    private final Map<Long, JobContext> running = new ConcurrentHashMap<>();
    private ExecutorService slots;
    private ScheduledExecutorService heartbeats;
    private CountDownLatch stopping;
    private volatile boolean started;

    /**
     * Creates the worker.
     *
     * @param queue the job queue
     * @param kinds the service's handlers
     * @param properties the worker settings
     * @param datasets handed to handlers
     * @param results handed to handlers
     * @param models handed to handlers
     */
    public JobWorker(JobQueue queue, JobKinds kinds, WorkerProperties properties, DatasetStore datasets,
                     ResultStore results, ModelRegistry models) {
        this.queue = queue;
        this.kinds = kinds;
        this.properties = properties;
        this.stores = new JobContext.Stores(datasets, results, models);
        this.id = properties.id().isBlank() ? hostAndPid() : properties.id();
    }

    /** Returns the worker's name; its slots own leases as {@code <id>/<slot>}. */
    public String id() {
        return id;
    }

    @Override
    public synchronized void start() {
        Set<String> runnable = kinds.runnable();
        started = true;
        if (runnable.isEmpty()) {
            LOG.info("Job worker {} idle: this service has no job handlers", id);
            return;
        }
        stopping = new CountDownLatch(1);
        heartbeats = Executors.newSingleThreadScheduledExecutor(daemon("ddf-job-heartbeat"));
        slots = Executors.newFixedThreadPool(properties.concurrency(), daemon("ddf-job-worker"));
        for (int slot = 0; slot < properties.concurrency(); slot++) {
            String owner = id + "/" + slot;
            slots.execute(() -> claimUntilStopped(owner, runnable));
        }
        LOG.info("Job worker {} runs {} with {} slot(s), lease {}", id, runnable, properties.concurrency(), properties.lease());
    }

    @Override
    public synchronized void stop() {
        if (!started) {
            return;
        }
        started = false;
        if (slots == null) {
            return;
        }
        stopping.countDown();
        slots.shutdown();
        try {
            if (!slots.awaitTermination(properties.shutdownGrace().toMillis(), TimeUnit.MILLISECONDS)) {
                LOG.info("Job worker {} stops {} running job(s) and gives them back", id, running.size());
                running.values().forEach(context -> context.stop(JobContext.Stop.SHUTDOWN));
                slots.shutdownNow();
                if (!slots.awaitTermination(STOP_WAIT.toMillis(), TimeUnit.MILLISECONDS)) {
                    LOG.warn("Job worker {}: jobs {} did not stop; their leases will expire", id, running.keySet());
                }
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } finally {
            heartbeats.shutdownNow();
        }
    }

    @Override
    public boolean isRunning() {
        return started;
    }

    private void claimUntilStopped(String owner, Set<String> runnable) {
        while (stopping.getCount() > 0) {
            try {
                Optional<Job> job = queue.claim(owner, runnable, properties.lease());
                if (job.isPresent()) {
                    run(job.get(), owner);
                } else if (stopping.await(properties.pollInterval().toMillis(), TimeUnit.MILLISECONDS)) {
                    return;
                }
            } catch (DataAccessException e) {
                LOG.warn("Job worker slot {} cannot reach the queue: {}", owner, e.getMessage());
                pause();
            } catch (InterruptedException e) {
                return;
            }
        }
    }

    private void run(Job job, String owner) {
        JobHandler handler = kinds.handler(job.kind()).orElseThrow();
        JobContext context = new JobContext(job, owner, queue, properties.lease(), stores);
        running.put(job.id(), context);
        long period = Math.max(1, properties.lease().toMillis() / 3);
        ScheduledFuture<?> beat = heartbeats.scheduleAtFixedRate(context::heartbeat, period, period, TimeUnit.MILLISECONDS);
        Throwable failure = null;
        try {
            handler.run(context);
            context.flushProgress();
        } catch (Exception | Error e) {
            // an Error too: the job is recorded as failed and the slot keeps working
            failure = e;
        } finally {
            beat.cancel(false);
            running.remove(job.id());
            // an interrupt (shutdown) would make the pool refuse the connection needed to record the end
            Thread.interrupted();
        }
        try {
            record(job, context, failure);
        } catch (DataAccessException e) {
            LOG.warn("Job {}: end not recorded ({}); it runs again when its lease expires", job.id(), e.getMessage());
        }
    }

    private void record(Job job, JobContext context, Throwable failure) {
        JobContext.Stop stop = context.stopReason();
        String owner = context.owner();
        boolean written;
        if (stop == JobContext.Stop.LEASE_LOST) {
            LOG.warn("Job {} was taken over by another worker; {} drops its outcome", job.id(), owner);
            return;
        } else if (failure == null) {
            written = queue.complete(job.id(), owner, context.result());
        } else if (stop == JobContext.Stop.CANCEL_REQUESTED) {
            written = queue.markCancelled(job.id(), owner);
        } else if (stop == JobContext.Stop.SHUTDOWN) {
            written = queue.release(job.id(), owner);
        } else {
            LOG.warn("Job {} ({}) failed", job.id(), job.kind(), failure);
            written = queue.fail(job.id(), owner, message(failure));
        }
        if (!written) {
            LOG.warn("Job {}: {} no longer holds the lease; its outcome was dropped", job.id(), owner);
        }
    }

    private void pause() {
        try {
            stopping.await(properties.pollInterval().toMillis(), TimeUnit.MILLISECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private static String message(Throwable e) {
        return e.getMessage() == null || e.getMessage().isBlank() ? e.getClass().getSimpleName() : e.getMessage();
    }

    private static ThreadFactory daemon(String name) {
        AtomicInteger n = new AtomicInteger();
        return runnable -> {
            Thread thread = new Thread(runnable, name + "-" + n.getAndIncrement());
            thread.setDaemon(true);
            return thread;
        };
    }

    private static String hostAndPid() {
        String host;
        try {
            host = InetAddress.getLocalHost().getHostName();
        } catch (UnknownHostException e) {
            host = "unknown-host";
        }
        return host + "-" + ProcessHandle.current().pid();
    }
}
