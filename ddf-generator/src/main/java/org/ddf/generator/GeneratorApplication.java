package org.ddf.generator;

import org.ddf.api.StoreConfiguration;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.context.annotation.Import;

/** The ddf-generator service. Synthetic traffic from the active diffusion model, with fidelity and TSTR reports. */
@SpringBootApplication
@Import(StoreConfiguration.class)
public class GeneratorApplication {

    /** Starts the service. */
    public static void main(String[] args) {
        SpringApplication.run(GeneratorApplication.class, args);
    }
}
