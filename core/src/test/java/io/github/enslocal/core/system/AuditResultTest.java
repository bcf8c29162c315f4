// SPDX-License-Identifier: Apache-2.0
package io.github.enslocal.core.system;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class AuditResultTest {

    @ParameterizedTest
    @CsvSource({"FAVORABLE, true", "FAVORABLE_WITH_NON_CONFORMITIES, true", "UNFAVORABLE, false"})
    void isFavourable(AuditResult result, boolean favourable) {
        assertThat(result.isFavourable()).isEqualTo(favourable);
    }
}
