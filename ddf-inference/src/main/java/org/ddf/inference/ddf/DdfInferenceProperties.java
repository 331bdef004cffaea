package org.ddf.inference.ddf;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Limits and batching of the DDF label endpoint ({@code ddf.inference.*}).
 *
 * @param maxWindows most windows one request may hold
 * @param maxLinks most links (channels) one request may hold
 * @param maxBatch most windows the model thread encodes in one call
 * @param maxDelay longest wait for more requests before a batch runs (0: none; requests that arrive while the
 *                 model is busy are merged anyway)
 * @param queueCapacity most requests waiting for the model thread; more get 503
 * @param timeout longest wait of a request for its result
 */
@ConfigurationProperties("ddf.inference")
record DdfInferenceProperties(Integer maxWindows, Integer maxLinks, Integer maxBatch, Duration maxDelay,
                              Integer queueCapacity, Duration timeout) {

    DdfInferenceProperties {
        maxWindows = maxWindows == null ? 256 : maxWindows;
        maxLinks = maxLinks == null ? 1024 : maxLinks;
        maxBatch = maxBatch == null ? 64 : maxBatch;
        maxDelay = maxDelay == null ? Duration.ZERO : maxDelay;
        queueCapacity = queueCapacity == null ? 512 : queueCapacity;
        timeout = timeout == null ? Duration.ofSeconds(30) : timeout;
    }
}
