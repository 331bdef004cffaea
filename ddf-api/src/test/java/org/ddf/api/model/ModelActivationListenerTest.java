package org.ddf.api.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.time.Duration;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import org.ddf.api.StoreTestApplication.ActivationRecorder;
import org.ddf.api.testsupport.PostgresTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;
import tools.jackson.databind.json.JsonMapper;

@SpringBootTest
class ModelActivationListenerTest extends PostgresTest {

    @Autowired
    ModelRegistry registry;
    @Autowired
    ModelActivationListener listener;
    @Autowired
    ActivationRecorder recorder;
    @Autowired
    JsonMapper mapper;
    @Autowired
    JdbcClient jdbc;

    @BeforeEach
    void listening() {
        await().atMost(Duration.ofSeconds(10)).until(listener::isListening);
        recorder.events().clear();
    }

    @Test
    void activationReachesTheListener() throws Exception {
        String kind = "n-" + UUID.randomUUID().toString().substring(0, 8);
        Model model = register(kind);

        registry.activate(model.id());

        assertThat(next(kind)).isEqualTo(new ModelActivatedEvent(kind, model.id()));
    }

    @Test
    void listenerReconnectsAndRepublishesTheActiveModels() throws Exception {
        String kind = "n-" + UUID.randomUUID().toString().substring(0, 8);
        Model first = registry.activate(register(kind).id());
        assertThat(next(kind)).isEqualTo(new ModelActivatedEvent(kind, first.id()));

        int killed = jdbc.sql("select count(*) from (select pg_terminate_backend(pid) from pg_stat_activity "
                + "where application_name = 'ddf-model-listener') t").query(Integer.class).single();
        assertThat(killed).isPositive();

        // activations missed while disconnected are made up for by republishing every active model
        assertThat(next(kind)).isEqualTo(new ModelActivatedEvent(kind, first.id()));
        await().atMost(Duration.ofSeconds(10)).until(listener::isListening);
        Model second = registry.activate(register(kind).id());
        assertThat(next(kind)).isEqualTo(new ModelActivatedEvent(kind, second.id()));
    }

    /** The next event of this test's kind; other tests' activations are skipped. */
    private ModelActivatedEvent next(String kind) throws InterruptedException {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(10);
        while (System.nanoTime() < deadline) {
            ModelActivatedEvent event = recorder.events().poll(100, TimeUnit.MILLISECONDS);
            if (event != null && event.kind().equals(kind)) {
                return event;
            }
        }
        return null;
    }

    private Model register(String kind) throws IOException {
        return registry.register(new NewModel(kind, null, mapper.readTree("{}"), mapper.readTree("{}"), mapper.readTree("{}")),
                new ByteArrayInputStream(new byte[4]));
    }
}
