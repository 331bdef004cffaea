package org.ddf.inference;

import org.ddf.api.StoreConfiguration;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;
import org.springframework.context.annotation.Import;

/** The ddf-inference service. Serves the active models: DDF window labels and LSTM next-packet predictions. */
@SpringBootApplication
@Import(StoreConfiguration.class)
@ConfigurationPropertiesScan
public class InferenceApplication {

    /** Starts the service. */
    public static void main(String[] args) {
        SpringApplication.run(InferenceApplication.class, args);
    }
}
