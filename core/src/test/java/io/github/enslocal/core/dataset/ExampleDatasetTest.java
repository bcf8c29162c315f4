// SPDX-License-Identifier: Apache-2.0
package io.github.enslocal.core.dataset;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import org.junit.jupiter.api.Test;

class ExampleDatasetTest {

    private final DatasetCodec codec = DatasetCodec.create();

    @Test
    void example_isValidWithoutWarnings() {
        DatasetReadResult result = codec.readWithWarnings(ExampleDataset.json());

        assertThat(result.warnings()).isEmpty();
        assertThat(result.dataset().incidents()).hasSize(12);
    }

    @Test
    void example_isInTheCanonicalFormTheCodecWrites() throws IOException {
        DocsFiles.assertUpToDate(ExampleDataset.FILE, codec.toJson(ExampleDataset.dataset()));
    }
}
