// SPDX-License-Identifier: Apache-2.0
package io.github.enslocal.core.dataset;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/** The example dataset of {@code docs/}: the Consell Comarcal del Bages and three municipalities. */
final class ExampleDataset {

    /** The documentation folder at the root of the repository; tests run in the module folder. */
    static final Path DOCS = Path.of("..", "docs");
    static final Path FILE = DOCS.resolve("example-dataset.json");

    private ExampleDataset() {
    }

    static String json() {
        try {
            return Files.readString(FILE, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static Dataset dataset() {
        return DatasetCodec.create().read(json());
    }
}
