// SPDX-License-Identifier: Apache-2.0
package io.github.enslocal.samples.demo;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.enslocal.core.dataset.Dataset;
import io.github.enslocal.core.dataset.DatasetCodec;
import io.github.enslocal.core.register.MunicipalityRegister;
import io.github.enslocal.samples.DemoData;
import org.junit.jupiter.api.Test;

/**
 * The generated datasets pass the codec's whole validation — constraints, references and
 * cross-record rules — so they can be written, read back and evaluated like any host's data.
 */
class DemoDatasetValidityTest {

    private static final DatasetCodec CODEC = DatasetCodec.create();

    @Test
    void demoDataset_isValidAndHasNoWarnings() {
        Dataset demo = DemoData.dataset();

        assertThat(CODEC.validate(demo)).isEmpty();
        assertThat(CODEC.warnings(demo)).isEmpty();
    }

    @Test
    void demoDataset_survivesWriteThenRead() {
        Dataset demo = DemoData.dataset();

        assertThat(CODEC.read(CODEC.toJson(demo))).isEqualTo(demo);
    }

    @Test
    void demoDataset_otherSeeds_areValidToo() {
        for (long seed = 1; seed <= 2; seed++) {
            assertThat(CODEC.validate(DemoDatasetGenerator.generate(seed))).as("seed %d", seed).isEmpty();
        }
    }

    // Regression: assets were acquired after their product's end of vendor support.
    @Test
    void scaleDataset_isValid() {
        Dataset soria = DemoDatasetGenerator.forMunicipalities(MunicipalityRegister.bundled().byProvince("42"), 3L);

        assertThat(CODEC.validate(soria)).isEmpty();
    }
}
