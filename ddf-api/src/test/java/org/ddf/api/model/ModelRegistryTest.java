package org.ddf.api.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.ddf.api.job.JobQueue;
import org.ddf.api.testsupport.PostgresTest;
import org.ddf.api.web.InvalidRequestException;
import org.ddf.api.web.NotFoundException;
import org.ddf.api.web.PageQuery;
import org.ddf.api.web.PageView;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

@SpringBootTest
class ModelRegistryTest extends PostgresTest {

    @Autowired
    ModelRegistry registry;
    @Autowired
    JobQueue queue;
    @Autowired
    JsonMapper mapper;
    @Autowired
    JdbcClient jdbc;

    @Test
    void versionsCountPerKind() throws IOException {
        String kind = uniqueKind();
        String other = uniqueKind();

        Model v1 = register(kind, null, new byte[10]);
        Model v2 = register(kind, null, new byte[10]);
        Model otherV1 = register(other, null, new byte[10]);

        assertThat(v1.version()).isEqualTo(1);
        assertThat(v2.version()).isEqualTo(2);
        assertThat(otherV1.version()).isEqualTo(1);
        assertThat(v1.status()).isEqualTo(ModelStatus.CANDIDATE);
        assertThat(v1.activatedAt()).isNull();
    }

    @Test
    void registrationKeepsJsonAndWeights() throws IOException {
        byte[] weights = new byte[9000];
        new Random(11).nextBytes(weights);
        JsonNode reference = mapper.readTree("{\"centres\": [[0.1, 0.2], [0.3, 0.4]], \"threshold\": 2.5}");

        Model model = registry.register(new NewModel(uniqueKind(), null, mapper.readTree("{\"latent\": 8}"),
                mapper.readTree("{\"silhouette\": 0.61}"), reference), new ByteArrayInputStream(weights));

        Model read = registry.get(model.id());
        assertThat(read.config().get("latent").asInt()).isEqualTo(8);
        assertThat(read.metrics().get("silhouette").asDouble()).isEqualTo(0.61);
        assertThat(read.reference()).isEqualTo(reference);
        assertThat(read.weightsSizeBytes()).isEqualTo(weights.length);
        assertThat(read.weightsChecksum()).hasSize(64);
        try (InputStream in = registry.openWeights(model.id())) {
            assertThat(in.readAllBytes()).isEqualTo(weights);
        }
    }

    @Test
    void activationRetiresThePreviousActiveModel() throws IOException {
        String kind = uniqueKind();
        Model v1 = register(kind, null, new byte[1]);
        Model v2 = register(kind, null, new byte[1]);

        assertThat(registry.activate(v1.id()).status()).isEqualTo(ModelStatus.ACTIVE);
        assertThat(registry.active(kind)).map(Model::id).contains(v1.id());

        Model now = registry.activate(v2.id());

        assertThat(now.status()).isEqualTo(ModelStatus.ACTIVE);
        assertThat(now.activatedAt()).isNotNull();
        assertThat(registry.get(v1.id()).status()).isEqualTo(ModelStatus.RETIRED);
        assertThat(registry.active(kind)).map(Model::id).contains(v2.id());
        assertThat(activeCount(kind)).isEqualTo(1);
        // a retired model can come back
        registry.activate(v1.id());
        assertThat(registry.active(kind)).map(Model::id).contains(v1.id());
        assertThat(registry.get(v2.id()).status()).isEqualTo(ModelStatus.RETIRED);
    }

    @Test
    void concurrentActivationsLeaveOneActiveModel() throws Exception {
        String kind = uniqueKind();
        List<Long> ids = new ArrayList<>();
        for (int i = 0; i < 6; i++) {
            ids.add(register(kind, null, new byte[1]).id());
        }
        ExecutorService pool = Executors.newFixedThreadPool(6);
        try {
            List<Callable<Model>> calls = new ArrayList<>();
            ids.forEach(id -> calls.add(() -> registry.activate(id)));
            for (Future<Model> f : pool.invokeAll(calls)) {
                f.get();
            }
        } finally {
            pool.shutdown();
        }

        assertThat(activeCount(kind)).isEqualTo(1);
        assertThat(jdbc.sql("select count(*) from model where kind = ? and status = 'retired'").param(kind)
                .query(Integer.class).single()).isEqualTo(5);
    }

