// SPDX-License-Identifier: Apache-2.0
package io.github.enslocal.core.ens;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class ReinforcementIdTest {

    private static final MeasureId OP_ACC_6 = MeasureId.parse("op.acc.6");

    @Test
    void parse_upperCaseR_isAcceptedAndWrittenLowerCase() {
        ReinforcementId id = ReinforcementId.parse(" op.acc.6.R2 ");

        assertThat(id.measure()).isEqualTo(OP_ACC_6);
        assertThat(id.number()).isEqualTo(2);
        assertThat(id).hasToString("op.acc.6.r2");
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "op.acc.6", "op.acc.6.r", "op.acc.6.r0", "op.acc.6.r01", "op.acc.6.r100",
        "op.acc.6.2", "op.acc.6r2", "op.x1.6.r2", "r2", ".r2", "op.acc.6.r2.r1", "op.acc.6.x2"})
    void parse_malformedId_throwsQuotingItWithAnExample(String text) {
        assertThatIllegalArgumentException()
                .isThrownBy(() -> ReinforcementId.parse(text))
                .withMessage("Invalid reinforcement id '" + text + "', expected e.g. 'op.acc.6.r2'");
    }

    @ParameterizedTest
    @ValueSource(ints = {0, -1, 100, Integer.MAX_VALUE, Integer.MIN_VALUE})
    void constructor_numberOutOfRange_throwsQuotingIt(int number) {
        assertThatIllegalArgumentException()
                .isThrownBy(() -> new ReinforcementId(OP_ACC_6, number))
                .withMessage("Invalid reinforcement number " + number + " of op.acc.6, expected 1 to 99");
    }

    @Property
    void parse_toString_roundTrips(@ForAll("ids") ReinforcementId id) {
        assertThat(ReinforcementId.parse(id.toString())).isEqualTo(id);
    }

    // Regression: numbers of 100 or more were accepted by the constructor but not by parse.
    @Property
    void everyConstructibleId_roundTrips(@ForAll @IntRange(min = 1, max = 500) int number) {
        ReinforcementId id;
        try {
            id = new ReinforcementId(OP_ACC_6, number);
        } catch (IllegalArgumentException rejected) {
            assertThat(number).isGreaterThan(99);
            return;
        }
        assertThat(ReinforcementId.parse(id.toString())).isEqualTo(id);
    }

    @Property
    void compareTo_ordersByMeasureThenNumberConsistentlyWithEquals(@ForAll("ids") ReinforcementId a,
            @ForAll("ids") ReinforcementId b) {
        int expected = a.measure().equals(b.measure())
                ? Integer.compare(a.number(), b.number())
                : a.measure().compareTo(b.measure());

        assertThat(Integer.signum(a.compareTo(b))).isEqualTo(Integer.signum(expected));
        assertThat(a.compareTo(b) == 0).isEqualTo(a.equals(b));
    }

    @Test
    void sorting_numbersSortNumerically() {
        List<ReinforcementId> sorted = List.of("op.acc.6.r10", "op.acc.6.r2", "op.acc.5.r9", "org.1.r1")
                .stream().map(ReinforcementId::parse).sorted().toList();

        assertThat(sorted).extracting(ReinforcementId::toString)
                .containsExactly("org.1.r1", "op.acc.5.r9", "op.acc.6.r2", "op.acc.6.r10");
    }

    @Provide
    Arbitrary<ReinforcementId> ids() {
        return Combinators.combine(MeasureIdArbitraries.ids(), Arbitraries.integers().between(1, 99))
                .as(ReinforcementId::new);
    }
}
