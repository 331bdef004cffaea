package org.ddf.api.db;

import static org.assertj.core.api.Assertions.assertThat;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.ddf.api.StoreTestApplication;
import org.ddf.api.dataset.Dataset;
import org.ddf.api.dataset.DatasetKind;
import org.ddf.api.dataset.DatasetStore;
import org.ddf.api.dataset.NewDataset;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import tools.jackson.databind.json.JsonMapper;

/** A service without {@code spring.datasource.url} runs on its own embedded PostgreSQL, whose data survives restarts. */
class EmbeddedPostgresConfigurationTest {

    @TempDir
    Path dataDir;

    @Test
    void dataSurvivesARestartOnTheSameDirectory() throws IOException {
        Dataset written;
        try (ConfigurableApplicationContext first = start()) {
            assertThat(first.getBeansOfType(EmbeddedPostgres.class)).hasSize(1);
            JsonMapper mapper = first.getBean(JsonMapper.class);
            written = first.getBean(DatasetStore.class).create(
                    new NewDataset(DatasetKind.TRACES, "kept", "csv", mapper.readTree("{\"rows\": 1}")),
                    new ByteArrayInputStream("class,x\n1,0.5\n".getBytes(StandardCharsets.UTF_8)));
        }
        assertThat(dataDir.resolve("PG_VERSION")).exists();

        try (ConfigurableApplicationContext second = start()) {
            DatasetStore store = second.getBean(DatasetStore.class);
            assertThat(store.get(written.id())).isEqualTo(written);
            try (InputStream in = store.open(written.id())) {
                assertThat(new String(in.readAllBytes(), StandardCharsets.UTF_8)).isEqualTo("class,x\n1,0.5\n");
            }
        }
    }

    private ConfigurableApplicationContext start() throws IOException {
        Files.createDirectories(dataDir);
        return new SpringApplicationBuilder(StoreTestApplication.class)
                .web(WebApplicationType.NONE)
                // an empty URL, as a service maps an unset DDF_DB_URL, selects the embedded server
                .properties("spring.datasource.url=", "ddf.db.embedded.dir=" + dataDir, "ddf.models.listen=false")
                .run();
    }
}
