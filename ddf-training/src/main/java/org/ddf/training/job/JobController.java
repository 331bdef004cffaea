package org.ddf.training.job;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import java.net.URI;
import java.util.List;
import org.ddf.api.job.Job;
import org.ddf.api.job.JobEvent;
import org.ddf.api.job.JobLookup;
import org.ddf.api.job.JobQueue;
import org.ddf.api.job.JobStatus;
import org.ddf.api.job.Submission;
import org.ddf.api.result.Result;
import org.ddf.api.result.ResultStore;
import org.ddf.api.web.NotFoundException;
import org.ddf.api.web.PageQuery;
import org.ddf.api.web.PageView;
import org.springframework.core.io.InputStreamResource;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import tools.jackson.databind.node.JsonNodeFactory;

/** Jobs of every kind: the workers of the service that knows a kind claim its jobs from the shared store. */
@RestController
@RequestMapping("/api/v1/jobs")
@Tag(name = "Jobs", description = "Training, labelling, generation and evaluation jobs")
class JobController {

    private final JobQueue queue;
    private final JobLookup lookup;
    private final ResultStore results;

    JobController(JobQueue queue, JobLookup lookup, ResultStore results) {
        this.queue = queue;
        this.lookup = lookup;
        this.results = results;
    }

    @PostMapping(consumes = MediaType.APPLICATION_JSON_VALUE)
    @Operation(summary = "Submit a job",
            description = "202 Accepted with Location. With an Idempotency-Key the same key and body give the same "
                    + "job again (200), the same key with another body is a 409.")
    ResponseEntity<Job> submit(
            @Parameter(description = "a client key (1-200 characters) that makes retries safe", example = "ci-run-4711")
            @RequestHeader(value = "Idempotency-Key", required = false) String idempotencyKey,
            @Valid @RequestBody JobRequest request) {
        var params = request.params() == null ? JsonNodeFactory.instance.objectNode() : request.params();
        Submission submission = queue.submit(request.kind(), params, idempotencyKey);
        Job job = submission.job();
        return ResponseEntity.status(submission.created() ? HttpStatus.ACCEPTED : HttpStatus.OK)
                .location(URI.create("/api/v1/jobs/" + job.id())).body(job);
    }

    @GetMapping
    @Operation(summary = "List jobs, newest first, filtered by kind and status")
    PageView<Job> list(@RequestParam(required = false) String kind, @RequestParam(required = false) JobStatus status,
                       @RequestParam(required = false) Integer page, @RequestParam(required = false) Integer size) {
        return lookup.list(kind, status, PageQuery.of(page, size));
    }

    @GetMapping("/{id}")
    @Operation(summary = "A job with its status and progress (step, total, loss, ETA)")
    Job get(@PathVariable long id) {
        return lookup.get(id);
    }

    @PostMapping("/{id}/cancel")
    @Operation(summary = "Cancel a job", description = "A queued job is cancelled at once; a running one stops at its next step.")
    Job cancel(@PathVariable long id) {
        return queue.cancel(id);
    }

    @GetMapping("/{id}/events")
    @Operation(summary = "Per-epoch metrics of a job: the loss curves")
    List<JobEvent> events(@PathVariable long id) {
        lookup.get(id);
        return lookup.events(id);
    }

    @GetMapping("/{id}/results")
    @Operation(summary = "Outputs of a job: figures, reports, traces")
    List<Result> results(@PathVariable long id) {
        lookup.get(id);
        return results.list(id);
    }

    @GetMapping("/{id}/results/{name}")
    @Operation(summary = "Download one output of a job (streamed)")
    ResponseEntity<InputStreamResource> result(@PathVariable long id, @PathVariable String name) {
        Result result = results.find(id, name).orElseThrow(() -> new NotFoundException("result", id + "/" + name));
        return ResponseEntity.ok().contentType(MediaType.parseMediaType(result.mediaType()))
                .contentLength(result.sizeBytes()).body(new InputStreamResource(results.open(result.id())));
    }
}
