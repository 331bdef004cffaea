package org.ddf.api.job;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import org.ddf.api.testsupport.PostgresTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** A service whose worker is on: handler beans are found, validated at submission and run by the worker bean. */
@SpringBootTest(properties = {"ddf.worker.enabled=true", "ddf.worker.poll-interval=100ms", "ddf.worker.id=wired"})
class JobWorkerWiringTest extends PostgresTest {

    @TestConfiguration
    static class Handlers {

        /** Doubles {@code n}; fills in {@code n = 1} at submission when it is missing. */
        @Bean
        JobHandler doubling(JsonMapper mapper) {
            return new JobHandler() {
                @Override
                public String kind() {
                    return "test-wired";
                }

                @Override
                public JsonNode validate(JsonNode params) {
                    return params.has("n") ? params : mapper.readTree("{\"n\": 1}");
                }

                @Override
                public void run(JobContext context) {
                    context.setResult(mapper.readTree("{\"doubled\": " + 2 * context.params().get("n").asInt() + "}"));
                }
            };
        }
    }

    @Autowired
    JobQueue queue;
    @Autowired
    JobLookup lookup;
    @Autowired
    JobKinds kinds;
    @Autowired
    JobWorker worker;
    @Autowired
    JsonMapper mapper;

    @Test
    void workerBeanRunsTheHandlerBeansOfTheService() {
        long explicit = queue.submit("test-wired", mapper.readTree("{\"n\": 21}"), null).job().id();
        Job defaulted = queue.submit("test-wired", mapper.readTree("{}"), null).job();

        await().atMost(Duration.ofSeconds(20)).until(() -> lookup.get(explicit).status().finished()
                && lookup.get(defaulted.id()).status().finished());

        assertThat(defaulted.params().get("n").asInt()).isEqualTo(1);
        assertThat(lookup.get(explicit).result().get("doubled").asInt()).isEqualTo(42);
        assertThat(lookup.get(defaulted.id()).result().get("doubled").asInt()).isEqualTo(2);
        assertThat(lookup.get(explicit).leaseOwner()).isEqualTo("wired/0");
        assertThat(worker.isRunning()).isTrue();
        assertThat(kinds.runnable()).containsExactly("test-wired");
        assertThat(kinds.known()).contains("test-wired", "train-ddf", "label-ddf");
    }
}
