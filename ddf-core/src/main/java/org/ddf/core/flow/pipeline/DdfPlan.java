package org.ddf.core.flow.pipeline;

import java.time.Instant;

/**
 * Which windows a training run uses: it trains the VAE on windows starting in [trainFrom, trainTo) and fits the
 * reference clusters and the anomaly threshold on windows starting in [referenceFrom, referenceTo).
 *
 * @param trainFrom first instant of the training range
 * @param trainTo end of the training range, exclusive
 * @param referenceFrom first instant of the reference range
 * @param referenceTo end of the reference range, exclusive
 */
public record DdfPlan(Instant trainFrom, Instant trainTo, Instant referenceFrom, Instant referenceTo) {

    /** Checks that both ranges are non-empty. */
    public DdfPlan {
        if (!trainFrom.isBefore(trainTo)) {
            throw new IllegalArgumentException("trainFrom must be before trainTo");
        }
        if (!referenceFrom.isBefore(referenceTo)) {
            throw new IllegalArgumentException("referenceFrom must be before referenceTo");
        }
    }

    /** Trains and fits the reference on the same range. */
    public static DdfPlan of(Instant from, Instant to) {
        return new DdfPlan(from, to, from, to);
    }

    boolean inTraining(Instant start) {
        return !start.isBefore(trainFrom) && start.isBefore(trainTo);
    }

    boolean inReference(Instant start) {
        return !start.isBefore(referenceFrom) && start.isBefore(referenceTo);
    }
}
