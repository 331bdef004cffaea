package org.ddf.api.model;

import com.zaxxer.hikari.HikariDataSource;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.Properties;
import javax.sql.DataSource;
import org.postgresql.PGConnection;
import org.postgresql.PGNotification;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.SmartLifecycle;
import org.springframework.stereotype.Component;

/**
 * Hears model activations from every service: a connection of its own (outside the pool, which would hand it to
 * others) LISTENs on {@value ModelRegistry#CHANNEL}, a daemon thread polls it, and each notification becomes a
 * {@link ModelActivatedEvent}. When the connection drops it reconnects and, since activations may have been
 * missed meanwhile, publishes the active model of every kind again. Off with {@code ddf.models.listen=false}.
 */
@Component
@ConditionalOnProperty(name = "ddf.models.listen", havingValue = "true", matchIfMissing = true)
public class ModelActivationListener implements SmartLifecycle {

    private static final Logger LOG = LoggerFactory.getLogger(ModelActivationListener.class);
    private static final int POLL_MILLIS = 500;
    private static final Duration VALIDATE_EVERY = Duration.ofSeconds(30);

    private final HikariDataSource dataSource;
    private final ApplicationEventPublisher publisher;
    private final Duration reconnectDelay;
    private volatile boolean running;
    private volatile boolean listening;
    private Thread thread;

    /**
     * Creates the listener.
     *
     * @param dataSource the service's pool, whose URL and credentials the listener connects with
     * @param publisher publishes the events
     * @param reconnectDelay pause before reconnecting ({@code ddf.models.reconnect-delay}, default 1s)
     */
    public ModelActivationListener(DataSource dataSource, ApplicationEventPublisher publisher,
                                   @Value("${ddf.models.reconnect-delay:1s}") Duration reconnectDelay) {
        this.dataSource = hikari(dataSource);
        this.publisher = publisher;
        this.reconnectDelay = reconnectDelay;
    }

    @Override
    public synchronized void start() {
        running = true;
        thread = new Thread(this::listenUntilStopped, "ddf-model-listener");
        thread.setDaemon(true);
        thread.start();
    }

    @Override
    public synchronized void stop() {
        running = false;
        try {
            // the poll returns within POLL_MILLIS, then the loop sees running == false
            thread.join(POLL_MILLIS + reconnectDelay.toMillis() + 5000);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    @Override
    public boolean isRunning() {
        return running;
    }

    /** Returns whether the listener is connected and LISTENing now (for health checks and tests). */
    public boolean isListening() {
        return listening;
    }

    private void listenUntilStopped() {
        boolean reconnect = false;
        while (running) {
            try (Connection connection = connect()) {
                try (Statement statement = connection.createStatement()) {
                    statement.execute("LISTEN " + ModelRegistry.CHANNEL);
                }
                listening = true;
                if (reconnect) {
                    republishActive(connection);
                }
                reconnect = true;
                poll(connection);
            } catch (SQLException e) {
                if (running) {
                    LOG.warn("Model activation listener lost its connection ({}); reconnecting in {}", e.getMessage(), reconnectDelay);
                    sleep(reconnectDelay);
                }
            } finally {
                listening = false;
            }
        }
    }

    private void poll(Connection connection) throws SQLException {
        PGConnection pg = connection.unwrap(PGConnection.class);
        long validateAt = System.nanoTime() + VALIDATE_EVERY.toNanos();
        while (running) {
            PGNotification[] notifications = pg.getNotifications(POLL_MILLIS);
            if (notifications != null) {
                for (PGNotification n : notifications) {
                    publish(n.getParameter());
                }
            }
            // a silently dead TCP connection never errors in getNotifications; a round trip reveals it
            if (System.nanoTime() - validateAt > 0) {
                if (!connection.isValid(5)) {
                    throw new SQLException("connection no longer valid");
                }
                validateAt = System.nanoTime() + VALIDATE_EVERY.toNanos();
            }
        }
    }

    private void republishActive(Connection connection) throws SQLException {
        try (Statement statement = connection.createStatement();
             ResultSet rows = statement.executeQuery("select kind, id from model where status = 'active' order by kind")) {
            while (rows.next()) {
                publisher.publishEvent(new ModelActivatedEvent(rows.getString(1), rows.getLong(2)));
            }
        }
    }

    private void publish(String payload) {
        int colon = payload.lastIndexOf(':');
        try {
            publisher.publishEvent(new ModelActivatedEvent(payload.substring(0, colon),
                    Long.parseLong(payload.substring(colon + 1))));
        } catch (RuntimeException e) {
            // a malformed payload (from a foreign NOTIFY) or a failing event listener must not stop the listener
            LOG.warn("Model activation '{}' not handled", payload, e);
        }
    }

    private Connection connect() throws SQLException {
        Properties props = new Properties();
        if (dataSource.getUsername() != null) {
            props.setProperty("user", dataSource.getUsername());
        }
        if (dataSource.getPassword() != null) {
            props.setProperty("password", dataSource.getPassword());
        }
        props.setProperty("ApplicationName", "ddf-model-listener");
        Connection connection = DriverManager.getConnection(dataSource.getJdbcUrl(), props);
        connection.setAutoCommit(true);
        return connection;
    }

    private void sleep(Duration d) {
        try {
            Thread.sleep(d.toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            running = false;
        }
    }

    private static HikariDataSource hikari(DataSource dataSource) {
        try {
            return dataSource.unwrap(HikariDataSource.class);
        } catch (SQLException e) {
            throw new IllegalStateException("the model activation listener needs the Hikari pool's URL and credentials; "
                    + "set ddf.models.listen=false with another pool", e);
        }
    }
}
