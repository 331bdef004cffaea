package org.ddf.api.job;

import java.util.List;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Settings of the job queue ({@code ddf.jobs.*}).
 *
 * @param kinds the job kinds of the whole platform that this service accepts at submission (besides those it has
 *              handlers for)
 * @param maxAttempts claims allowed per job; a job whose lease expires on the last one fails
 */
@ConfigurationProperties("ddf.jobs")
public record JobProperties(
        @DefaultValue({"train-ddf", "train-lstm", "train-diffusion", "generate", "evaluate", "label-ddf"})
        List<String> kinds,
        @DefaultValue("3") int maxAttempts) {

    /** Checks the values. */
    public JobProperties {
        kinds = List.copyOf(kinds);
        if (maxAttempts < 1) {
            throw new IllegalArgumentException("ddf.jobs.max-attempts must be at least 1, was " + maxAttempts);
        }
    }
}
