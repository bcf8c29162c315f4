// SPDX-License-Identifier: Apache-2.0
package io.github.enslocal.samples;

import java.nio.file.Path;

/** Where tests find the documentation's example dataset: Navarcles, Sant Fruitós de Bages and Callús. */
public final class ExampleDataset {

    /** The file, relative to the samples module, where Maven runs the tests. */
    public static final Path PATH = Path.of("../docs/example-dataset.json");

    private ExampleDataset() {
    }
}
