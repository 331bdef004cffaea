package org.ddf.core.flow.cluster;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.stream.IntStream;
import org.ddf.core.InvalidInputException;
import org.junit.jupiter.api.Test;

/**
 * The time and outlier parts of {@link NewPatternDetector}'s rule on hand-made windows: a reference of three blobs
 * (Euclidean, unscaled, linking radius r ≈ 1.8), windows twelve hours apart as the simulator's are.
 */
class NewPatternRuleTest {

    private static final double[][] REFERENCE = Blobs.around(Blobs.THREE, 100, 0.5, 5);
    private static final Instant T0 = Instant.parse("2020-01-01T06:00:00Z");
    private static final Duration HALF_DAY = Duration.ofHours(12);

    /** A model with 5 as newPatternMinWindows and the other new-pattern parameters given. */
    private static ClusterModel model(int minDays, int timeRadiusDays, double radiusFactor, double outlierFactor) {
        return ClusterModelBuilder.fit(REFERENCE, ClusteringOptions.defaults()
                .withNewPatternRule(5, minDays, timeRadiusDays, radiusFactor, outlierFactor));
    }

    /** minDays 3, time radius 7 days, radius factor 1, outlier factor 3. */
    private static final ClusterModel RULE = model(3, 7, 1, 3);

    /** A regime: one window every twelve hours from {@code from}, scattered tightly around {@code centre}. */
    private static void regime(List<double[]> x, List<Instant> t, double[] centre, Instant from, int windows, long seed) {
        Random random = new Random(seed);
        for (int i = 0; i < windows; i++) {
            double[] p = centre.clone();
            for (int j = 0; j < p.length; j++) {
                p[j] += 0.2 * random.nextGaussian();
            }
            x.add(p);
            t.add(from.plus(HALF_DAY.multipliedBy(i)));
        }
    }

    /** 41 windows twelve hours apart (20 days) along a ridge in x, tight in the other features (error 0). */
    private static void ridge(List<double[]> x, List<Instant> t, long seed) {
        Random random = new Random(seed);
        for (int i = 0; i < 41; i++) {
            x.add(new double[] {20 + 0.25 * i, 20 + 0.05 * random.nextGaussian(), 0.05 * random.nextGaussian(), 0});
            t.add(T0.plus(HALF_DAY.multipliedBy(i)));
        }
    }

    private static LabelledWindows detect(ClusterModel model, List<double[]> x, List<Instant> t) {
        return new NewPatternDetector(model).detect(x.toArray(double[][]::new), t);
    }

    @Test
    void persistentGroupIsNewAndAnIsolatedFarEventIsNot() {
        List<double[]> x = new ArrayList<>();
        List<Instant> t = new ArrayList<>();
        regime(x, t, new double[] {20, 20, 0, 0}, T0, 40, 1);                 // 0..39: 20 days
        x.add(new double[] {-25, 0, 0, 0});                                      // 40: an event
        t.add(T0.plus(Duration.ofDays(10)));

        LabelledWindows result = detect(RULE, x, t);

        assertThat(result.newPatterns()).hasSize(1);
        assertThat(result.newPatterns().get(0).windows()).containsExactly(IntStream.range(0, 40).toArray());
        assertThat(result.windows().get(40).anomalous()).isTrue();
        assertThat(result.windows().get(40).newPattern()).isFalse();
    }

    @Test
    void burstOnFewerDaysThanMinDaysStaysAnomalous() {
        for (int days = 2; days <= 3; days++) {
            List<double[]> x = new ArrayList<>();
            List<Instant> t = new ArrayList<>();
            regime(x, t, new double[] {20, 20, 0, 0}, T0, 2 * days, 2);        // two windows a day for `days` days
            regime(x, t, new double[] {20, 20, 0, 0}, T0.plus(Duration.ofHours(1)), 2 * days, 3);

            LabelledWindows result = detect(RULE, x, t);

            assertThat(result.windows()).as("%d days", days).allMatch(WindowLabel::anomalous);
            assertThat(result.newPatterns()).as("%d days", days).hasSize(days >= 3 ? 1 : 0);
        }
        // Without starts the persistence in days cannot apply: the same burst on one day is a pattern.
        List<double[]> x = new ArrayList<>();
        List<Instant> t = new ArrayList<>();
        regime(x, t, new double[] {20, 20, 0, 0}, T0, 6, 4);
        assertThat(new NewPatternDetector(RULE).detect(x.toArray(double[][]::new)).newPatterns()).hasSize(1);
    }

