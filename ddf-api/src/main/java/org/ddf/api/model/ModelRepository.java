package org.ddf.api.model;

import java.util.Optional;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

/** Reads and lists models. */
public interface ModelRepository extends JpaRepository<ModelEntity, Long> {

    /**
     * Finds the model of a kind in a status; meant for {@code active}, of which there is at most one per kind.
     *
     * @param kind the model kind
     * @param status the status value, e.g. {@code active}
     * @return the model, if any
     */
    Optional<ModelEntity> findByKindAndStatus(String kind, String status);

    /**
     * Lists models, optionally of one kind and one status.
     *
     * @param kind the kind, or null for all
     * @param status the status value, or null for all
     * @param pageable page and order
     * @return the page
     */
    @Query("select m from ModelEntity m where (:kind is null or m.kind = :kind) and (:status is null or m.status = :status)")
    Page<ModelEntity> search(@Param("kind") String kind, @Param("status") String status, Pageable pageable);
}
