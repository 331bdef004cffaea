package org.ddf.training.model;

import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.io.ByteArrayInputStream;
import org.ddf.api.model.Model;
import org.ddf.api.model.ModelRegistry;
import org.ddf.api.model.NewModel;
import org.ddf.training.TrainingTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import tools.jackson.databind.node.JsonNodeFactory;

class ModelControllerTest extends TrainingTest {

    @Autowired
    MockMvc mvc;
    @Autowired
    ModelRegistry registry;

    @Test
    void activatesRetiresAndStreamsWeights() throws Exception {
        var empty = JsonNodeFactory.instance.objectNode();
        Model a = registry.register(new NewModel("test-kind", null, empty, empty, empty), new ByteArrayInputStream(new byte[] {1, 2, 3}));
        Model b = registry.register(new NewModel("test-kind", null, empty, empty, empty), new ByteArrayInputStream(new byte[] {4}));
        mvc.perform(post("/api/v1/models/" + a.id() + "/activate")).andExpect(status().isOk())
                .andExpect(jsonPath("$.status").value("active"));
        mvc.perform(post("/api/v1/models/" + b.id() + "/activate")).andExpect(status().isOk());
        mvc.perform(get("/api/v1/models/" + a.id())).andExpect(jsonPath("$.status").value("retired"));
        mvc.perform(get("/api/v1/models?kind=test-kind&status=active")).andExpect(jsonPath("$.totalItems").value(1))
                .andExpect(jsonPath("$.items[0].id").value(b.id()));
        mvc.perform(get("/api/v1/models/" + a.id() + "/weights")).andExpect(status().isOk())
                .andExpect(content().bytes(new byte[] {1, 2, 3}));
        mvc.perform(post("/api/v1/models/" + b.id() + "/retire")).andExpect(jsonPath("$.status").value("retired"));
        mvc.perform(post("/api/v1/models/424242/activate")).andExpect(status().isNotFound())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON));
    }
}
