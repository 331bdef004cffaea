package org.ddf.training;

import org.ddf.api.StoreConfiguration;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.context.annotation.Import;

/** The ddf-training service. Data sets, training jobs and their workers, and the model registry. */
@SpringBootApplication
@Import(StoreConfiguration.class)
public class TrainingApplication {

    /** Starts the service. */
    public static void main(String[] args) {
        SpringApplication.run(TrainingApplication.class, args);
    }
}
