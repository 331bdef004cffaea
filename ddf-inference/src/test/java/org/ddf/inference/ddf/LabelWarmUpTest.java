package org.ddf.inference.ddf;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.ServerSocket;
import java.time.Duration;
import org.awaitility.Awaitility;
import org.ddf.api.model.ModelRegistry;
import org.ddf.api.testsupport.PostgresTest;
import org.ddf.inference.InferenceApplication;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.health.actuate.endpoint.HealthEndpointGroups;
import org.springframework.boot.health.contributor.Health;
import org.springframework.boot.health.contributor.Status;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.mock.env.MockEnvironment;
import tools.jackson.databind.json.JsonMapper;

/**
 * The warm-up against this test's real server: readiness is down while it runs, it sends the requests it was asked
 * for and all are answered, and a failure or the time limit ends it with the service ready.
 */
@SpringBootTest(classes = InferenceApplication.class, webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@AutoConfigureMockMvc // unused here, but it keeps the configuration of DdfLabelControllerTest: one cached context
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class LabelWarmUpTest extends PostgresTest {

    @Autowired
    ModelRegistry registry;
    @Autowired
    JsonMapper json;
    @Autowired
    ActiveDdfModel active;
    @Autowired
    HealthEndpointGroups healthGroups;
    @Autowired
    DdfInferenceProperties served;
    @LocalServerPort
    int port;

    @BeforeAll
    void activate() throws Exception {
        TrainedTestModel.activate(registry, json, active);
    }

    @Test
    void theReadinessProbeWaitsForTheWarmUp() {
        assertThat(healthGroups.get("readiness").isMember("warmUp")).isTrue();
        assertThat(healthGroups.get("liveness").isMember("warmUp")).isFalse();
    }

    @Test
    void holdsReadinessDownUntilEveryRequestIsAnswered() {
        LabelWarmUp warmUp = warmUp(250, Duration.ofMinutes(2), port);
        assertThat(warmUp.health().getStatus()).isEqualTo(Status.UP); // no model served yet: nothing to wait for

        warmUp.onServed(new DdfModelServed(active.current().orElseThrow()));
        assertThat(warmUp.health().getStatus()).isEqualTo(Status.OUT_OF_SERVICE);

        Health done = awaitEnd(warmUp);
        assertThat(done.getStatus()).isEqualTo(Status.UP);
        assertThat(done.getDetails()).containsEntry("phase", "done").containsEntry("requests", 250)
                .doesNotContainKey("detail");

        warmUp.onServed(new DdfModelServed(active.current().orElseThrow()));
        assertThat(warmUp.health().getDetails()).containsEntry("requests", 250); // once per process
    }

    @Test
    void aFailedRequestEndsItAndTheServiceIsReady() throws Exception {
        int closedPort;
        try (ServerSocket socket = new ServerSocket(0)) {
            closedPort = socket.getLocalPort();
        }
        LabelWarmUp warmUp = warmUp(50, Duration.ofMinutes(1), closedPort);
        warmUp.onServed(new DdfModelServed(active.current().orElseThrow()));

        Health stopped = awaitEnd(warmUp);
        assertThat(stopped.getStatus()).isEqualTo(Status.UP);
        assertThat(stopped.getDetails()).containsEntry("phase", "stopped").containsEntry("requests", 0);
        assertThat((String) stopped.getDetails().get("detail")).startsWith("request 1 failed");
    }

    @Test
    void theTimeLimitEndsIt() {
        LabelWarmUp warmUp = warmUp(1_000_000, Duration.ofMillis(300), port);
        warmUp.onServed(new DdfModelServed(active.current().orElseThrow()));

        Health done = awaitEnd(warmUp);
        assertThat(done.getStatus()).isEqualTo(Status.UP);
        assertThat(done.getDetails()).containsEntry("phase", "done")
                .containsEntry("detail", "stopped at the time limit PT0.3S");
        assertThat((int) done.getDetails().get("requests")).isLessThan(1_000_000);
    }

    @Test
    void offWithNoRequests() {
        LabelWarmUp warmUp = warmUp(0, Duration.ofMinutes(1), port);
        warmUp.onServed(new DdfModelServed(active.current().orElseThrow()));
        assertThat(warmUp.health().getStatus()).isEqualTo(Status.UP);
        assertThat(warmUp.health().getDetails()).containsEntry("detail", "off").containsEntry("requests", 0);
    }

    private LabelWarmUp warmUp(int requests, Duration limit, int serverPort) {
        // the service's own limits: the warm-up's batches must fit them
        var properties = new DdfInferenceProperties(served.maxWindows(), served.maxLinks(), served.maxBatch(),
                served.modelThreads(), served.maxDelay(), served.queueCapacity(), served.timeout(), requests, limit);
        return new LabelWarmUp(properties, json, new MockEnvironment().withProperty("local.server.port",
                String.valueOf(serverPort)));
    }

    private static Health awaitEnd(LabelWarmUp warmUp) {
        Awaitility.await().atMost(Duration.ofMinutes(2)).until(() -> !warmUp.health().getStatus().equals(Status.OUT_OF_SERVICE));
        return warmUp.health();
    }
}
