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
     * Starts the service. Unless {@code -Dai.djl.pytorch.num_threads} says otherwise, libtorch runs on one intra-op
     * thread: each model thread then computes on its own core ({@code ddf.inference.model-threads}, one per
     * processor), and a lone request is not slowed by libtorch's spinning second thread. On two cores this gave
     * 1.6× the batch throughput of one model thread with two intra-op threads at the same single-window p99
     * (docs/benchmarks.md).
     */
    public static void main(String[] args) {
        if (System.getProperty(INTRA_OP_THREADS) == null) {
            System.setProperty(INTRA_OP_THREADS, "1");
        }
        SpringApplication.run(InferenceApplication.class, args);
    }
}
