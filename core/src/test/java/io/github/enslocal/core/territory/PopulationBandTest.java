// SPDX-License-Identifier: Apache-2.0
package io.github.enslocal.core.territory;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import java.util.OptionalInt;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class PopulationBandTest {

    @ParameterizedTest(name = "{0} inhabitants -> {1}")
    @CsvSource({
        "0, UP_TO_1_000",
        "1000, UP_TO_1_000",
        "1001, UP_TO_5_000",
        "5000, UP_TO_5_000",
        "5001, UP_TO_20_000",
        "20000, UP_TO_20_000",
        "20001, UP_TO_75_000",
        "75000, UP_TO_75_000",
        "75001, OVER_75_000",
        "2147483647, OVER_75_000",
    })
    void of_eachBoundary_fallsInTheBandWhoseInclusiveBoundsHoldIt(int population, PopulationBand expected) {
        assertThat(PopulationBand.of(population)).isEqualTo(expected);
    }

    @ParameterizedTest
    @ValueSource(ints = {-1, -20_000, Integer.MIN_VALUE})
    void of_negativePopulation_throwsQuotingIt(int population) {
        assertThatIllegalArgumentException()
                .isThrownBy(() -> PopulationBand.of(population))
                .withMessageContaining("Invalid population " + population)
                .withMessageContaining("e.g.");
    }

    @Test
    void bounds_ofTheTwentyThousandBand_areInclusive() {
        assertThat(PopulationBand.UP_TO_20_000.lowerBound()).isEqualTo(5_001);
        assertThat(PopulationBand.UP_TO_20_000.upperBound()).isEqualTo(OptionalInt.of(20_000));
        assertThat(PopulationBand.OVER_75_000.upperBound()).isEmpty();
    }

    @Test
    void bands_tileThePopulationsWithoutGapsFromZero() {
        PopulationBand[] bands = PopulationBand.values();

        assertThat(bands[0].lowerBound()).isZero();
        for (int i = 1; i < bands.length; i++) {
            assertThat(bands[i].lowerBound()).isEqualTo(bands[i - 1].upperBound().orElseThrow() + 1);
        }
    }

    @Property
    void of_returnsTheOnlyBandContainingThePopulation(@ForAll @IntRange(min = 0, max = Integer.MAX_VALUE) int population) {
        PopulationBand band = PopulationBand.of(population);

        assertThat(band.contains(population)).isTrue();
        for (PopulationBand other : PopulationBand.values()) {
            assertThat(other.contains(population)).isEqualTo(other == band);
        }
    }

    @Property
    void of_isMonotonic(@ForAll @IntRange(min = 0, max = 200_000) int smaller,
            @ForAll @IntRange(min = 0, max = 200_000) int larger) {
        if (smaller <= larger) {
            assertThat(PopulationBand.of(smaller)).isLessThanOrEqualTo(PopulationBand.of(larger));
        }
    }
}
