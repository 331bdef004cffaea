package org.ddf.inference.ddf;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.ddf.api.flow.LabelRequest;
import org.ddf.api.flow.LabelResponse;
import org.ddf.api.flow.ServedModel;
import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** Labels traffic windows with the active DDF model. */
@RestController
@RequestMapping("/api/v1/ddf")
@Tag(name = "DDF labels", description = "Cluster labels, distances, anomaly and new-pattern flags per traffic window")
class DdfLabelController {

    private final DdfLabelService service;

    DdfLabelController(DdfLabelService service) {
        this.service = service;
    }

    @PostMapping(value = "/labels", consumes = MediaType.APPLICATION_JSON_VALUE)
    @Operation(summary = "Label windows",
            description = "Post raw counters (cut into windows on the server with the model's window settings) or "
                    + "correlation matrices. Each window gets its cluster label, the distance to the nearest reference "
                    + "centre, an anomaly score (distance / threshold; above 1 is anomalous), the anomalous flag, the "
                    + "new-pattern flag (a dense group of unusual windows in this request, beyond the reference percentile, "
                    + "far from every reference centre and lasting at least the model's newPatternMinDays, 3 by default; "
                    + "its own outliers stay anomalies, and in the robust profile neighbouring windows that the model "
                    + "rebuilds as well as the group's join it; a new-pattern window can lie below the anomaly threshold) "
                    + "and its latent vector. Limits: ddf.inference.max-windows windows (256) and "
                    + "ddf.limits.max-request-size (32 MB) per request. 503 with Retry-After when no model is active.")
    LabelResponse label(@RequestBody LabelRequest request) {
        return service.label(request);
    }

    @GetMapping("/model")
    @Operation(summary = "The DDF model being served", description = "503 with Retry-After when none is active.")
    ServedModel model() {
        return service.served();
    }
}
