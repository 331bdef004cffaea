package org.ddf.api.testsupport;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.io.UncheckedIOException;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.testcontainers.DockerClientFactory;
import org.testcontainers.postgresql.PostgreSQLContainer;

/**
 * One PostgreSQL for all tests of a JVM: {@code DDF_TEST_DB_URL} (with {@code DDF_TEST_DB_USER},
 * {@code DDF_TEST_DB_PASSWORD}, default {@code postgres}) when set; else a Testcontainers {@code postgres:17-alpine}
 * where Docker is available; else an embedded zonky PostgreSQL in a fresh temporary directory. Tests share the
 * database, so each uses its own job kinds, keys or rows.
 */
public final class TestDatabase {

    /**
     * How to connect.
     *
     * @param url JDBC URL
     * @param user user name
     * @param password password
     * @param source {@code external}, {@code testcontainers} or {@code zonky}
     */
    public record Connection(String url, String user, String password, String source) {
    }

    private static Connection connection;

    private TestDatabase() {
    }

    /** Returns the database, starting it on the first call. */
    public static synchronized Connection get() {
        if (connection == null) {
            connection = start();
        }
        return connection;
    }

    /**
     * Points a Spring test context at the database; call it from a {@code @DynamicPropertySource} method (or
     * extend {@link PostgresTest}).
     *
     * @param registry the test's property registry
     */
    public static void register(DynamicPropertyRegistry registry) {
        Connection c = get();
        registry.add("spring.datasource.url", c::url);
        registry.add("spring.datasource.username", c::user);
        registry.add("spring.datasource.password", c::password);
    }

    private static Connection start() {
        String url = System.getenv("DDF_TEST_DB_URL");
        if (url != null && !url.isBlank()) {
            return new Connection(url, env("DDF_TEST_DB_USER"), env("DDF_TEST_DB_PASSWORD"), "external");
        }
        if (DockerClientFactory.instance().isDockerAvailable()) {
            PostgreSQLContainer container = new PostgreSQLContainer("postgres:17-alpine");
            container.start(); // Testcontainers' reaper removes it when the JVM exits
            return new Connection(container.getJdbcUrl(), container.getUsername(), container.getPassword(), "testcontainers");
        }
        try {
            EmbeddedPostgres postgres = EmbeddedPostgres.builder().start();
            Runtime.getRuntime().addShutdownHook(new Thread(() -> {
                try {
                    postgres.close();
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            }));
            return new Connection(postgres.getJdbcUrl("postgres", "postgres"), "postgres", "postgres", "zonky");
        } catch (IOException e) {
            throw new UncheckedIOException("cannot start an embedded PostgreSQL for the tests", e);
        }
    }

    private static String env(String name) {
        String value = System.getenv(name);
        return value == null || value.isBlank() ? "postgres" : value;
    }
}
