// SPDX-License-Identifier: Apache-2.0
package io.github.enslocal.core.ens;

import static io.github.enslocal.core.ens.Dimension.AUTHENTICITY;
import static io.github.enslocal.core.ens.Dimension.AVAILABILITY;
import static io.github.enslocal.core.ens.Dimension.CONFIDENTIALITY;
import static io.github.enslocal.core.ens.Dimension.INTEGRITY;
import static io.github.enslocal.core.ens.Dimension.TRACEABILITY;
import static io.github.enslocal.core.ens.SecurityLevel.ALTO;
import static io.github.enslocal.core.ens.SecurityLevel.BAJO;
import static io.github.enslocal.core.ens.SecurityLevel.MEDIO;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import java.util.EnumSet;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class DimensionLevelsTest {

    private static final DimensionLevels PADRO = DimensionLevels.parse("C=MEDIO,I=BAJO,D=BAJO");

    @Test
    void parse_assignments_giveTheirLevelsAndLeaveOthersUnassigned() {
        assertThat(PADRO.level(CONFIDENTIALITY)).contains(MEDIO);
        assertThat(PADRO.level(AVAILABILITY)).contains(BAJO);
        assertThat(PADRO.level(TRACEABILITY)).isEmpty();
        assertThat(PADRO.assigned()).containsExactly(CONFIDENTIALITY, INTEGRITY, AVAILABILITY);
    }

    @Test
    void parse_isLenientOnCaseSpacesAndOrder_andToStringIsCanonical() {
        DimensionLevels levels = DimensionLevels.parse(" d = bajo , c=Medio,I=BAJO");

        assertThat(levels).isEqualTo(PADRO).hasToString("C=MEDIO,I=BAJO,D=BAJO");
    }

    @Test
    void parse_emptyText_assignsNothing() {
        assertThat(DimensionLevels.parse("")).isEqualTo(DimensionLevels.none());
        assertThat(DimensionLevels.none()).hasToString("");
        assertThat(DimensionLevels.none().isEmpty()).isTrue();
        assertThat(DimensionLevels.none().highest()).isEmpty();
    }

    @ParameterizedTest
    @ValueSource(strings = {"C", "C=", "=MEDIO", "C=MEDIO,", ",C=MEDIO", "C==MEDIO", "C=MEDIO;I=BAJO",
        "C=MEDIO,C=BAJO", "X=BAJO", "C=MUY_ALTO", "C=NONE", "CI=BAJO", "C=MEDIO,,I=BAJO"})
    void parse_malformed_throwsQuotingTheWholeValueWithAnExample(String text) {
        assertThatIllegalArgumentException()
                .isThrownBy(() -> DimensionLevels.parse(text))
                .withMessageStartingWith("Invalid dimension levels '" + text + "'")
                .withMessageEndingWith("expected e.g. 'C=MEDIO,I=BAJO,D=BAJO'");
    }

    // Regression: an unknown level or dimension was reported without the value being parsed.
    @Test
    void parse_unknownLevel_namesThePartAndTheWholeValue() {
        assertThatIllegalArgumentException()
                .isThrownBy(() -> DimensionLevels.parse("C=MEDIO,I=MUY_ALTO"))
                .withMessage("Invalid dimension levels 'C=MEDIO,I=MUY_ALTO': 'MUY_ALTO' is not one of BAJO, MEDIO, "
                        + "ALTO, expected e.g. 'C=MEDIO,I=BAJO,D=BAJO'");
    }

    @Test
    void constructor_nullMap_meansNothingAssigned() {
        assertThat(new DimensionLevels(null)).isEqualTo(DimensionLevels.none());
    }

    @Test
    void of_copiesTheMap() {
        Map<Dimension, SecurityLevel> source = new HashMap<>(Map.of(INTEGRITY, ALTO));
        DimensionLevels levels = DimensionLevels.of(source);

        source.put(CONFIDENTIALITY, BAJO);

        assertThat(levels.assigned()).containsExactly(INTEGRITY);
    }

    @Test
    void highestOf_ignoresUnassignedDimensions() {
        assertThat(PADRO.highestOf(EnumSet.of(INTEGRITY, AVAILABILITY))).contains(BAJO);
        assertThat(PADRO.highestOf(EnumSet.of(CONFIDENTIALITY, INTEGRITY))).contains(MEDIO);
        assertThat(PADRO.highestOf(EnumSet.of(TRACEABILITY, AUTHENTICITY))).isEmpty();
        assertThat(PADRO.highestOf(Set.of())).isEmpty();
    }

    @Test
    void max_assignsADimensionAssignedInEither() {
        DimensionLevels other = DimensionLevels.parse("I=ALTO,T=BAJO");

        assertThat(PADRO.max(other)).hasToString("C=MEDIO,I=ALTO,T=BAJO,D=BAJO");
    }

    @Property
    void parse_toString_roundTrips(@ForAll("levels") DimensionLevels levels) {
        assertThat(DimensionLevels.parse(levels.toString())).isEqualTo(levels);
    }

    @Property
    void max_isCommutative(@ForAll("levels") DimensionLevels a, @ForAll("levels") DimensionLevels b) {
        assertThat(a.max(b)).isEqualTo(b.max(a));
    }

    @Property
    void max_isAssociative(@ForAll("levels") DimensionLevels a, @ForAll("levels") DimensionLevels b,
            @ForAll("levels") DimensionLevels c) {
        assertThat(a.max(b).max(c)).isEqualTo(a.max(b.max(c)));
    }

    @Property
    void max_isIdempotentAndNoneIsItsIdentity(@ForAll("levels") DimensionLevels a) {
        assertThat(a.max(a)).isEqualTo(a);
        assertThat(a.max(DimensionLevels.none())).isEqualTo(a);
    }

    @Property
    void max_neverLowersALevel(@ForAll("levels") DimensionLevels a, @ForAll("levels") DimensionLevels b,
            @ForAll Dimension dimension) {
        Optional<SecurityLevel> max = a.max(b).level(dimension);

        a.level(dimension).ifPresent(level -> assertThat(max.orElseThrow().isAtLeast(level)).isTrue());
        b.level(dimension).ifPresent(level -> assertThat(max.orElseThrow().isAtLeast(level)).isTrue());
        assertThat(max.isPresent()).isEqualTo(a.level(dimension).isPresent() || b.level(dimension).isPresent());
    }

    @Property
    void highest_isTheMaximumOfTheAssignedLevels(@ForAll("levels") DimensionLevels levels) {
        Optional<SecurityLevel> expected = levels.assigned().stream()
                .map(dimension -> levels.level(dimension).orElseThrow())
                .max(Enum::compareTo);

        assertThat(levels.highest()).isEqualTo(expected);
        assertThat(levels.highestOf(EnumSet.allOf(Dimension.class))).isEqualTo(expected);
        assertThat(levels.highest().isEmpty()).isEqualTo(levels.isEmpty());
    }

    @Property
    void with_setsOneDimensionAndKeepsTheOthers(@ForAll("levels") DimensionLevels levels,
            @ForAll Dimension dimension, @ForAll SecurityLevel level) {
        DimensionLevels changed = levels.with(dimension, level);

        assertThat(changed.level(dimension)).contains(level);
        for (Dimension other : EnumSet.complementOf(EnumSet.of(dimension))) {
            assertThat(changed.level(other)).isEqualTo(levels.level(other));
        }
    }

    @Provide
    Arbitrary<DimensionLevels> levels() {
        return Arbitraries.maps(Arbitraries.of(Dimension.class), Arbitraries.of(SecurityLevel.class))
                .ofMaxSize(Dimension.values().length)
                .map(DimensionLevels::of);
    }
}
