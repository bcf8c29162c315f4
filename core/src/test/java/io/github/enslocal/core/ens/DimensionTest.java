// SPDX-License-Identifier: Apache-2.0
package io.github.enslocal.core.ens;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class DimensionTest {

    @Test
    void values_followTheBoeOrderCITAD() {
        assertThat(Dimension.values()).extracting(Dimension::letter).containsExactly('C', 'I', 'T', 'A', 'D');
    }

    @ParameterizedTest
    @CsvSource({"C, CONFIDENTIALITY", "i, INTEGRITY", "' T ', TRACEABILITY", "authenticity, AUTHENTICITY",
        "Availability, AVAILABILITY"})
    void parse_letterOrNameInAnyCase_givesTheDimension(String text, Dimension expected) {
        assertThat(Dimension.parse(text)).isEqualTo(expected);
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "X", "CI", "Confidencialidad", "availability!", "E"})
    void parse_unknown_throwsQuotingIt(String text) {
        assertThatIllegalArgumentException()
                .isThrownBy(() -> Dimension.parse(text))
                .withMessage("Invalid dimension '" + text + "', expected one of C, I, T, A, D");
    }

    @Property
    void parse_letterAndName_roundTrip(@ForAll Dimension dimension) {
        assertThat(Dimension.parse(String.valueOf(dimension.letter()))).isEqualTo(dimension);
        assertThat(Dimension.parse(dimension.toString())).isEqualTo(dimension);
    }
}
