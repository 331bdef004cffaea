package org.ddf.api.job;

import java.io.IOException;
import java.io.InputStream;
import java.time.Duration;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.atomic.AtomicReference;
import org.ddf.api.dataset.DatasetStore;
import org.ddf.api.model.ModelRegistry;
import org.ddf.api.result.Result;
import org.ddf.api.result.ResultStore;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.DataAccessException;
import tools.jackson.databind.JsonNode;

/**
 * What a {@link JobHandler} sees of the job it runs: the parameters, progress and event reporting, the
 * cancellation signal and the stores. Progress reports double as heartbeats, at most one per
 * {@code min(1 s, lease / 3)}; the worker heartbeats on its own as well, so a handler that is busy between
 * reports keeps its lease.
 */
public final class JobContext {

    private static final Logger LOG = LoggerFactory.getLogger(JobContext.class);

    /** Why a running job must stop. */
    enum Stop {
        /** A client asked for cancellation. */
        CANCEL_REQUESTED,
        /** Another worker took the job over. */
        LEASE_LOST,
        /** The service is shutting down. */
        SHUTDOWN
    }

    private final Job job;
    private final String owner;
    private final JobQueue queue;
    private final Duration lease;
    private final long minBeatNanos;
    private final Stores stores;
    private final long startNanos = System.nanoTime();
    private volatile Progress progress;
    private volatile boolean progressUnsent;
    private final AtomicReference<Stop> stop = new AtomicReference<>();
    private volatile JsonNode result;
    private long lastBeatNanos = startNanos;

    /** The stores a handler may use. */
    record Stores(DatasetStore datasets, ResultStore results, ModelRegistry models) {
    }

    JobContext(Job job, String owner, JobQueue queue, Duration lease, Stores stores) {
        this.job = job;
        this.owner = owner;
        this.queue = queue;
        this.lease = lease;
        this.minBeatNanos = Math.min(Duration.ofSeconds(1).toNanos(), lease.toNanos() / 3);
        this.stores = stores;
    }

    /** Returns the job's id. */
    public long jobId() {
        return job.id();
    }

    /** Returns the job's kind. */
    public String kind() {
        return job.kind();
    }

    /** Returns the job's parameters, as its handler validated them at submission. */
    public JsonNode params() {
        return job.params();
    }

    /** Returns which claim of the job this run is (1 for the first). */
    public int attempt() {
        return job.attempts();
    }

    /**
     * Reports progress. The estimated time left is derived from the time since this run began.
     *
     * @param step steps (e.g. epochs) done
     * @param total steps planned
     * @param loss the latest loss, NaN when there is none
     * @param message a short line for people, may be null
     */
    public void progress(long step, long total, double loss, String message) {
        long elapsed = System.nanoTime() - startNanos;
        Long eta = step > 0 && total >= step ? Math.round(elapsed / 1e9 * (total - step) / step) : null;
        progress = new Progress(step, total, Double.isFinite(loss) ? loss : null, eta, message);
        progressUnsent = true;
        boolean due;
        synchronized (this) {
            due = System.nanoTime() - lastBeatNanos >= minBeatNanos;
        }
        if (due) {
            heartbeat();
        }
    }

    /**
     * Records the figures of an epoch (the points of the loss curves); non-finite values are left out.
     *
     * @param epoch the epoch or step
     * @param metrics figures by name
     */
    public void event(int epoch, Map<String, Double> metrics) {
        queue.addEvent(job.id(), epoch, metrics);
    }

    /** Returns whether the job must stop: cancelled, taken over by another worker, or the service is stopping. */
    public boolean isCancelled() {
        return stop.get() != null;
    }

    /**
     * Stops the handler if the job must stop; call it between steps.
     *
     * @throws JobCancelledException when {@link #isCancelled()}
     */
    public void checkCancelled() {
        Stop s = stop.get();
        if (s != null) {
            throw new JobCancelledException("job " + job.id() + " stopped: " + s.name().toLowerCase(Locale.ROOT).replace('_', ' '));
        }
    }

    /**
     * Leaves a summary for clients, stored with the job when it succeeds (e.g. the id of the registered model).
     *
     * @param result a JSON value
     */
    public void setResult(JsonNode result) {
        this.result = result;
    }

    /**
     * Stores an output of this job; one of the same name is replaced.
     *
     * @param name the output's name, e.g. {@code loss.png}
     * @param mediaType e.g. {@code image/png}
     * @param data the bytes; read to the end, not closed
     * @return the stored result
     * @throws IOException when reading the data fails
     */
    public Result saveResult(String name, String mediaType, InputStream data) throws IOException {
        return stores.results().save(job.id(), name, mediaType, data);
    }

    /** Returns the data sets, for reading the job's input. */
    public DatasetStore datasets() {
        return stores.datasets();
    }

    /** Returns the results of all jobs. */
    public ResultStore results() {
        return stores.results();
    }

    /** Returns the model registry, for registering what the job trained. */
    public ModelRegistry models() {
        return stores.models();
    }

    /** Renews the lease with the latest progress; learns of cancellation and lost leases. Never throws. */
    synchronized void heartbeat() {
        if (stop.get() == Stop.LEASE_LOST) {
            return;
        }
        try {
            Progress sent = progress;
            LeaseStatus status = queue.heartbeat(job.id(), owner, lease, sent);
            lastBeatNanos = System.nanoTime();
            progressUnsent = progress != sent;
            if (status == LeaseStatus.LOST) {
                stop(Stop.LEASE_LOST);
            } else if (status == LeaseStatus.CANCEL_REQUESTED) {
                stop(Stop.CANCEL_REQUESTED);
            }
        } catch (DataAccessException e) {
            // the next heartbeat tries again; the lease only expires if the database stays away for long
            LOG.warn("Heartbeat of job {} failed: {}", job.id(), e.getMessage());
        }
    }

    /** Stores the last progress report if the rate limit held it back, so a finished job shows its last step. */
    void flushProgress() {
        if (progressUnsent) {
            heartbeat();
        }
    }

    /** Asks the handler to stop; a lost lease overrides other reasons since then nothing may be written. */
    void stop(Stop reason) {
        stop.updateAndGet(current -> current == null || reason == Stop.LEASE_LOST ? reason : current);
    }

    Stop stopReason() {
        return stop.get();
    }

    JsonNode result() {
        return result;
    }

    String owner() {
        return owner;
    }
}
