package org.ddf.api.db;

import org.springframework.stereotype.Component;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** Converts the text of {@code jsonb} columns to Jackson trees and back. */
@Component
public class JsonColumns {

    private final JsonMapper mapper;

    /**
     * Creates the converter.
     *
     * @param mapper the service's JSON mapper
     */
    public JsonColumns(JsonMapper mapper) {
        this.mapper = mapper;
    }

    /**
     * Parses column text.
     *
     * @param json the column's text, may be null
     * @return the tree, null for null
     */
    public JsonNode read(String json) {
        return json == null ? null : mapper.readTree(json);
    }

    /**
     * Writes a value as column text.
     *
     * @param value a tree, record or map; may be null
     * @return the JSON text, null for null
     */
    public String write(Object value) {
        return value == null ? null : mapper.writeValueAsString(value);
    }
}
