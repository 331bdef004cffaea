package org.ddf.api.job;

import java.util.List;
import org.ddf.api.db.JsonColumns;
import org.ddf.api.web.NotFoundException;
import org.ddf.api.web.PageQuery;
import org.ddf.api.web.PageView;
import org.springframework.data.domain.Sort;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/** Reads jobs and their events for the REST API. */
@Component
public class JobLookup {

    private final JobRepository jobs;
    private final JobEventRepository events;
    private final JsonColumns json;

    /**
     * Creates the lookup.
     *
     * @param jobs job rows
     * @param events event rows
     * @param json converts JSON columns
     */
    public JobLookup(JobRepository jobs, JobEventRepository events, JsonColumns json) {
        this.jobs = jobs;
        this.events = events;
        this.json = json;
    }

    /**
     * Reads a job.
     *
     * @param id the job
     * @return it
     * @throws NotFoundException when there is none with this id
     */
    @Transactional(readOnly = true)
    public Job get(long id) {
        return jobs.findById(id).orElseThrow(() -> new NotFoundException("job", id)).toJob(json);
    }

    /**
     * Lists jobs, newest first.
     *
     * @param kind only this kind, or null for all
     * @param status only this status, or null for all
     * @param page the page
     * @return the page
     */
    @Transactional(readOnly = true)
    public PageView<Job> list(String kind, JobStatus status, PageQuery page) {
        var rows = jobs.search(kind, status == null ? null : status.name(), page.toPageable(Sort.by(Sort.Direction.DESC, "id")));
        return PageView.of(rows, e -> e.toJob(json));
    }

    /**
     * Lists a job's per-epoch figures.
     *
     * @param jobId the job
     * @return its events by epoch
     * @throws NotFoundException when there is no such job
     */
    @Transactional(readOnly = true)
    public List<JobEvent> events(long jobId) {
        if (!jobs.existsById(jobId)) {
            throw new NotFoundException("job", jobId);
        }
        return events.findByJobIdOrderByEpoch(jobId).stream().map(e -> e.toEvent(json)).toList();
    }
}
