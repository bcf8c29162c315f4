// SPDX-License-Identifier: Apache-2.0
package io.github.enslocal.core.training;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.enslocal.core.ens.MeasureId;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class TrainingKindTest {

    /** Ids and names as in ens-rd311-2022-measures.json (RD 311/2022 Anexo II, group mp.per). */
    @ParameterizedTest
    @CsvSource({"AWARENESS, mp.per.3, Concienciación", "TECHNICAL_TRAINING, mp.per.4, Formación"})
    void measure_namesTheAnexoIIMeasureServed(TrainingKind kind, String measure, String name) {
        assertThat(kind.measure()).isEqualTo(MeasureId.parse(measure));
        assertThat(kind.measureName()).isEqualTo(name);
    }
}
