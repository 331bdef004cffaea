package org.ddf.api.web;

import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.delete;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import java.util.List;
import java.util.Set;
import org.ddf.api.blob.PayloadTooLargeException;
import org.ddf.api.dataset.DatasetKind;
import org.ddf.api.job.IdempotencyConflictException;
import org.ddf.api.job.UnknownJobKindException;
import org.ddf.api.testsupport.PostgresTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.annotation.Import;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MaxUploadSizeExceededException;

/** Every error shape of the advice, through a probe controller in a real service context. */
@SpringBootTest
@AutoConfigureMockMvc
@Import(ProblemDetailsAdviceTest.Probe.class)
class ProblemDetailsAdviceTest extends PostgresTest {

    record Training(@NotBlank String name, @Min(1) int epochs) {
    }

    record Upload(DatasetKind kind, String name) {
    }

    @RestController
    @RequestMapping("/probe")
    static class Probe {

        @PostMapping(path = "/training", consumes = MediaType.APPLICATION_JSON_VALUE)
        Training training(@Valid @RequestBody Training training) {
            return training;
        }

        @PostMapping("/upload")
        Upload upload(@RequestBody Upload upload) {
            return upload;
        }

        @GetMapping("/items")
        PageView<String> items(@RequestParam(required = false) Integer page, @RequestParam(required = false) Integer size) {
            PageQuery query = PageQuery.of(page, size);
            return new PageView<>(List.of("a"), query.page(), query.size(), 1, 1);
        }

        @GetMapping("/count")
        int count(@RequestParam @Min(1) int count) {
            return count;
        }

        @GetMapping("/jobs/{id}")
        long job(@PathVariable long id) {
            return id;
        }

        @PostMapping("/jobs")
        String submit(@RequestHeader("Idempotency-Key") String key) {
            return key;
        }

        @GetMapping("/fail/{what}")
        void fail(@PathVariable String what) {
            switch (what) {
                case "invalid" -> throw new InvalidRequestException("epochs", "must be positive, was -3");
                case "unknown-kind" -> throw new UnknownJobKindException("train-all", Set.of("train-ddf", "generate"));
                case "not-found" -> throw new NotFoundException("job", 99);
                case "conflict" -> throw new IdempotencyConflictException("k1", 7);
                case "too-large" -> throw new PayloadTooLargeException(65536);
                case "upload-limit" -> throw new MaxUploadSizeExceededException(1024);
                default -> throw new IllegalStateException("secret internals of " + what);
            }
        }
    }

    @Autowired
    MockMvc mvc;

    @Test
    void beanValidationListsEveryField() throws Exception {
        problem(mvc.perform(post("/probe/training").contentType(MediaType.APPLICATION_JSON).content("{\"name\": \"\", \"epochs\": 0}")), 400)
                .andExpect(jsonPath("$.errors[*].field", containsInAnyOrder("name", "epochs")))
                .andExpect(jsonPath("$.errors[?(@.field == 'epochs')].message").value("must be greater than or equal to 1"))
                .andExpect(jsonPath("$.detail", containsString("epochs: must be greater than or equal to 1")));
    }

    @Test
    void malformedJsonNamesLineAndColumn() throws Exception {
        problem(mvc.perform(post("/probe/training").contentType(MediaType.APPLICATION_JSON).content("{\n  \"name\": \"x\",\n  \"epochs\": }")), 400)
                .andExpect(jsonPath("$.line").value(3))
                .andExpect(jsonPath("$.column").isNumber())
                .andExpect(jsonPath("$.detail", containsString("line 3")));
    }

    @Test
    void wrongJsonTypeNamesTheField() throws Exception {
        problem(mvc.perform(post("/probe/training").contentType(MediaType.APPLICATION_JSON).content("{\"name\": \"x\", \"epochs\": \"many\"}")), 400)
                .andExpect(jsonPath("$.field").value("epochs"))
                .andExpect(jsonPath("$.detail", containsString("'epochs'")));
    }

