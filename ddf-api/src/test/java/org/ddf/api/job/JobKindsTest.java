package org.ddf.api.job;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;

class JobKindsTest {

    @Test
    void knownKindsAreTheDeclaredOnesAndTheLocalHandlers() {
        JobKinds kinds = new JobKinds(List.of(handler("train-ddf"), handler("label-ddf")),
                new JobProperties(List.of("train-ddf", "generate"), 3));

        assertThat(kinds.known()).containsExactly("generate", "label-ddf", "train-ddf");
        assertThat(kinds.runnable()).containsExactly("label-ddf", "train-ddf");
        assertThat(kinds.handler("label-ddf")).isPresent();
        assertThat(kinds.handler("generate")).isEmpty();
        kinds.require("generate");
        assertThatThrownBy(() -> kinds.require("train-gan"))
                .isInstanceOfSatisfying(UnknownJobKindException.class,
                        e -> assertThat(e.knownKinds()).containsExactlyInAnyOrder("generate", "label-ddf", "train-ddf"));
        assertThatThrownBy(() -> kinds.require(null)).isInstanceOf(UnknownJobKindException.class);
    }

    @Test
    void twoHandlersOfOneKindAreRefused() {
        assertThatThrownBy(() -> new JobKinds(List.of(handler("generate"), handler("generate")), new JobProperties(List.of(), 3)))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("two handlers for job kind 'generate'");
    }

    @Test
    void settingsAreChecked() {
        assertThatThrownBy(() -> new JobProperties(List.of(), 0)).hasMessageContaining("max-attempts");
        assertThatThrownBy(() -> new WorkerProperties(true, 0, Duration.ofSeconds(60),
                Duration.ofSeconds(1), Duration.ofSeconds(10), "")).hasMessageContaining("concurrency");
    }

    private static JobHandler handler(String kind) {
        return new JobHandler() {
            @Override
            public String kind() {
                return kind;
            }

            @Override
            public void run(JobContext context) {
                // a handler that only declares its kind
            }
        };
    }
}
