package org.ddf.inference.ddf;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Limits and batching of the DDF label endpoint ({@code ddf.inference.*}).
 *
 * @param maxWindows most windows one request may hold
 * @param maxLinks most links (channels) one request may hold
 * @param maxBatch most windows the model thread encodes in one call
 * @param modelThreads how many model threads take batches from the queue (default: one per available processor;
 *                     each runs libtorch on one intra-op thread, docs/benchmarks.md)
 * @param maxDelay longest wait for more requests before a batch runs (0: none; requests that arrive while the
 *                 model is busy are merged anyway)
 * @param queueCapacity most requests waiting for the model thread; more get 503
 * @param timeout longest wait of a request for its result
 * @param warmUpRequests synthetic label requests the service sends itself when it first serves a model, before it
 *                       reports ready (0: none; {@link LabelWarmUp})
 * @param warmUpLimit longest the warm-up may hold readiness down; it stops there
 */
@ConfigurationProperties("ddf.inference")
record DdfInferenceProperties(Integer maxWindows, Integer maxLinks, Integer maxBatch, Integer modelThreads,
                              Duration maxDelay, Integer queueCapacity, Duration timeout,
                              Integer warmUpRequests, Duration warmUpLimit) {

    DdfInferenceProperties {
        maxWindows = maxWindows == null ? 256 : maxWindows;
        maxLinks = maxLinks == null ? 1024 : maxLinks;
        maxBatch = maxBatch == null ? 64 : maxBatch;
        modelThreads = modelThreads == null ? Runtime.getRuntime().availableProcessors() : modelThreads;
        maxDelay = maxDelay == null ? Duration.ZERO : maxDelay;
        queueCapacity = queueCapacity == null ? 512 : queueCapacity;
        timeout = timeout == null ? Duration.ofSeconds(30) : timeout;
        warmUpRequests = warmUpRequests == null ? 3000 : warmUpRequests;
        warmUpLimit = warmUpLimit == null ? Duration.ofSeconds(60) : warmUpLimit;
        if (warmUpRequests < 0) {
            throw new IllegalArgumentException("ddf.inference.warm-up-requests must be ≥ 0, got " + warmUpRequests);
        }
    }
}
