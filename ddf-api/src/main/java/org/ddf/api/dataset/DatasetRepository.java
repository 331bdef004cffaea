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

    /**
     * Lists the data sets with the given bytes.
     *
     * @param checksum lower-case hex SHA-256 of the bytes
     * @param pageable page and order
     * @return the page
     */
    Page<DatasetEntity> findByChecksum(String checksum, Pageable pageable);

    /**
     * Lists the data sets of one kind with the given bytes.
     *
     * @param kind database form of the kind
     * @param checksum lower-case hex SHA-256 of the bytes
     * @param pageable page and order
     * @return the page
     */
    Page<DatasetEntity> findByKindAndChecksum(String kind, String checksum, Pageable pageable);
}
