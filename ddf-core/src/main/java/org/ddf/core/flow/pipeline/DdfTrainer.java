package org.ddf.core.flow.pipeline;

import java.util.List;
import java.util.Map;
import org.ddf.core.flow.FeatureBatch;
import org.ddf.core.flow.FeatureExtractor;
import org.ddf.core.flow.FittedFeatures;
import org.ddf.core.flow.LinkCounters;
import org.ddf.core.flow.TrafficWindow;
import org.ddf.core.flow.cluster.CentreAlignment;
import org.ddf.core.flow.cluster.ClusterModel;
import org.ddf.core.flow.cluster.ClusterModelBuilder;
import org.ddf.core.flow.cluster.LabelledWindows;
import org.ddf.core.flow.vae.TrainedVae;
import org.ddf.core.flow.vae.VaeTrainer;
import org.ddf.core.nn.TrainingListener;
import org.ddf.core.plot.Figures;
import org.ddf.core.plot.LabelledPoints;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Trains DDF end to end: windows, correlation features, the VAE, the reference clusters with their anomaly
 * threshold (aligned to a previous model's centres when given), and the figures.
 */
public final class DdfTrainer {

    /** Plot labels of windows as the original colours them: 0 = night, 1..7 = Monday..Sunday daytime. */
    public static final List<String> PLOT_LABELS = List.of("night", "Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun");

    private static final Logger log = LoggerFactory.getLogger(DdfTrainer.class);
    private static final int MIN_WINDOWS = 20;

    private DdfTrainer() {
    }

    /**
     * Runs one training.
     *
     * @param counters the data set (NaN allowed: filled per window as the spec says)
     * @param plan training and reference ranges
     * @param options every setting
     * @param previous the clusters of the model this one replaces, to keep labels stable; null for none
     * @param listener progress and cancellation
     * @return the model, its metrics and figures
     * @throws IllegalArgumentException when a range holds too few complete windows
     * @throws org.ddf.core.nn.TrainingDivergedException when the VAE's loss diverges
     */
    public static TrainedDdf train(LinkCounters counters, DdfPlan plan, DdfOptions options, ClusterModel previous,
                                   TrainingListener listener) {
        FeatureExtractor extractor = new FeatureExtractor(options.features());
        List<TrafficWindow> windows = extractor.windows(counters);
        List<TrafficWindow> train = windows.stream().filter(w -> plan.inTraining(w.start())).toList();
        List<TrafficWindow> reference = windows.stream().filter(w -> plan.inReference(w.start())).toList();
        require(train.size(), "trainFrom/trainTo");
        require(reference.size(), "referenceFrom/referenceTo");
        log.info("DDF training on {} windows, reference {} windows, {} links", train.size(), reference.size(),
                counters.channels());

        FittedFeatures fitted = extractor.fit(train);
        FeatureBatch referenceBatch = extractor.transform(reference, fitted.fillMeans());
        TrainedVae vae = VaeTrainer.train(fitted.batch(), options.vae(), listener);
        try {
            LinearResidual residual = options.scoreFeatures() != ScoreFeatures.LATENT_AND_LINEAR_RESIDUAL ? null
                    : LinearResidual.ofTraining(fitted.batch(), options.vae().seed());
            double[][] features = DdfModel.scoreFeatures(vae, options.scoreFeatures(), residual, referenceBatch.values(),
                    referenceBatch.size());
            ClusterModel clusters = ClusterModelBuilder.fit(features, options.clustering());
            if (previous != null && previous.dimension() == clusters.dimension()) {
                clusters = CentreAlignment.align(clusters, previous);
            }
            DdfModel model = new DdfModel(vae, DdfReference.of(counters.links(), options.features(),
                    fitted.fillMeans(), options.scoreFeatures(), clusters), residual);
            LabelledWindows labelled = model.label(features, referenceBatch.starts());
            DdfMetrics metrics = new DdfMetrics(train.size(), reference.size(), fitted.filledEntries(),
                    vae.history().trainLoss(), vae.history().heldOutLoss(), vae.history().keptEpoch(), clusters.k(), clusters.kReason(),
                    clusters.setAsideSizes(), clusters.inertiaMean(), clusters.inertiaStd(), clusters.silhouette(), clusters.threshold(),
                    labelled.anomalies(), labelled.newPatterns().size());
            log.info("DDF model: k={} ({}), threshold {}, {} reference anomalies", clusters.k(), clusters.kReason(),
                    clusters.threshold(), labelled.anomalies());
            return new TrainedDdf(model, metrics, figures(reference, features, options.scoreFeatures(), clusters, labelled));
        } catch (RuntimeException e) {
            vae.close();
            throw e;
        }
    }

    private static void require(int windows, String field) {
        if (windows < MIN_WINDOWS) {
            throw new IllegalArgumentException(field + " holds " + windows + " complete windows, at least "
                    + MIN_WINDOWS + " are needed");
        }
    }

    private static Map<String, byte[]> figures(List<TrafficWindow> windows, double[][] features,
                                              ScoreFeatures kind, ClusterModel clusters, LabelledWindows labelled) {
        int[] plotLabels = windows.stream().mapToInt(TrafficWindow::plotLabel).toArray();
        List<String> names = kind == ScoreFeatures.LATENT ? LabelledPoints.LATENT_FEATURES
                : List.of("mu1", "mu2", "logvar1", "logvar2", "log recon error");
        LabelledPoints points = new LabelledPoints(features, plotLabels, PLOT_LABELS, names);
        return Figures.ddf("reference", points, clusters, labelled);
    }
}
