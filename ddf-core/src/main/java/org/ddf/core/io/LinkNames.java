package org.ddf.core.io;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Reads a list of link names such as {@code esnet-links.txt}: names separated by new lines, commas or blanks
 * (both the one-per-line and the one-line comma-separated ESnet files), lines starting with {@code #} ignored.
 */
public final class LinkNames {

    private LinkNames() {
    }

    /**
     * Reads the names in file order.
     *
     * @throws InvalidDataException for a name given twice or a file without names
     * @throws IOException when the stream fails
     */
    public static List<String> read(InputStream in) throws IOException {
        BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
        List<String> names = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        int lineNumber = 0;
        for (String line = reader.readLine(); line != null; line = reader.readLine()) {
            lineNumber++;
            if (lineNumber == 1 && line.startsWith("\uFEFF")) {
                line = line.substring(1);
            }
            if (line.strip().startsWith("#")) {
                continue;
            }
            for (String name : line.split("[,\\s]+")) {
                if (name.isEmpty()) {
                    continue;
                }
                if (!seen.add(name)) {
                    throw new InvalidDataException("line " + lineNumber, "link " + name + " is listed twice");
                }
                names.add(name);
            }
        }
        if (names.isEmpty()) {
            throw new InvalidDataException("line 1", "no link names");
        }
        return names;
    }
}
