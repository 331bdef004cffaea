package org.ddf.core.io;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;

class LinkNamesTest {

    @Test
    void readsOnePerLineOrCommaSeparatedSkippingComments() throws Exception {
        assertThat(read("# ESnet\nSACR_SUNN\nSUNN_SACR\n\n")).containsExactly("SACR_SUNN", "SUNN_SACR");
        assertThat(read("SACR_SUNN,SUNN_SACR, LOND_NEWY")).containsExactly("SACR_SUNN", "SUNN_SACR", "LOND_NEWY");
    }

    @Test
    void rejectsRepeatedNamesAndEmptyFiles() {
        assertThatThrownBy(() -> read("A\nB\nA\n")).isInstanceOf(InvalidDataException.class)
                .hasMessage("line 3: link A is listed twice");
        assertThatThrownBy(() -> read("# nothing\n")).hasMessageContaining("no link names");
    }

    @Test
    void readsTheEsnetLinkList() throws Exception {
        Path file = Path.of("/work/shared/data/esnet-links.txt");
        Assumptions.assumeTrue(Files.isRegularFile(file), "ESnet link list not found at " + file + "; test skipped");
        try (InputStream in = Files.newInputStream(file)) {
            List<String> names = LinkNames.read(in);
            assertThat(names).hasSize(104).startsWith("SACR_SUNN", "SUNN_SACR");
        }
    }

    private static List<String> read(String text) throws IOException {
        return LinkNames.read(new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8)));
    }
}