    @Test
    void databaseRefusesASecondActiveModelOfAKind() throws IOException {
        String kind = uniqueKind();
        registry.activate(register(kind, null, new byte[1]).id());
        long other = register(kind, null, new byte[1]).id();

        assertThatThrownBy(() -> jdbc.sql("update model set status = 'active' where id = ?").param(other).update())
                .hasMessageContaining("model_one_active_idx");
    }

    @Test
    void retiringTheActiveModelLeavesNone() throws IOException {
        String kind = uniqueKind();
        Model model = registry.activate(register(kind, null, new byte[1]).id());

        assertThat(registry.retire(model.id()).status()).isEqualTo(ModelStatus.RETIRED);
        assertThat(registry.active(kind)).isEmpty();
    }

    @Test
    void sameJobRegistersOnlyOnce() throws IOException {
        String kind = uniqueKind();
        long job = queue.submit("train-ddf", mapper.readTree("{}"), null).job().id();

        Model first = register(kind, job, new byte[]{1, 2, 3});
        Model again = register(kind, job, new byte[]{4, 5, 6, 7});

        assertThat(again.id()).isEqualTo(first.id());
        assertThat(again.sourceJobId()).isEqualTo(job);
        assertThat(again.weightsSizeBytes()).isEqualTo(3);
        assertThat(jdbc.sql("select count(*) from model where kind = ?").param(kind).query(Integer.class).single()).isEqualTo(1);
    }

    @Test
    void listFiltersByKindAndStatus() throws IOException {
        String kind = uniqueKind();
        Model v1 = register(kind, null, new byte[1]);
        Model v2 = register(kind, null, new byte[1]);
        Model v3 = register(kind, null, new byte[1]);
        registry.activate(v2.id());

        PageView<Model> all = registry.list(kind, null, PageQuery.of(0, 2));
        PageView<Model> candidates = registry.list(kind, ModelStatus.CANDIDATE, PageQuery.of(0, 10));

        assertThat(all.items()).extracting(Model::version).containsExactly(3, 2);
        assertThat(all.totalItems()).isEqualTo(3);
        assertThat(all.totalPages()).isEqualTo(2);
        assertThat(candidates.items()).extracting(Model::id).containsExactly(v3.id(), v1.id());
        assertThat(registry.list(kind, ModelStatus.ACTIVE, PageQuery.of(0, 10)).items()).extracting(Model::id)
                .containsExactly(v2.id());
    }

    @Test
    void badInputAndUnknownIdsAreTyped() {
        assertThatThrownBy(() -> new NewModel("DDF model", null, mapper.readTree("{}"), mapper.readTree("{}"), mapper.readTree("{}")))
                .isInstanceOfSatisfying(InvalidRequestException.class, e -> assertThat(e.field()).isEqualTo("kind"));
        assertThatThrownBy(() -> new NewModel("ddf", null, mapper.readTree("{}"), mapper.readTree("[]"), mapper.readTree("{}")))
                .isInstanceOfSatisfying(InvalidRequestException.class, e -> assertThat(e.field()).isEqualTo("metrics"));
        assertThatThrownBy(() -> ModelStatus.of("live"))
                .isInstanceOfSatisfying(InvalidRequestException.class, e -> assertThat(e.field()).isEqualTo("status"));
        assertThatThrownBy(() -> registry.activate(Long.MAX_VALUE)).isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> registry.openWeights(Long.MAX_VALUE)).isInstanceOf(NotFoundException.class);
        assertThat(registry.active("no-such-kind")).isEmpty();
    }

    private Model register(String kind, Long job, byte[] weights) throws IOException {
        return registry.register(new NewModel(kind, job, mapper.readTree("{}"), mapper.readTree("{}"), mapper.readTree("{}")),
                new ByteArrayInputStream(weights));
    }

    private int activeCount(String kind) {
        return jdbc.sql("select count(*) from model where kind = ? and status = 'active'").param(kind).query(Integer.class).single();
    }

    private static String uniqueKind() {
        return "m-" + UUID.randomUUID().toString().substring(0, 8);
    }
}
