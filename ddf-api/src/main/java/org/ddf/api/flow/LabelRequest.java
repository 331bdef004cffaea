package org.ddf.api.flow;

import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.Valid;
import java.util.List;

/**
 * A request to label traffic windows with the active DDF model: either raw counters or correlation matrices.
 *
 * @param counters raw counters cut into windows on the server
 * @param matrices windows given as correlation matrices
 */
@Schema(description = "Give exactly one of 'counters' (raw counters, cut into windows on the server) or 'matrices'.")
public record LabelRequest(@Valid CounterTable counters, @Valid List<CorrelationWindow> matrices) {
}
