package org.ddf.api.job;

import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.ddf.api.db.JsonColumns;
import org.ddf.api.web.InvalidRequestException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import tools.jackson.databind.JsonNode;

/**
 * The job queue in the {@code job} table. Workers of any number of service replicas claim jobs with
 * {@code FOR UPDATE SKIP LOCKED}, hold them by a lease that heartbeats renew, and a job whose lease expires is
 * claimed again (at least once). Only the current lease owner may finish a job. All times are the database's.
 */
@Component
public class JobQueue {

    private static final int MAX_KEY_LENGTH = 200;

    private final JdbcClient jdbc;
    private final JobKinds kinds;
    private final JobLookup lookup;
    private final JsonColumns json;
    private final int maxAttempts;

    /**
     * Creates the queue.
     *
     * @param jdbc the database
     * @param kinds the known kinds and local handlers
     * @param lookup reads jobs back
     * @param json converts JSON columns
     * @param properties the queue settings
     */
    public JobQueue(JdbcClient jdbc, JobKinds kinds, JobLookup lookup, JsonColumns json, JobProperties properties) {
        this.jdbc = jdbc;
        this.kinds = kinds;
        this.lookup = lookup;
        this.json = json;
        this.maxAttempts = properties.maxAttempts();
    }

    /**
     * Queues a job, or finds the one submitted before with the same idempotency key. The request is the kind and
     * the parameters (after the local handler's {@link JobHandler#validate}); the same key with another request
     * is a conflict.
     *
     * @param kind the job kind
     * @param params the parameters, a JSON object
     * @param idempotencyKey the client's key, or null to always create a job
     * @return the job and whether this call created it
     * @throws UnknownJobKindException when no service knows the kind
     * @throws InvalidRequestException when the parameters or the key are malformed, or the handler rejects them
     * @throws IdempotencyConflictException when the key was used with another request
     */
    @Transactional
    public Submission submit(String kind, JsonNode params, String idempotencyKey) {
        kinds.require(kind);
        if (params == null || !params.isObject()) {
            throw new InvalidRequestException("params", "must be a JSON object");
        }
        if (idempotencyKey != null && (idempotencyKey.isBlank() || idempotencyKey.length() > MAX_KEY_LENGTH)) {
            throw new InvalidRequestException("Idempotency-Key", "must have 1 to " + MAX_KEY_LENGTH + " characters");
        }
        JsonNode validated = kinds.handler(kind).map(h -> h.validate(params)).orElse(params);
        if (validated == null || !validated.isObject()) {
            throw new IllegalStateException("the handler of job kind '" + kind + "' returned parameters that are not a JSON object");
        }
        String paramsJson = json.write(validated);
        // jsonb's text form is canonical (key order, spacing), so equal requests hash equally
        String hash = jdbc.sql("select encode(sha256(convert_to(? || chr(10) || cast(cast(? as jsonb) as text), 'UTF8')), 'hex')")
                .params(kind, paramsJson)
                .query(String.class)
                .single();
        Optional<Long> created = jdbc.sql("""
                        insert into job (kind, params, idempotency_key, request_hash, max_attempts)
                        values (?, cast(? as jsonb), ?, ?, ?)
                        on conflict (idempotency_key) do nothing
                        returning id""")
                .params(kind, paramsJson, idempotencyKey, hash, maxAttempts)
                .query(Long.class)
                .optional();
        if (created.isPresent()) {
            return new Submission(lookup.get(created.get()), true);
        }
        // the key exists: a concurrent insert with it has committed by now (ON CONFLICT waited for it)
        Map<String, Object> existing = jdbc.sql("select id, request_hash from job where idempotency_key = ?")
                .param(idempotencyKey)
                .query()
                .singleRow();
        long id = ((Number) existing.get("id")).longValue();
        if (!hash.equals(existing.get("request_hash"))) {
            throw new IdempotencyConflictException(idempotencyKey, id);
        }
        return new Submission(lookup.get(id), false);
    }

