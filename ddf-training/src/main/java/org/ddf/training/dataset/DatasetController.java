package org.ddf.training.dataset;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.parameters.RequestBody;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.servlet.http.HttpServletRequest;
import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.util.regex.Pattern;
import org.ddf.api.dataset.Dataset;
import org.ddf.api.dataset.DatasetKind;
import org.ddf.api.dataset.DatasetStore;
import org.ddf.api.web.InvalidRequestException;
import org.ddf.api.web.PageQuery;
import org.ddf.api.web.PageView;
import org.springframework.core.io.InputStreamResource;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** Data sets: streamed upload, list, describe, download, delete. */
@RestController
@RequestMapping("/api/v1/datasets")
@Tag(name = "Data sets", description = "Upload traffic data once, train on it many times")
class DatasetController {

    private static final Pattern SHA_256_HEX = Pattern.compile("[0-9a-f]{64}");

    private final DatasetUploads uploads;
    private final DatasetStore store;

    DatasetController(DatasetUploads uploads, DatasetStore store) {
        this.uploads = uploads;
        this.store = store;
    }

    @PostMapping(consumes = {"text/csv", MediaType.APPLICATION_JSON_VALUE, MediaType.APPLICATION_OCTET_STREAM_VALUE,
            MediaType.TEXT_PLAIN_VALUE})
    @Operation(summary = "Upload a data set",
            description = "The body is the file itself, streamed (no multipart). It is read completely by the reader "
                    + "of its kind before anything is stored; a bad file gets a problem naming the row or column. "
                    + "Limit: ddf.datasets.max-size (1 GB).")
    @RequestBody(description = "link-counters in csv-wide: header `time,LINK_A,LINK_B,...`, one row per timestamp")
    ResponseEntity<Dataset> upload(
            @Parameter(description = "link-counters, packet-sequences or traces", example = "link-counters")
            @RequestParam String kind,
            @Parameter(description = "a name for people", example = "esnet-2018-2020") @RequestParam String name,
            @Parameter(description = "csv-wide, csv-long or json", example = "csv-wide") @RequestParam String format,
            HttpServletRequest request) throws IOException {
        try (InputStream body = request.getInputStream()) {
            Dataset dataset = uploads.upload(DatasetKind.of(kind), name, format, body);
            return ResponseEntity.created(URI.create("/api/v1/datasets/" + dataset.id())).body(dataset);
        }
    }

    @GetMapping
    @Operation(summary = "List data sets, newest first")
    PageView<Dataset> list(@RequestParam(required = false) String kind,
                           @Parameter(description = "only data sets with these bytes: lower-case hex SHA-256, as in "
                                   + "`checksum` (to find out whether a file is stored already)")
                           @RequestParam(required = false) String checksum,
                           @RequestParam(required = false) Integer page, @RequestParam(required = false) Integer size) {
        if (checksum != null && !SHA_256_HEX.matcher(checksum).matches()) {
            throw new InvalidRequestException("checksum", "must be 64 lower-case hex digits (a SHA-256), was '"
                    + (checksum.length() > 80 ? checksum.substring(0, 80) + "…" : checksum) + "'");
        }
        return store.list(kind == null ? null : DatasetKind.of(kind), checksum, PageQuery.of(page, size));
    }

    @GetMapping("/{id}")
    @Operation(summary = "Describe a data set: kind, format, shape, checksum, size")
    Dataset get(@PathVariable long id) {
        return store.get(id);
    }

    @GetMapping(value = "/{id}/data", produces = MediaType.APPLICATION_OCTET_STREAM_VALUE)
    @Operation(summary = "Download a data set's bytes as uploaded (streamed)")
    ResponseEntity<InputStreamResource> data(@PathVariable long id) {
        Dataset dataset = store.get(id);
        return ResponseEntity.ok().contentLength(dataset.sizeBytes())
                .header("Content-Disposition", "attachment; filename=\"dataset-" + id + "\"")
                .body(new InputStreamResource(store.open(id)));
    }

    @DeleteMapping("/{id}")
    @Operation(summary = "Delete a data set and its bytes")
    ResponseEntity<Void> delete(@PathVariable long id) {
        store.delete(id);
        return ResponseEntity.noContent().build();
    }
}
