package org.ddf.training.dataset;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.delete;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.HexFormat;
import org.ddf.api.dataset.DatasetRepository;
import org.ddf.training.TrainingTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import tools.jackson.databind.json.JsonMapper;

class DatasetControllerTest extends TrainingTest {

    private static final String CSV = """
            time,A_B,B_A
            2021-03-01T00:00:00Z,1,2
            2021-03-01T01:00:00Z,3,4
            2021-03-01T02:00:00Z,5,7
            """;

    @Autowired
    MockMvc mvc;
    @Autowired
    DatasetRepository datasets;

    @Test
    void uploadsReadsBackAndDeletes() throws Exception {
        String location = mvc.perform(post("/api/v1/datasets?kind=link-counters&name=tiny&format=csv-wide")
                        .contentType("text/csv").content(CSV))
                .andExpect(status().isCreated())
                .andExpect(jsonPath("$.shape.rows").value(3))
                .andExpect(jsonPath("$.shape.links").value(2))
                .andExpect(jsonPath("$.shape.intervalSeconds").value(3600))
                .andReturn().getResponse().getHeader("Location");
        mvc.perform(get(location + "/data")).andExpect(status().isOk()).andExpect(content().string(CSV));
        mvc.perform(get("/api/v1/datasets?kind=link-counters&size=1")).andExpect(status().isOk())
                .andExpect(jsonPath("$.size").value(1));
        mvc.perform(delete(location)).andExpect(status().isNoContent());
        mvc.perform(get(location)).andExpect(status().isNotFound())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON));
    }

    @Test
    void badFileIsRefusedNamingTheRowAndNothingIsStored() throws Exception {
        long before = datasets.count();
        String unsorted = "time,A_B,B_A\n2021-03-01T01:00:00Z,1,2\n2021-03-01T00:00:00Z,3,4\n";
        mvc.perform(post("/api/v1/datasets?kind=link-counters&name=bad&format=csv-wide").contentType("text/csv")
                        .content(unsorted))
                .andExpect(status().isBadRequest())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.field").value("body"))
                .andExpect(jsonPath("$.detail").value(org.hamcrest.Matchers.containsString("row")));
        mvc.perform(post("/api/v1/datasets?kind=link-counters&name=bad&format=csv-wide").contentType("text/csv")
                        .content("time,A_B\n2021-03-01T00:00:00Z,x\n2021-03-01T01:00:00Z,1\n"))
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$.field").value("body"));
        assertThat(datasets.count()).isEqualTo(before);
    }

    @Test
    void emptyBodyUnknownKindAndFormatAreNamed() throws Exception {
        mvc.perform(post("/api/v1/datasets?kind=link-counters&name=e&format=csv-wide").contentType("text/csv").content(""))
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$.field").value("body"));
        mvc.perform(post("/api/v1/datasets?kind=pictures&name=e&format=csv-wide").contentType("text/csv").content(CSV))
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$.field").value("kind"));
        mvc.perform(post("/api/v1/datasets?kind=link-counters&name=e&format=xlsx").contentType("text/csv").content(CSV))
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$.field").value("format"));
        mvc.perform(post("/api/v1/datasets?kind=link-counters&name=e&format=csv-wide").contentType("image/png").content(CSV))
                .andExpect(status().isUnsupportedMediaType())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON));
    }

    @Test
    void uploadOverTheLimitIs413AndLeavesNothing() throws Exception {
        long before = datasets.count();
        StringBuilder big = new StringBuilder("time,A_B\n");
        for (int i = 0; big.length() <= 4 * 1024 * 1024; i++) {
            big.append(java.time.Instant.ofEpochSecond(3600L * i)).append(",1234567.0\n");
        }
        mvc.perform(post("/api/v1/datasets?kind=link-counters&name=big&format=csv-wide").contentType("text/csv")
                        .content(big.toString()))
                .andExpect(status().isPayloadTooLarge())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.maxBytes").value(4 * 1024 * 1024));
        assertThat(datasets.count()).isEqualTo(before);
    }

    @Test
    void findsAStoredFileByItsChecksum() throws Exception {
        String body = mvc.perform(post("/api/v1/datasets?kind=link-counters&name=tiny&format=csv-wide")
                        .contentType("text/csv").content(CSV))
                .andExpect(status().isCreated()).andReturn().getResponse().getContentAsString();
        long id = JsonMapper.builder().build().readTree(body).path("id").asLong();
        String sha256 = HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
                .digest(CSV.getBytes(StandardCharsets.UTF_8)));

        mvc.perform(get("/api/v1/datasets?kind=link-counters&checksum=" + sha256)).andExpect(status().isOk())
                .andExpect(jsonPath("$.items.length()").value(1))
                .andExpect(jsonPath("$.items[0].id").value(id));
        mvc.perform(get("/api/v1/datasets?checksum=" + "0".repeat(64))).andExpect(status().isOk())
                .andExpect(jsonPath("$.items.length()").value(0));
        mvc.perform(get("/api/v1/datasets?checksum=" + sha256.toUpperCase())).andExpect(status().isBadRequest())
                .andExpect(header().string("Content-Type", org.hamcrest.Matchers.containsString("problem+json")))
                .andExpect(jsonPath("$.field").value("checksum"));
    }

    @Test
    void negativePageSizeIsNamed() throws Exception {
        mvc.perform(get("/api/v1/datasets?size=-1")).andExpect(status().isBadRequest())
                .andExpect(header().string("Content-Type", org.hamcrest.Matchers.containsString("problem+json")))
                .andExpect(jsonPath("$.field").value("size"));
    }
}