    /**
     * Claims the oldest job of the given kinds that is queued or whose lease has expired, and takes its lease.
     * Before that, jobs whose lease expired on their last allowed attempt become FAILED ("lease expired N times;
     * last owner X"), and expired jobs whose cancellation was asked become CANCELLED.
     *
     * @param owner the claiming worker slot, unique among running slots
     * @param kinds the kinds the worker runs
     * @param lease how long the lease lasts unless renewed
     * @return the claimed job (status RUNNING, attempts counted), empty when there is none
     */
    @Transactional
    public Optional<Job> claim(String owner, Set<String> kinds, Duration lease) {
        jdbc.sql("""
                update job set
                    status = case when cancel_requested then 'CANCELLED' else 'FAILED' end,
                    error = case when cancel_requested then null
                                 else 'lease expired ' || attempts || ' times; last owner ' || lease_owner end,
                    lease_expires_at = null, finished_at = now(), updated_at = now()
                where id in (select id from job
                             where status = 'RUNNING' and lease_expires_at < now()
                               and (attempts >= max_attempts or cancel_requested)
                             for update skip locked)""")
                .update();
        Optional<Long> id = jdbc.sql("""
                        update job set
                            status = 'RUNNING', attempts = attempts + 1, lease_owner = ?,
                            lease_expires_at = now() + make_interval(secs => ?),
                            started_at = now(), updated_at = now()
                        where id = (select id from job
                                    where kind = any(?)
                                      and (status = 'QUEUED'
                                           or (status = 'RUNNING' and lease_expires_at < now()
                                               and attempts < max_attempts and not cancel_requested))
                                    order by id
                                    limit 1
                                    for update skip locked)
                        returning id""")
                .params(owner, seconds(lease), kinds.toArray(String[]::new))
                .query(Long.class)
                .optional();
        return id.map(lookup::get);
    }

    /**
     * Renews a lease and records progress.
     *
     * @param jobId the job
     * @param owner the worker slot that claimed it
     * @param lease the new lease, counted from now
     * @param progress the latest progress, or null to keep the stored one
     * @return whether the lease is still held and whether a cancellation was asked
     */
    @Transactional
    public LeaseStatus heartbeat(long jobId, String owner, Duration lease, Progress progress) {
        var statement = progress == null
                ? jdbc.sql("""
                        update job set lease_expires_at = now() + make_interval(secs => ?), updated_at = now()
                        where id = ? and status = 'RUNNING' and lease_owner = ?
                        returning cancel_requested""")
                        .params(seconds(lease), jobId, owner)
                : jdbc.sql("""
                        update job set lease_expires_at = now() + make_interval(secs => ?), updated_at = now(),
                            progress_step = ?, progress_total = ?, progress_loss = ?, progress_eta_seconds = ?,
                            progress_message = ?
                        where id = ? and status = 'RUNNING' and lease_owner = ?
                        returning cancel_requested""")
                        .params(seconds(lease), progress.step(), progress.total(), progress.loss(),
                                progress.etaSeconds(), progress.message(), jobId, owner);
        return statement.query(Boolean.class).optional()
                .map(cancel -> cancel ? LeaseStatus.CANCEL_REQUESTED : LeaseStatus.HELD)
                .orElse(LeaseStatus.LOST);
    }

    /**
     * Records the figures of one epoch; writing an epoch again replaces it (a job run again after a lost lease).
     * Non-finite values (e.g. a held-out loss of NaN when nothing is held out) are left out: JSON has no NaN.
     *
     * @param jobId the job
     * @param epoch the epoch or step
     * @param metrics figures by name
     */
    @Transactional
    public void addEvent(long jobId, int epoch, Map<String, Double> metrics) {
        Map<String, Double> finite = new LinkedHashMap<>();
        metrics.forEach((name, value) -> {
            if (value != null && Double.isFinite(value)) {
                finite.put(name, value);
            }
        });
        jdbc.sql("""
                insert into job_event (job_id, epoch, metrics) values (?, ?, cast(? as jsonb))
                on conflict (job_id, epoch) do update set metrics = excluded.metrics, created_at = now()""")
                .params(jobId, epoch, json.write(finite))
                .update();
    }

