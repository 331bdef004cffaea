package org.ddf.api;

import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import org.ddf.api.model.ModelActivatedEvent;
import org.springframework.boot.SpringBootConfiguration;
import org.springframework.boot.autoconfigure.EnableAutoConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import org.springframework.context.event.EventListener;

/** A service as small as possible: auto-configuration plus ddf-api, as the three services use it. */
@SpringBootConfiguration
@EnableAutoConfiguration
@Import(StoreConfiguration.class)
public class StoreTestApplication {

    /** Collects the model activations the context hears, for the listener test. */
    public static final class ActivationRecorder {

        private final BlockingQueue<ModelActivatedEvent> events = new LinkedBlockingQueue<>();

        @EventListener
        void on(ModelActivatedEvent event) {
            events.add(event);
        }

        /** Returns the events heard and not yet taken. */
        public BlockingQueue<ModelActivatedEvent> events() {
            return events;
        }
    }

    @Bean
    ActivationRecorder activationRecorder() {
        return new ActivationRecorder();
    }
}
