package org.ddf.training;

import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

class OpenApiTest extends TrainingTest {

    @Autowired
    MockMvc mvc;

    @Test
    void documentsEveryEndpointAndServesSwaggerUi() throws Exception {
        mvc.perform(get("/v3/api-docs")).andExpect(status().isOk())
                .andExpect(jsonPath("$.info.title").value("DynamicDeepFlow platform: ddf-training"))
                .andExpect(jsonPath("$.paths['/api/v1/datasets'].post.summary").value("Upload a data set"))
                .andExpect(jsonPath("$.paths['/api/v1/jobs'].post").exists())
                .andExpect(jsonPath("$.paths['/api/v1/jobs/{id}/cancel'].post").exists())
                .andExpect(jsonPath("$.paths['/api/v1/models/{id}/activate'].post").exists());
        mvc.perform(get("/swagger-ui/index.html")).andExpect(status().isOk());
        mvc.perform(get("/actuator/health/readiness")).andExpect(status().isOk());
    }
}
