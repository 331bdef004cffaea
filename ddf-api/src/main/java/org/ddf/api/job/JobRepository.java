package org.ddf.api.job;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

/** Reads and lists jobs. */
public interface JobRepository extends JpaRepository<JobEntity, Long> {

    /**
     * Lists jobs, optionally of one kind and one status.
     *
     * @param kind the kind, or null for all
     * @param status the status name, or null for all
     * @param pageable page and order
     * @return the page
     */
    @Query("select j from JobEntity j where (:kind is null or j.kind = :kind) and (:status is null or j.status = :status)")
    Page<JobEntity> search(@Param("kind") String kind, @Param("status") String status, Pageable pageable);
}
