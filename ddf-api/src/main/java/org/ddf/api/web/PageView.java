package org.ddf.api.web;

import java.util.List;
import java.util.function.Function;
import org.springframework.data.domain.Page;

/**
 * One page of a listing as the services return it.
 *
 * @param items the items of this page
 * @param page 0-based page number
 * @param size the page size asked for
 * @param totalItems items over all pages
 * @param totalPages number of pages
 * @param <T> item type
 */
public record PageView<T>(List<T> items, int page, int size, long totalItems, int totalPages) {

    /** Copies the items. */
    public PageView {
        items = List.copyOf(items);
    }

    /**
     * Converts a Spring Data page.
     *
     * @param page the page read from a repository
     * @param mapper converts each row to the item returned
     * @return the view
     */
    public static <E, T> PageView<T> of(Page<E> page, Function<? super E, ? extends T> mapper) {
        List<T> items = page.getContent().stream().<T>map(mapper).toList();
        return new PageView<>(items, page.getNumber(), page.getSize(), page.getTotalElements(), page.getTotalPages());
    }
}
