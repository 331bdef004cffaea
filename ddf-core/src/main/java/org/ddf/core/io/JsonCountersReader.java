package org.ddf.core.io;

import java.io.InputStream;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import org.ddf.core.flow.LinkCounters;
import tools.jackson.core.JacksonException;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.core.TokenStreamLocation;
import tools.jackson.core.json.JsonReadFeature;
import tools.jackson.databind.json.JsonMapper;

/**
 * Reads {@code {"links":[..],"timestamps":[..],"values":[[..],..]}} with a streaming parser, fields in any order,
 * unknown fields skipped. Timestamps are strings or numbers (epoch seconds); a value is a number, {@code null},
 * {@code NaN} or a string such as {@code "NaN"} or {@code ""}. Rows must be sorted by time.
 */
public final class JsonCountersReader implements LinkCountersReader {

    private static final JsonMapper MAPPER = JsonMapper.builder().enable(JsonReadFeature.ALLOW_NON_NUMERIC_NUMBERS).build();

    /** {@inheritDoc} */
    @Override
    public LinkCounters read(InputStream in) {
        List<String> links = null;
        List<String> stamps = null;
        List<double[]> values = null;
        try (JsonParser p = MAPPER.createParser(in)) {
            if (p.nextToken() != JsonToken.START_OBJECT) {
                throw new InvalidDataException(where(p), "expected a JSON object with links, timestamps and values");
            }
            while (p.nextToken() == JsonToken.PROPERTY_NAME) {
                String field = p.currentName();
                p.nextToken();
                switch (field) {
                    case "links" -> links = strings(p, "links");
                    case "timestamps" -> stamps = strings(p, "timestamps");
                    case "values" -> values = rows(p);
                    default -> p.skipChildren();
                }
            }
        } catch (JacksonException e) {
            throw new InvalidDataException(where(e.getLocation()), e.getOriginalMessage());
        }
        return toCounters(require(links, "links"), require(stamps, "timestamps"), require(values, "values"));
    }

    private static List<String> strings(JsonParser p, String field) {
        expectArray(p, field);
        List<String> out = new ArrayList<>();
        while (p.nextToken() != JsonToken.END_ARRAY) {
            JsonToken t = p.currentToken();
            if (t != JsonToken.VALUE_STRING && t != JsonToken.VALUE_NUMBER_INT && t != JsonToken.VALUE_NUMBER_FLOAT) {
                throw new InvalidDataException(field + "[" + out.size() + "]", "expected a string, found " + t);
            }
            out.add(p.getString());
        }
        return out;
    }

    private static List<double[]> rows(JsonParser p) {
        expectArray(p, "values");
        List<double[]> rows = new ArrayList<>();
        while (p.nextToken() != JsonToken.END_ARRAY) {
            String location = "values[" + rows.size() + "]";
            expectArray(p, location);
            double[] row = new double[16];
            int n = 0;
            while (p.nextToken() != JsonToken.END_ARRAY) {
                if (n == row.length) {
                    row = Arrays.copyOf(row, n * 2);
                }
                row[n] = value(p, location + "[" + n + "]");
                n++;
            }
            rows.add(Arrays.copyOf(row, n));
        }
        return rows;
    }

    private static double value(JsonParser p, String location) {
        JsonToken t = p.currentToken();
        try {
            return switch (t) {
                case VALUE_NULL -> Double.NaN;
                case VALUE_NUMBER_INT, VALUE_NUMBER_FLOAT -> p.isNaN() ? Double.NaN : CellValues.parse(p.getString());
                case VALUE_STRING -> CellValues.parse(p.getString());
                default -> throw new IllegalArgumentException("expected a number, found " + t);
            };
        } catch (IllegalArgumentException e) {
            throw new InvalidDataException(location, e.getMessage());
        }
    }

    private static LinkCounters toCounters(List<String> links, List<String> stamps, List<double[]> values) {
        if (links.isEmpty()) {
            throw new InvalidDataException("links", "no links");
        }
        if (new HashSet<>(links).size() != links.size()) {
            throw new InvalidDataException("links", "a link is named twice");
        }
        if (stamps.size() != values.size()) {
            throw new InvalidDataException("values", stamps.size() + " timestamps but " + values.size() + " rows of values");
        }
        RowCollector rows = new RowCollector(i -> "timestamps[" + i + "]");
        for (int i = 0; i < stamps.size(); i++) {
            double[] row = values.get(i);
            if (row.length != links.size()) {
                throw new InvalidDataException("values[" + i + "]", "expected " + links.size() + " values, found " + row.length);
            }
            Instant time;
            try {
                time = Timestamps.parse(stamps.get(i));
            } catch (IllegalArgumentException e) {
                throw new InvalidDataException("timestamps[" + i + "]", e.getMessage());
            }
            rows.add(time, row, i);
        }
        return rows.toCounters(links, "timestamps");
    }

    private static void expectArray(JsonParser p, String location) {
        if (p.currentToken() != JsonToken.START_ARRAY) {
            throw new InvalidDataException(location, "expected an array, found " + p.currentToken());
        }
    }

    private static <T> T require(T field, String name) {
        if (field == null) {
            throw new InvalidDataException(name, "missing field");
        }
        return field;
    }

    private static String where(JsonParser p) {
        return where(p.currentLocation());
    }

    private static String where(TokenStreamLocation at) {
        return at == null ? "JSON input" : "line " + at.getLineNr() + ", column " + at.getColumnNr();
    }
}
