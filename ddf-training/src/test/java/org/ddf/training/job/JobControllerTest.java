package org.ddf.training.job;

import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.LinkedHashMap;
import java.util.Map;

import org.ddf.training.TrainingTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;

class JobControllerTest extends TrainingTest {

    @Autowired
    MockMvc mvc;

    private static final String GENERATE = "{\"kind\":\"generate\",\"params\":{\"count\":3}}";

    @Test
    void submitIs202WithLocationAndTheSameKeyGivesTheSameJob() throws Exception {
        String location = mvc.perform(post("/api/v1/jobs").header("Idempotency-Key", "job-ctl-1")
                        .contentType(MediaType.APPLICATION_JSON).content(GENERATE))
                .andExpect(status().isAccepted())
                .andExpect(header().exists("Location"))
                .andExpect(jsonPath("$.status").value("QUEUED"))
                .andReturn().getResponse().getHeader("Location");
        mvc.perform(post("/api/v1/jobs").header("Idempotency-Key", "job-ctl-1").contentType(MediaType.APPLICATION_JSON)
                        .content(GENERATE))
                .andExpect(status().isOk()).andExpect(header().string("Location", location));
        mvc.perform(post("/api/v1/jobs").header("Idempotency-Key", "job-ctl-1").contentType(MediaType.APPLICATION_JSON)
                        .content("{\"kind\":\"generate\",\"params\":{\"count\":4}}"))
                .andExpect(status().isConflict())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON));
        mvc.perform(post(location + "/cancel")).andExpect(status().isOk()).andExpect(jsonPath("$.status").value("CANCELLED"));
        mvc.perform(get(location + "/events")).andExpect(status().isOk()).andExpect(jsonPath("$.length()").value(0));
    }

    @Test
    void badRequestsAreProblemsNamingTheField() throws Exception {
        mvc.perform(post("/api/v1/jobs").contentType(MediaType.APPLICATION_JSON).content("{\"kind\":\"mine-bitcoin\"}"))
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$.field").value("kind"))
                .andExpect(jsonPath("$.knownKinds").isArray());
        mvc.perform(post("/api/v1/jobs").contentType(MediaType.APPLICATION_JSON).content("{\"kind\": "))
                .andExpect(status().isBadRequest())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON));
        mvc.perform(post("/api/v1/jobs").contentType(MediaType.TEXT_PLAIN).content(GENERATE))
                .andExpect(status().isUnsupportedMediaType());
        mvc.perform(post("/api/v1/jobs").contentType(MediaType.APPLICATION_JSON).content("{\"params\":{}}"))
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$.errors[0].field").value("kind"));
        // train-ddf parameters: each body names the field it gets wrong
        Map<String, String> badParams = new LinkedHashMap<>();
        badParams.put("{\"epochs\":5}", "datasetId");
        badParams.put("{\"datasetId\":1,\"epoch\":5}", "params.epoch");
        badParams.put("{\"datasetId\":1,\"profile\":\"fast\"}", "profile");
        badParams.put("{\"datasetId\":1,\"epochs\":0}", "epochs");
        badParams.put("{\"datasetId\":1,\"anomalyPercentile\":101}", "anomalyPercentile");
        badParams.put("{\"datasetId\":1,\"anomalyThresholdFactor\":0.5}", "anomalyThresholdFactor");
        badParams.put("{\"datasetId\":1,\"minClusterShare\":1.5}", "minClusterShare");
        badParams.put("{\"datasetId\":1,\"newPattern\":{\"outlierFactor\":0.5}}", "newPattern.outlierFactor");
        badParams.put("{\"datasetId\":1,\"scoreFeatures\":\"latent\",\"newPattern\":{\"oneSided\":true}}",
                "newPattern.oneSided");
        badParams.put("{\"datasetId\":1,\"newPattern\":{\"oneSided\":false,\"join\":true}}", "newPattern.join");
        badParams.put("{\"datasetId\":1,\"newPattern\":{\"join\":false,\"joinMargin\":2}}", "newPattern.joinMargin");
        badParams.put("{\"datasetId\":1,\"newPattern\":{\"joinMargin\":-1}}", "newPattern.joinMargin");
        badParams.put("{\"datasetId\":1,\"profile\":\"faithful\",\"newPattern\":{\"joinMargin\":2}}", "newPattern.join");
        for (Map.Entry<String, String> bad : badParams.entrySet()) {
            mvc.perform(post("/api/v1/jobs").contentType(MediaType.APPLICATION_JSON)
                            .content("{\"kind\":\"train-ddf\",\"params\":" + bad.getKey() + "}"))
                    .andExpect(status().isBadRequest())
                    .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                    .andExpect(jsonPath("$.field").value(bad.getValue()));
        }
        mvc.perform(get("/api/v1/jobs/987654321")).andExpect(status().isNotFound());
        mvc.perform(get("/api/v1/jobs?size=0")).andExpect(status().isBadRequest());
        mvc.perform(get("/api/v1/jobs?status=DANCING")).andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.field").value("status"));
    }

    @Test
    void bodyOverTheRequestLimitIs413() throws Exception {
        String huge = "{\"kind\":\"generate\",\"params\":{\"pad\":\"" + "x".repeat(70 * 1024) + "\"}}";
        mvc.perform(post("/api/v1/jobs").contentType(MediaType.APPLICATION_JSON).content(huge))
                .andExpect(status().isPayloadTooLarge())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON));
    }
}
