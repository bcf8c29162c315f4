// SPDX-License-Identifier: Apache-2.0
package io.github.enslocal.core.asset;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class FactTest {

    @Test
    void of_booleans_giveKnownFacts() {
        assertThat(Fact.of(true)).isEqualTo(Fact.YES);
        assertThat(Fact.of(false)).isEqualTo(Fact.NO);
    }

    @ParameterizedTest
    @CsvSource({"YES, true", "NO, true", "UNKNOWN, false"})
    void isKnown_tellsUnknownApartFromNo(Fact fact, boolean known) {
        assertThat(fact.isKnown()).isEqualTo(known);
    }
}
