package org.ddf.api.dataset;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;

/** Reads and lists data sets. */
public interface DatasetRepository extends JpaRepository<DatasetEntity, Long> {

    /**
     * Lists the data sets of one kind.
     *
     * @param kind database form of the kind, e.g. {@code traces}
     * @param pageable page and order
     * @return the page
     */
    Page<DatasetEntity> findByKind(String kind, Pageable pageable);
}
