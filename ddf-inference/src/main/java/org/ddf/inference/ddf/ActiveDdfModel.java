package org.ddf.inference.ddf;

import java.io.InputStream;
import java.util.Optional;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.ddf.api.model.Model;
import org.ddf.api.model.ModelActivatedEvent;
import org.ddf.api.model.ModelRegistry;
import org.ddf.core.flow.pipeline.DdfModel;
import org.ddf.core.flow.pipeline.DdfReference;
import org.ddf.core.flow.pipeline.DdfReferenceJson;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * Holds the active DDF model: loaded at start-up and again whenever a DDF model is activated (PostgreSQL NOTIFY),
 * without restart. A replaced model is closed after a grace period, so that requests still using it finish. Each
 * model it starts serving is announced as a {@link DdfModelServed} event.
 */
@Component
class ActiveDdfModel implements AutoCloseable {

    static final String KIND = "ddf";
    private static final Logger log = LoggerFactory.getLogger(ActiveDdfModel.class);
    private static final long GRACE_SECONDS = 60;

    private final ModelRegistry registry;
    private final ApplicationEventPublisher events;
    private final ScheduledExecutorService closer = Executors.newSingleThreadScheduledExecutor(r -> {
        Thread t = new Thread(r, "ddf-model-closer");
        t.setDaemon(true);
        return t;
    });
    private volatile ServedDdfModel current;

    ActiveDdfModel(ModelRegistry registry, ApplicationEventPublisher events) {
        this.registry = registry;
        this.events = events;
    }

    /** The model being served, if any is active. */
    Optional<ServedDdfModel> current() {
        return Optional.ofNullable(current);
    }

    @EventListener(ApplicationReadyEvent.class)
    void loadAtStart() {
        registry.active(KIND).ifPresent(this::load);
    }

    @EventListener
    void onActivated(ModelActivatedEvent event) {
        if (KIND.equals(event.kind()) && (current == null || current.id() != event.modelId())) {
            load(registry.get(event.modelId()));
        }
    }

    /** Loads a model and makes it the served one. */
    synchronized void load(Model model) {
        try (InputStream weights = registry.openWeights(model.id())) {
            DdfReference reference = DdfReferenceJson.read(model.reference());
            DdfModel loaded = DdfModel.load(reference, weights.readAllBytes());
            ServedDdfModel previous = current;
            current = new ServedDdfModel(model.id(), model.version(), loaded);
            log.info("serving DDF model {} v{} ({} links, k={})", model.id(), model.version(), reference.channels(),
                    reference.clusters().k());
            if (previous != null) {
                closer.schedule(() -> previous.model().close(), GRACE_SECONDS, TimeUnit.SECONDS);
            }
            events.publishEvent(new DdfModelServed(current));
        } catch (Exception e) {
            log.error("could not load DDF model {}; still serving the previous one", model.id(), e);
        }
    }

    @Override
    public void close() {
        closer.shutdownNow();
        ServedDdfModel last = current;
        current = null;
        if (last != null) {
            last.model().close();
        }
    }
}
