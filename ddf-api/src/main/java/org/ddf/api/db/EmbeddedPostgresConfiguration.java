package org.ddf.api.db;

import com.zaxxer.hikari.HikariDataSource;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.condition.ConditionalOnExpression;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Starts an embedded PostgreSQL (zonky binaries, no installed server needed) when no
 * {@code spring.datasource.url} is set, so that a service runs with nothing but Java. The data lives in
 * {@code ddf.db.embedded.dir} (default {@code ~/.ddf/pg}) and survives restarts; {@code ddf.db.embedded.port}
 * (default 0 = a free port) lets a launcher fix the port so that other services connect to the same instance
 * through {@code spring.datasource.url}. {@code spring.datasource.hikari.*} settings apply to the pool.
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnExpression("'${spring.datasource.url:}'.isEmpty()")
public class EmbeddedPostgresConfiguration {

    private static final Logger LOG = LoggerFactory.getLogger(EmbeddedPostgresConfiguration.class);

    /**
     * Starts the server, creating its data directory on the first run. Closing the bean stops it.
     *
     * @param dir the data directory
     * @param port the port, 0 for any free one
     * @return the running server
     * @throws IOException when the server cannot start
     */
    @Bean(destroyMethod = "close")
    public EmbeddedPostgres embeddedPostgres(@Value("${ddf.db.embedded.dir:${user.home}/.ddf/pg}") Path dir,
                                             @Value("${ddf.db.embedded.port:0}") int port) throws IOException {
        Files.createDirectories(dir);
        EmbeddedPostgres.Builder builder = EmbeddedPostgres.builder().setDataDirectory(dir).setCleanDataDirectory(false);
        if (port != 0) {
            builder.setPort(port);
        }
        EmbeddedPostgres postgres = builder.start();
        LOG.info("Embedded PostgreSQL at {} with data in {}", postgres.getJdbcUrl("postgres", "postgres"), dir);
        return postgres;
    }

    /**
     * The connection pool on the embedded server (user and database {@code postgres}).
     *
     * @param postgres the running server
     * @return the pool; closed before the server stops
     */
    @Bean(destroyMethod = "close")
    @ConfigurationProperties("spring.datasource.hikari")
    public HikariDataSource dataSource(EmbeddedPostgres postgres) {
        HikariDataSource dataSource = new HikariDataSource();
        dataSource.setJdbcUrl(postgres.getJdbcUrl("postgres", "postgres"));
        dataSource.setUsername("postgres");
        dataSource.setPassword("postgres");
        return dataSource;
    }
}