    @Test
    void eventInsideTheLaterRegimesCloudJoinsItOnlyWithinTheTimeRadius() {
        Instant regimeStart = T0.plus(Duration.ofDays(30));
        for (Duration before : List.of(Duration.ofDays(7), Duration.ofDays(7).plusHours(1))) {
            List<double[]> x = new ArrayList<>();
            List<Instant> t = new ArrayList<>();
            x.add(new double[] {20, 20, 0, 0});                                  // 0: event at the regime's centre
            t.add(regimeStart.minus(before));
            regime(x, t, new double[] {20, 20, 0, 0}, regimeStart, 40, 5);      // 1..40

            LabelledWindows result = detect(RULE, x, t);

            assertThat(result.newPatterns()).hasSize(1);
            boolean joined = before.compareTo(Duration.ofDays(7)) <= 0;
            assertThat(result.windows().get(0).newPattern()).as("%s before", before).isEqualTo(joined);
            assertThat(result.windows().get(0).anomalous()).isTrue();
        }
    }

    @Test
    void driftWhoseWindowsRecurWithinTheTimeRadiusIsOnePattern() {
        List<double[]> x = new ArrayList<>();
        List<Instant> t = new ArrayList<>();
        Random random = new Random(9);
        for (int i = 0; i < 8; i++) {                                           // one window every 20 days
            x.add(new double[] {20 + 0.1 * random.nextGaussian(), 20, 0, 0});
            t.add(T0.plus(Duration.ofDays(20L * i)));
        }

        assertThat(detect(model(3, 21, 1, 3), x, t).newPatterns()).hasSize(1);
        assertThat(detect(model(3, 19, 1, 3), x, t).newPatterns()).isEmpty();
    }

    @Test
    void memberFarFromItsPatternsOwnDistributionIsTakenOutOfIt() {
        double r = RULE.groupRadius();
        List<double[]> x = new ArrayList<>();
        List<Instant> t = new ArrayList<>();
        ridge(x, t, 6);                                                         // 0..40
        x.add(new double[] {25, 20 + 0.9 * r, 0, 0});                           // 41: beside the ridge's middle
        t.add(T0.plus(HALF_DAY.multipliedBy(20)));

        LabelledWindows strict = detect(RULE, x, t);
        LabelledWindows loose = detect(model(3, 7, 1, 10), x, t);

        assertThat(strict.newPatterns()).hasSize(1);
        assertThat(strict.newPatterns().get(0).windows()).containsExactly(IntStream.range(0, 41).toArray());
        assertThat(strict.windows().get(41).anomalous()).isTrue();
        assertThat(strict.windows().get(41).newPattern()).as("outlier factor 3").isFalse();
        assertThat(loose.windows().get(41).newPattern()).as("outlier factor 10").isTrue();
    }

    @Test
    void withAnErrorFeatureOnlyAMemberAboveThePatternsErrorLeavesIt() {
        double r = RULE.groupRadius();
        List<double[]> x = new ArrayList<>();
        List<Instant> t = new ArrayList<>();
        ridge(x, t, 10);                                                        // 0..40, error 0
        x.add(new double[] {22.5, 20, 0, 0.5 * r});                             // 41: beside window 10, error higher
        x.add(new double[] {27.5, 20, 0, -0.5 * r});                            // 42: beside window 30, error lower
        t.add(T0.plus(HALF_DAY.multipliedBy(10)));
        t.add(T0.plus(HALF_DAY.multipliedBy(30)));
        ClusterModel oneSided = ClusterModelBuilder.fit(REFERENCE, ClusteringOptions.defaults()
                .withNewPatternRule(5, 3, 7, 1, 3).withNewPatternErrorFeature(3));

        LabelledWindows symmetric = detect(RULE, x, t);
        LabelledWindows result = detect(oneSided, x, t);

        assertThat(symmetric.windows().subList(41, 43)).as("symmetric: both leave")
                .allMatch(w -> w.anomalous() && !w.newPattern());
        assertThat(result.newPatterns()).hasSize(1);
        assertThat(result.windows().get(41).newPattern()).as("error above the pattern's: an event").isFalse();
        assertThat(result.windows().get(41).anomalous()).isTrue();
        assertThat(result.windows().get(42).newPattern()).as("error below the pattern's: a regime window").isTrue();
        assertThat(result.newPatterns().get(0).windows()).hasSize(42).doesNotContain(41);
    }

