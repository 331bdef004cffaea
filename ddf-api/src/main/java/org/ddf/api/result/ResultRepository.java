package org.ddf.api.result;

import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

/** Reads job results. */
public interface ResultRepository extends JpaRepository<ResultEntity, Long> {

    /**
     * Lists a job's results.
     *
     * @param jobId the job
     * @return its results in the order written
     */
    List<ResultEntity> findByJobIdOrderById(long jobId);

    /**
     * Finds a job's result by name.
     *
     * @param jobId the job
     * @param name the result's name
     * @return the result, if any
     */
    Optional<ResultEntity> findByJobIdAndName(long jobId, String name);
}
