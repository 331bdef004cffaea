package org.ddf.api.dataset;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import java.util.Arrays;
import java.util.stream.Collectors;
import org.ddf.api.web.InvalidRequestException;

/** What a data set holds; its JSON and database form is the lower-case {@link #value()}. */
public enum DatasetKind {

    /** Per-link traffic counters over time, the input of DDF windows. */
    LINK_COUNTERS("link-counters"),
    /** Packet feature sequences, the input of the next-packet LSTM. */
    PACKET_SEQUENCES("packet-sequences"),
    /** Labelled traffic traces, the input of the diffusion model. */
    TRACES("traces");

    private final String value;

    DatasetKind(String value) {
        this.value = value;
    }

    /** Returns the JSON and database form, e.g. {@code link-counters}. */
    @JsonValue
    public String value() {
        return value;
    }

    /**
     * Parses the JSON and database form.
     *
     * @param value e.g. {@code link-counters}
     * @return the kind
     * @throws InvalidRequestException naming {@code kind} when the value is none of the kinds
     */
    @JsonCreator
    public static DatasetKind of(String value) {
        return Arrays.stream(values())
                .filter(k -> k.value.equals(value))
                .findFirst()
                .orElseThrow(() -> new InvalidRequestException("kind", "must be one of "
                        + Arrays.stream(values()).map(DatasetKind::value).collect(Collectors.joining(", "))
                        + ", was '" + value + "'"));
    }
}