    @Test
    void recordConstructorErrorsKeepTheirField() throws Exception {
        problem(mvc.perform(post("/probe/upload").contentType(MediaType.APPLICATION_JSON).content("{\"kind\": \"pcap\"}")), 400)
                .andExpect(jsonPath("$.field").value("kind"))
                .andExpect(jsonPath("$.detail", containsString("link-counters")));
    }

    @Test
    void missingBodyIsABadRequest() throws Exception {
        problem(mvc.perform(post("/probe/training").contentType(MediaType.APPLICATION_JSON)), 400)
                .andExpect(jsonPath("$.detail").value("request body is missing or unreadable"));
    }

    @Test
    void pageParametersAreChecked() throws Exception {
        problem(mvc.perform(get("/probe/items").param("size", "0")), 400).andExpect(jsonPath("$.field").value("size"));
        problem(mvc.perform(get("/probe/items").param("size", "-5")), 400).andExpect(jsonPath("$.field").value("size"));
        problem(mvc.perform(get("/probe/items").param("size", "101")), 400).andExpect(jsonPath("$.field").value("size"));
        problem(mvc.perform(get("/probe/items").param("page", "-1")), 400).andExpect(jsonPath("$.field").value("page"));
        problem(mvc.perform(get("/probe/items").param("size", "abc")), 400)
                .andExpect(jsonPath("$.field").value("size"))
                .andExpect(jsonPath("$.detail").value("size: 'abc' is not a valid Integer"));
        mvc.perform(get("/probe/items"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.size").value(20))
                .andExpect(jsonPath("$.page").value(0))
                .andExpect(jsonPath("$.totalItems").value(1));
    }

    @Test
    void parameterConstraintsAndTypesNameTheParameter() throws Exception {
        problem(mvc.perform(get("/probe/count").param("count", "0")), 400)
                .andExpect(jsonPath("$.errors[0].field").value("count"));
        problem(mvc.perform(get("/probe/count")), 400).andExpect(jsonPath("$.field").value("count"));
        problem(mvc.perform(get("/probe/jobs/abc")), 400).andExpect(jsonPath("$.field").value("id"));
    }

    @Test
    void missingHeaderNamesTheHeader() throws Exception {
        problem(mvc.perform(post("/probe/jobs")), 400).andExpect(jsonPath("$.field").value("Idempotency-Key"));
    }

    @Test
    void typedExceptionsMapToTheirStatus() throws Exception {
        problem(mvc.perform(get("/probe/fail/invalid")), 400)
                .andExpect(jsonPath("$.field").value("epochs"))
                .andExpect(jsonPath("$.detail").value("epochs: must be positive, was -3"));
        problem(mvc.perform(get("/probe/fail/unknown-kind")), 400)
                .andExpect(jsonPath("$.field").value("kind"))
                .andExpect(jsonPath("$.knownKinds", containsInAnyOrder("generate", "train-ddf")));
        problem(mvc.perform(get("/probe/fail/not-found")), 404).andExpect(jsonPath("$.detail").value("job 99 not found"));
        problem(mvc.perform(get("/probe/fail/conflict")), 409).andExpect(jsonPath("$.existingJobId").value(7));
        problem(mvc.perform(get("/probe/fail/too-large")), 413).andExpect(jsonPath("$.maxBytes").value(65536));
        problem(mvc.perform(get("/probe/fail/upload-limit")), 413).andExpect(jsonPath("$.maxBytes").value(1024));
    }

    @Test
    void protocolErrorsKeepSpringsStatus() throws Exception {
        problem(mvc.perform(delete("/probe/training")), 405);
        problem(mvc.perform(post("/probe/training").contentType(MediaType.TEXT_PLAIN).content("x")), 415);
        problem(mvc.perform(get("/nowhere")), 404);
    }

    @Test
    void unexpectedErrorsHideTheirDetails() throws Exception {
        problem(mvc.perform(get("/probe/fail/boom")), 500)
                .andExpect(jsonPath("$.detail").value("internal error; the service log has the details"))
                .andExpect(content().string(not(containsString("secret"))))
                .andExpect(content().string(not(containsString("Exception"))));
    }

    private static ResultActions problem(ResultActions result, int status) throws Exception {
        return result.andExpect(status().is(status))
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.status").value(status))
                .andExpect(jsonPath("$.title").isString());
    }
}
