// SPDX-License-Identifier: Apache-2.0
package io.github.enslocal.ens.categorization;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.enslocal.core.ens.Category;
import io.github.enslocal.core.ens.Dimension;
import io.github.enslocal.core.ens.DimensionLevels;
import io.github.enslocal.core.ens.SecurityLevel;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.MethodSource;

class CategorizerTest {

    /** Every combination of (unassigned, BAJO, MEDIO, ALTO) over C, I, T, A, D: 4^5 = 1024. */
    static Stream<DimensionLevels> everyCombination() {
        List<DimensionLevels> combinations = new ArrayList<>();
        int values = SecurityLevel.values().length + 1;
        int count = (int) Math.pow(values, Dimension.values().length);
        for (int code = 0; code < count; code++) {
            Map<Dimension, SecurityLevel> levels = new EnumMap<>(Dimension.class);
            int rest = code;
            for (Dimension dimension : Dimension.values()) {
                int value = rest % values;
                rest /= values;
                if (value > 0) {
                    levels.put(dimension, SecurityLevel.values()[value - 1]);
                }
            }
            combinations.add(DimensionLevels.of(levels));
        }
        return combinations.stream();
    }

    @Test
    void everyCombination_coversAllThousandAndTwentyFour() {
        assertThat(everyCombination().distinct()).hasSize(1024);
    }

    @ParameterizedTest
    @MethodSource("everyCombination")
    void categorize_anyCombination_givesTheCategoryOfTheHighestLevelOrAnError(DimensionLevels levels) {
        Optional<SecurityLevel> highest = levels.levels().values().stream().max(Enum::compareTo);

        Categorization categorization = Categorizer.categorize(levels);

        if (highest.isPresent()) {
            Category expected = List.of(Category.BASICA, Category.MEDIA, Category.ALTA).get(highest.get().ordinal());
            assertThat(categorization.isComplete()).isTrue();
            assertThat(categorization.category()).contains(expected);
            assertThat(categorization.orElseThrow()).isEqualTo(expected);
            assertThat(categorization.decisiveDimensions()).isNotEmpty()
                    .allSatisfy(dimension -> assertThat(levels.level(dimension)).contains(highest.get()));
            assertThat(categorization.reason()).startsWith(expected.officialName() + " because ");
        } else {
            assertThat(categorization.isComplete()).isFalse();
            assertThat(categorization.category()).isEmpty();
            assertThatThrownBy(categorization::orElseThrow).isInstanceOf(IllegalStateException.class)
                    .hasMessage("No category: no dimension has a level, and Anexo I defines no category for that case");
        }
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            C=MEDIO,I=BAJO            | MEDIA because C=MEDIO is the highest level
            C=BAJO                    | BÁSICA because C=BAJO is the highest level
            I=ALTO,T=BAJO,D=ALTO      | ALTA because I=ALTO and D=ALTO are the highest levels
            C=MEDIO,I=MEDIO,A=MEDIO   | MEDIA because C=MEDIO and I=MEDIO and A=MEDIO are the highest levels
            """)
    void reason_namesTheDecisiveDimensions(String levels, String reason) {
        assertThat(Categorizer.categorize(DimensionLevels.parse(levels)).reason()).isEqualTo(reason);
    }

    @Test
    void categorize_valuationsOfInformationAndServices_takesTheMaximumPerDimension() {
        DimensionLevels padron = DimensionLevels.parse("C=MEDIO,I=MEDIO,T=BAJO,A=BAJO");
        DimensionLevels registroElectronico = DimensionLevels.parse("I=BAJO,A=MEDIO,D=BAJO");

        Categorization categorization = Categorizer.categorize(List.of(padron, registroElectronico));

        assertThat(categorization.levels()).isEqualTo(DimensionLevels.parse("C=MEDIO,I=MEDIO,T=BAJO,A=MEDIO,D=BAJO"));
        assertThat(categorization.category()).contains(Category.MEDIA);
    }

    @Test
    void categorize_noValuations_isIncomplete() {
        assertThat(Categorizer.categorize(List.of()).isComplete()).isFalse();
    }

    @Property
    void categorize_valuations_equalsCategorizingTheirPerDimensionMaximum(
            @ForAll("valuations") List<DimensionLevels> valuations) {
        Map<Dimension, SecurityLevel> maximum = new EnumMap<>(Dimension.class);
        valuations.forEach(valuation -> valuation.levels().forEach((dimension, level) ->
                maximum.merge(dimension, level, (a, b) -> a.compareTo(b) >= 0 ? a : b)));

        Categorization categorization = Categorizer.categorize(valuations);

        assertThat(categorization.levels()).isEqualTo(DimensionLevels.of(maximum));
        assertThat(categorization.category())
                .isEqualTo(maximum.values().stream().max(Enum::compareTo).map(SecurityLevel::category));
    }

    @Provide
    Arbitrary<List<DimensionLevels>> valuations() {
        Arbitrary<DimensionLevels> valuation = Arbitraries.maps(
                Arbitraries.of(Dimension.class), Arbitraries.of(SecurityLevel.class)).ofMaxSize(5)
                .map(DimensionLevels::of);
        return valuation.list().ofMaxSize(6);
    }
}
