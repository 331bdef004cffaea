package org.ddf.core.flow.cluster;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/**
 * Reads and writes a {@link ClusterModel} as JSON with Jackson 3; reading re-runs the model's own checks. A model
 * stored before the covariance shrinkage and the time and outlier parameters of the new-pattern rule were part of
 * it is read with the defaults of {@link ClusteringOptions} for them, and one stored before small clusters were
 * set aside with none set aside; one stored before the threshold factor existed reads factor 1 (its threshold is
 * the percentile itself), and one without a join margin reads none, so models trained earlier keep loading with
 * the rule they were trained with.
 */
public final class ClusterModelJson {

    private static final JsonMapper MAPPER = JsonMapper.builder().build();

    private ClusterModelJson() {
    }

    /** The model as a JSON document. */
    public static String write(ClusterModel model) {
        return MAPPER.writeValueAsString(model);
    }

    /**
     * A model from a JSON document written by {@link #write} (or by an earlier version without the fields named in
     * the class comment).
     *
     * @throws tools.jackson.core.JacksonException when the document is not a valid model
     */
    public static ClusterModel read(String json) {
        JsonNode tree = MAPPER.readTree(json);
        if (tree instanceof ObjectNode object) {
            addMissingFields(object);
        }
        return MAPPER.treeToValue(tree, ClusterModel.class);
    }

    /**
     * Gives a stored model document written before the fields named in the class comment existed their defaults
     * (a current document is left as it is), for readers of documents that hold a model, such as a DDF reference.
     *
     * @param model a model's JSON object, changed in place
     */
    public static void addMissingFields(ObjectNode model) {
        if (!model.has("newPatternMinDays")) {
            ClusteringOptions defaults = ClusteringOptions.defaults();
            model.put("shrinkage", defaults.shrinkage());
            model.put("newPatternMinDays", defaults.newPatternMinDays());
            model.put("newPatternTimeRadiusDays", defaults.newPatternTimeRadiusDays());
            model.put("newPatternRadiusFactor", defaults.newPatternRadiusFactor());
            model.put("newPatternOutlierFactor", defaults.newPatternOutlierFactor());
        }
        if (!model.has("anomalyThresholdFactor")) {
            model.put("anomalyThresholdFactor", 1.0);
        }
        if (!model.has("setAsideSizes")) {
            model.putArray("setAsideSizes");
        }
    }
}
