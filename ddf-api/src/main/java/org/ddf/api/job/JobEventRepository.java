package org.ddf.api.job;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

/** Reads the per-epoch events of jobs. */
public interface JobEventRepository extends JpaRepository<JobEventEntity, Long> {

    /**
     * Lists a job's events.
     *
     * @param jobId the job
     * @return its events by epoch
     */
    List<JobEventEntity> findByJobIdOrderByEpoch(long jobId);
}
