// SPDX-License-Identifier: Apache-2.0
package io.github.enslocal.core.dataset;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.util.Locale;
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
    void readWithWarnings_nameDisagreesWithTheRegister_isValidWithAWarning() {
        String json = ExampleMutation.apply(new ExampleMutation("/municipalities/1/name", "\"Navarcles de Bages\""));

        DatasetReadResult result = codec.readWithWarnings(json);

        assertThat(result.hasWarnings()).isTrue();
        assertThat(result.warnings()).singleElement().satisfies(warning -> {
            assertThat(warning.path()).isEqualTo("$.municipalities[1].name");
            assertThat(warning.code()).isEqualTo("dataset.municipality.nameDisagrees");
            assertThat(warning.message())
                    .isEqualTo("does not agree with the name in the INE register for this code, \"Navarcles\"");
            assertThat(warning.message(new Locale("ca")))
                    .isEqualTo("no coincideix amb el nom del registre de l'INE per a aquest codi, \"Navarcles\"");
            assertThat(warning.rejectedValue()).contains("'Navarcles de Bages'");
        });
        assertThat(codec.read(json).municipalities().get(1).name()).isEqualTo("Navarcles de Bages");
        assertThat(codec.warnings(result.dataset())).isEqualTo(result.warnings());
    }

    @Test
    void warnings_postposedArticleOrCase_agreeWithTheRegister() {
        String json = ExampleMutation.apply(new ExampleMutation("/municipalities/2/name", "\"sant fruitós de bages\""));

        assertThat(codec.readWithWarnings(json).warnings()).isEmpty();
    }

    @Test
    void example_isInTheCanonicalFormTheCodecWrites() throws IOException {
        DocsFiles.assertUpToDate(ExampleDataset.FILE, codec.toJson(ExampleDataset.dataset()));
    }
}
