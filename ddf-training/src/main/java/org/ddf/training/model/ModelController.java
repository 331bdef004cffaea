package org.ddf.training.model;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.ddf.api.model.Model;
import org.ddf.api.model.ModelRegistry;
import org.ddf.api.model.ModelStatus;
import org.ddf.api.web.PageQuery;
import org.ddf.api.web.PageView;
import org.springframework.core.io.InputStreamResource;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** Versioned models: the serving services reload the active one of each kind when it changes. */
@RestController
@RequestMapping("/api/v1/models")
@Tag(name = "Models", description = "Versioned models with metrics, reference statistics and weights")
class ModelController {

    private final ModelRegistry registry;

    ModelController(ModelRegistry registry) {
        this.registry = registry;
    }

    @GetMapping
    @Operation(summary = "List models, newest first, filtered by kind (ddf, lstm, diffusion) and status")
    PageView<Model> list(@RequestParam(required = false) String kind,
                         @RequestParam(required = false) @Parameter(description = "candidate, active or retired") String status,
                         @RequestParam(required = false) Integer page, @RequestParam(required = false) Integer size) {
        return registry.list(kind, status == null ? null : ModelStatus.of(status), PageQuery.of(page, size));
    }

    @GetMapping("/{id}")
    @Operation(summary = "A model: version, status, config, metrics, reference statistics")
    Model get(@PathVariable long id) {
        return registry.get(id);
    }

    @PostMapping("/{id}/activate")
    @Operation(summary = "Make this model the active one of its kind",
            description = "The previous active model of the kind is retired; ddf-inference and ddf-generator reload "
                    + "within a second (PostgreSQL NOTIFY), without restart.")
    Model activate(@PathVariable long id) {
        return registry.activate(id);
    }

    @PostMapping("/{id}/retire")
    @Operation(summary = "Retire a model (an active one stops being served)")
    Model retire(@PathVariable long id) {
        return registry.retire(id);
    }

    @GetMapping(value = "/{id}/weights", produces = MediaType.APPLICATION_OCTET_STREAM_VALUE)
    @Operation(summary = "Download a model's weights (DJL parameter file, streamed)")
    ResponseEntity<InputStreamResource> weights(@PathVariable long id) {
        Model model = registry.get(id);
        return ResponseEntity.ok().header("Content-Disposition", "attachment; filename=\"" + model.kind() + "-v"
                + model.version() + ".params\"").body(new InputStreamResource(registry.openWeights(id)));
    }
}
