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

    /** DJL's setting for libtorch's intra-op threads, read once when the engine loads. */
    static final String INTRA_OP_THREADS = "ai.djl.pytorch.num_threads";

    /**
     * Starts the service. Unless {@code -Dai.djl.pytorch.num_threads} says otherwise, the model thread runs libtorch on
     * one intra-op thread: the other core then parses and answers requests instead of competing with libtorch's
     * spinning second thread, which cut the single-window p99 from 17.7 to 12.9–15.5 ms for a fifth less batch
     * throughput (docs/benchmarks.md).
     */
    public static void main(String[] args) {
        if (System.getProperty(INTRA_OP_THREADS) == null) {
            System.setProperty(INTRA_OP_THREADS, "1");
        }
        SpringApplication.run(InferenceApplication.class, args);
    }
}
