package org.ddf.core.io;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import org.ddf.core.flow.LinkCounters;

/** Reading text through a reader, and checking where it failed. */
final class ReaderFixtures {

    private ReaderFixtures() {
    }

    static LinkCounters read(LinkCountersFormat format, String text) throws IOException {
        return LinkCountersReader.of(format).read(new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8)));
    }

    /** Reads text that must fail, and returns the exception for further checks. */
    static InvalidDataException failure(LinkCountersFormat format, String text) {
        try {
            read(format, text);
        } catch (InvalidDataException e) {
            return e;
        } catch (IOException e) {
            throw new AssertionError(e);
        }
        throw new AssertionError("no InvalidDataException for:\n" + text);
    }

    /** Row by row, so that NaN equals NaN. */
    static void assertRows(double[][] actual, double[][] expected) {
        assertThat(actual).hasSameDimensionsAs(expected);
        for (int t = 0; t < expected.length; t++) {
            assertThat(actual[t]).as("row %d", t).containsExactly(expected[t]);
        }
    }

    static void assertFails(LinkCountersFormat format, String text, String location, String problemPart) {
        InvalidDataException e = failure(format, text);
        assertThat(e.location()).isEqualTo(location);
        assertThat(e.problem()).contains(problemPart);
        assertThat(e.getMessage()).startsWith(location + ": ");
    }
}