    @Test
    void withAJoinMarginAWindowAmongTheRegimesWindowsJoinsItUnlessItsErrorIsFarAbove() {
        List<double[]> x = new ArrayList<>();
        List<Instant> t = new ArrayList<>();
        regime(x, t, new double[] {20, 20, 0, 0}, T0, 40, 11);                // 0..39: errors sd 0.2
        x.add(new double[] {24, 20, 0, 0.1});                                   // 40: apart, error as the regime's
        x.add(new double[] {24, 20, 0, 1.5});                                   // 41: apart, error far above
        x.add(new double[] {24, 20, 0, 0.1});                                   // 42: as 40, after the regime
        x.add(Blobs.THREE[0].clone());                                          // 43: normal, between them
        t.add(T0.plus(HALF_DAY.multipliedBy(10)));
        t.add(T0.plus(HALF_DAY.multipliedBy(20)));
        t.add(T0.plus(Duration.ofDays(25)));
        t.add(T0.plus(Duration.ofDays(22)));
        ClusteringOptions oneSided = ClusteringOptions.defaults().withNewPatternRule(5, 3, 7, 1, 3)
                .withNewPatternErrorFeature(3);
        ClusterModel joining = ClusterModelBuilder.fit(REFERENCE, oneSided.withNewPatternJoinMargin(3.0));

        LabelledWindows before = detect(ClusterModelBuilder.fit(REFERENCE, oneSided), x, t);
        LabelledWindows result = detect(joining, x, t);
        LabelledWindows withoutTimes = new NewPatternDetector(joining).detect(x.toArray(double[][]::new));

        assertThat(before.windows().subList(40, 43)).as("no neighbours: never linked").noneMatch(WindowLabel::newPattern);
        assertThat(result.newPatterns()).hasSize(1);
        assertThat(result.windows().get(40).newPattern()).as("rebuilt as the regime is: part of it").isTrue();
        assertThat(result.windows().get(41).newPattern()).as("error 7.5 sd above: an event").isFalse();
        assertThat(result.windows().get(41).anomalous()).isTrue();
        assertThat(result.windows().get(42).newPattern()).as("its neighbour in time is normal").isFalse();
        assertThat(result.windows().get(43).anomalous()).isFalse();
        assertThat(result.newPatterns().get(0).windows()).hasSize(41).contains(40);
        assertThat(withoutTimes.windows().get(40).newPattern()).as("no time span without starts").isFalse();
    }

    @Test
    void errorFeatureMustBeOneOfTheFeatures() {
        assertThatThrownBy(() -> ClusterModelBuilder.fit(REFERENCE, ClusteringOptions.defaults()
                .withNewPatternErrorFeature(4))).isInstanceOf(InvalidInputException.class)
                .hasMessageContaining("options.newPatternErrorFeature").hasMessageContaining("4 features");
    }

    @Test
    void radiusFactorDecidesWhetherTwoNearbyRegimesAreOnePattern() {
        double r = RULE.groupRadius();
        List<double[]> x = new ArrayList<>();
        List<Instant> t = new ArrayList<>();
        regime(x, t, new double[] {20, 20, 0, 0}, T0, 40, 7);
        regime(x, t, new double[] {20 + 1.6 * r, 20, 0, 0}, T0, 40, 8);

        assertThat(detect(RULE, x, t).newPatterns()).hasSize(2);
        assertThat(detect(model(3, 7, 2.5, 3), x, t).newPatterns()).hasSize(1);
    }

    @Test
    void patternOfFewDistinctWindowsNeedsNoCovariance() {
        List<double[]> x = new ArrayList<>();
        List<Instant> t = new ArrayList<>();
        for (int i = 0; i < 20; i++) {                                          // two distinct windows, repeated
            x.add(new double[] {20 + i % 2 * 0.1, 20, 0, 0});
            t.add(T0.plus(HALF_DAY.multipliedBy(i)));
        }

        LabelledWindows result = detect(RULE, x, t);

        assertThat(result.newPatterns()).hasSize(1);
        assertThat(result.windows()).allMatch(WindowLabel::newPattern);
    }

    @Test
    void startsMustMatchTheWindows() {
        double[][] x = {{20, 20, 0, 0}, {20, 20, 0, 0}};

        assertThatThrownBy(() -> new NewPatternDetector(RULE).detect(x, List.of(T0)))
                .isInstanceOf(InvalidInputException.class).hasMessageContaining("starts");
    }
}
