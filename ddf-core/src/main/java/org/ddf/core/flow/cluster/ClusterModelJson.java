package org.ddf.core.flow.cluster;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/**
 * Reads and writes a {@link ClusterModel} as JSON with Jackson 3; reading re-runs the model's own checks. A model
 * stored before the covariance shrinkage and the time and outlier parameters of the new-pattern rule were part of
 * it is read with the defaults of {@link ClusteringOptions} for them, so models trained earlier keep loading.
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
        if (tree instanceof ObjectNode object && !object.has("newPatternMinDays")) {
            ClusteringOptions defaults = ClusteringOptions.defaults();
            object.put("shrinkage", defaults.shrinkage());
            object.put("newPatternMinDays", defaults.newPatternMinDays());
            object.put("newPatternTimeRadiusDays", defaults.newPatternTimeRadiusDays());
            object.put("newPatternRadiusFactor", defaults.newPatternRadiusFactor());
            object.put("newPatternOutlierFactor", defaults.newPatternOutlierFactor());
        }
        return MAPPER.treeToValue(tree, ClusterModel.class);
    }
}
