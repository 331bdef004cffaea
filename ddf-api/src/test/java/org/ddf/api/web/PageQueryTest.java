package org.ddf.api.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.data.domain.PageImpl;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Sort;

class PageQueryTest {

    @Test
    void missingParametersMeanTheFirstPageOfTwenty() {
        assertThat(PageQuery.of(null, null)).isEqualTo(new PageQuery(0, 20));
        assertThat(PageQuery.of(null, null, 10)).isEqualTo(new PageQuery(0, 10));
    }

    @Test
    void sizeMustBeBetweenOneAndTheMaximum() {
        assertThat(PageQuery.of(3, 1)).isEqualTo(new PageQuery(3, 1));
        assertThat(PageQuery.of(0, 100)).isEqualTo(new PageQuery(0, 100));
        for (int size : new int[]{0, -1, 101}) {
            assertThatThrownBy(() -> PageQuery.of(0, size))
                    .isInstanceOfSatisfying(InvalidRequestException.class, e -> assertThat(e.field()).isEqualTo("size"));
        }
        assertThatThrownBy(() -> PageQuery.of(0, 11, 10)).hasMessage("size: must be between 1 and 10, was 11");
        assertThatThrownBy(() -> PageQuery.of(-1, 5))
                .isInstanceOfSatisfying(InvalidRequestException.class, e -> assertThat(e.field()).isEqualTo("page"));
    }

    @Test
    void pageViewCountsItemsAndPages() {
        var page = new PageImpl<>(List.of(5, 6), PageRequest.of(2, 2, Sort.by("id")), 7);

        PageView<String> view = PageView.of(page, n -> "#" + n);

        assertThat(view).isEqualTo(new PageView<>(List.of("#5", "#6"), 2, 2, 7, 4));
        assertThat(PageQuery.of(2, 2).toPageable(Sort.by("id"))).isEqualTo(PageRequest.of(2, 2, Sort.by("id")));
    }
}
