package org.ddf.api.web;

import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Sort;

/**
 * A validated page request: 0-based {@code page}, {@code size} between 1 and a maximum.
 *
 * @param page 0-based page number
 * @param size items per page
 */
public record PageQuery(int page, int size) {

    /** Page size when the client gives none. */
    public static final int DEFAULT_SIZE = 20;
    /** Largest page size accepted by {@link #of(Integer, Integer)}. */
    public static final int DEFAULT_MAX_SIZE = 100;

    /**
     * Validates the page parameters of a request against {@link #DEFAULT_MAX_SIZE}.
     *
     * @param page the {@code page} parameter, null for the first page
     * @param size the {@code size} parameter, null for {@link #DEFAULT_SIZE}
     * @return the query
     * @throws InvalidRequestException naming {@code page} or {@code size} when out of range
     */
    public static PageQuery of(Integer page, Integer size) {
        return of(page, size, DEFAULT_MAX_SIZE);
    }

    /**
     * Validates the page parameters of a request.
     *
     * @param page the {@code page} parameter, null for the first page
     * @param size the {@code size} parameter, null for {@link #DEFAULT_SIZE} (capped at {@code maxSize})
     * @param maxSize the largest size accepted
     * @return the query
     * @throws InvalidRequestException naming {@code page} or {@code size} when out of range
     */
    public static PageQuery of(Integer page, Integer size, int maxSize) {
        int p = page == null ? 0 : page;
        int s = size == null ? Math.min(DEFAULT_SIZE, maxSize) : size;
        if (p < 0) {
            throw new InvalidRequestException("page", "must be 0 or greater, was " + p);
        }
        if (s < 1 || s > maxSize) {
            throw new InvalidRequestException("size", "must be between 1 and " + maxSize + ", was " + s);
        }
        return new PageQuery(p, s);
    }

    /** Returns the Spring Data request with the given order. */
    public Pageable toPageable(Sort sort) {
        return PageRequest.of(page, size, sort);
    }
}