    /**
     * Marks a job SUCCEEDED, if the caller still owns it.
     *
     * @param jobId the job
     * @param owner the worker slot that claimed it
     * @param result a summary for clients, may be null
     * @return false when the lease was taken over or the job already ended (nothing was written)
     */
    @Transactional
    public boolean complete(long jobId, String owner, JsonNode result) {
        return jdbc.sql("""
                        update job set status = 'SUCCEEDED', result = cast(? as jsonb), lease_expires_at = null,
                            finished_at = now(), updated_at = now()
                        where id = ? and status = 'RUNNING' and lease_owner = ?""")
                .params(json.write(result), jobId, owner)
                .update() == 1;
    }

    /**
     * Marks a job FAILED, if the caller still owns it.
     *
     * @param jobId the job
     * @param owner the worker slot that claimed it
     * @param reason what went wrong, for clients
     * @return false when the lease was taken over or the job already ended (nothing was written)
     */
    @Transactional
    public boolean fail(long jobId, String owner, String reason) {
        return finish(jobId, owner, "FAILED", reason);
    }

    /**
     * Marks a running job CANCELLED after its handler stopped on a cancellation request, if the caller owns it.
     *
     * @param jobId the job
     * @param owner the worker slot that claimed it
     * @return false when the lease was taken over or the job already ended (nothing was written)
     */
    @Transactional
    public boolean markCancelled(long jobId, String owner) {
        return finish(jobId, owner, "CANCELLED", null);
    }

    /**
     * Gives a job back to the queue when its worker shuts down, if the caller owns it. The interrupted attempt does
     * not count; a job whose cancellation was asked becomes CANCELLED instead.
     *
     * @param jobId the job
     * @param owner the worker slot that claimed it
     * @return false when the lease was taken over or the job already ended (nothing was written)
     */
    @Transactional
    public boolean release(long jobId, String owner) {
        return jdbc.sql("""
                        update job set
                            status = case when cancel_requested then 'CANCELLED' else 'QUEUED' end,
                            finished_at = case when cancel_requested then now() end,
                            attempts = attempts - 1, lease_owner = null, lease_expires_at = null, updated_at = now()
                        where id = ? and status = 'RUNNING' and lease_owner = ?""")
                .params(jobId, owner)
                .update() == 1;
    }

    /**
     * Cancels a job: a queued one at once, a running one by asking its handler to stop at its next step (the
     * worker then marks it CANCELLED). A job that has ended is left as it is.
     *
     * @param jobId the job
     * @return the job after the request
     * @throws org.ddf.api.web.NotFoundException when there is no such job
     */
    @Transactional
    public Job cancel(long jobId) {
        jdbc.sql("""
                update job set
                    status = case when status = 'QUEUED' then 'CANCELLED' else status end,
                    finished_at = case when status = 'QUEUED' then now() else finished_at end,
                    cancel_requested = (status = 'RUNNING'),
                    updated_at = now()
                where id = ? and status in ('QUEUED', 'RUNNING')""")
                .param(jobId)
                .update();
        return lookup.get(jobId);
    }

    private boolean finish(long jobId, String owner, String status, String error) {
        return jdbc.sql("""
                        update job set status = ?, error = ?, lease_expires_at = null,
                            finished_at = now(), updated_at = now()
                        where id = ? and status = 'RUNNING' and lease_owner = ?""")
                .params(status, error, jobId, owner)
                .update() == 1;
    }

    private static double seconds(Duration d) {
        return d.toNanos() / 1e9;
    }
}
