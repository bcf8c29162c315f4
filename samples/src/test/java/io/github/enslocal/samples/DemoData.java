// SPDX-License-Identifier: Apache-2.0
package io.github.enslocal.samples;

import io.github.enslocal.core.dataset.Dataset;
import io.github.enslocal.samples.demo.DemoDatasetGenerator;

/**
 * The demo dataset, generated once for every test class that reads it: it spans five years of
 * incidents, so generating it in each class would slow the suite down. The dataset is immutable.
 */
public final class DemoData {

    private DemoData() {
    }

    /**
     * Returns {@link DemoDatasetGenerator#generate()}, generated on first use.
     *
     * @return the demo dataset
     */
    public static Dataset dataset() {
        return Holder.DATASET;
    }

    private static final class Holder {
        static final Dataset DATASET = DemoDatasetGenerator.generate();
    }
}
