package org.ddf.api.model;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import java.util.Arrays;
import org.ddf.api.web.InvalidRequestException;

/** Where a model is in its life; its JSON and database form is the lower-case {@link #value()}. */
public enum ModelStatus {

    /** Registered, not served. */
    CANDIDATE("candidate"),
    /** Served; at most one per kind. */
    ACTIVE("active"),
    /** Replaced or withdrawn; can be activated again. */
    RETIRED("retired");

    private final String value;

    ModelStatus(String value) {
        this.value = value;
    }

    /** Returns the JSON and database form, e.g. {@code active}. */
    @JsonValue
    public String value() {
        return value;
    }

    /**
     * Parses the JSON and database form.
     *
     * @param value e.g. {@code active}
     * @return the status
     * @throws InvalidRequestException naming {@code status} when the value is none of the statuses
     */
    @JsonCreator
    public static ModelStatus of(String value) {
        return Arrays.stream(values())
                .filter(s -> s.value.equals(value))
                .findFirst()
                .orElseThrow(() -> new InvalidRequestException("status",
                        "must be one of candidate, active, retired, was '" + value + "'"));
    }
}
