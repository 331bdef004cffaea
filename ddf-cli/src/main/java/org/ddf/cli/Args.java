package org.ddf.cli;

import java.util.HashMap;
import java.util.Map;

/**
 * {@code --name value} options of a command.
 *
 * @param values option values by name
 */
public record Args(Map<String, String> values) {

    /** Parses {@code --name value} pairs. */
    public static Args parse(String[] args, int from) {
        Map<String, String> values = new HashMap<>();
        for (int i = from; i < args.length; i++) {
            if (!args[i].startsWith("--") || i + 1 >= args.length) {
                throw new IllegalArgumentException("expected --name value, got '" + args[i] + "'");
            }
            values.put(args[i].substring(2), args[++i]);
        }
        return new Args(Map.copyOf(values));
    }

    /** The value of an option, or the default. */
    public String get(String name, String fallback) {
        return values.getOrDefault(name, fallback);
    }

    /** An integer option, or the default. */
    public int getInt(String name, int fallback) {
        String v = values.get(name);
        return v == null ? fallback : Integer.parseInt(v);
    }
}
