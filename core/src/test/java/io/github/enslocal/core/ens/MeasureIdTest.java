// SPDX-License-Identifier: Apache-2.0
package io.github.enslocal.core.ens;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import java.util.Comparator;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class MeasureIdTest {

    @Test
    void parse_operationalMeasure_exposesItsParts() {
        MeasureId id = MeasureId.parse("op.exp.1");

        assertThat(id.framework()).isEqualTo("op");
        assertThat(id.group()).isEqualTo("op.exp");
        assertThat(id.number()).isEqualTo(1);
        assertThat(id).hasToString("op.exp.1");
    }

    @Test
    void parse_organisationalMeasure_hasNoGroupBeyondItsFramework() {
        MeasureId id = MeasureId.parse(" org.4 ");

        assertThat(id.framework()).isEqualTo("org");
        assertThat(id.group()).isEqualTo("org");
        assertThat(id.number()).isEqualTo(4);
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "op", "op.x", "op.acc", "op.acc.0", "op.acc.01", "op.acc.100", "OP.ACC.1",
        "op.a1.1", "op.abcde.1", "org.acc.1", "mp.1", "xx.acc.1", "op..1", "op.acc.1.", "op.acc.6.r2"})
    void parse_malformedId_throwsQuotingItWithAnExample(String text) {
        assertThatIllegalArgumentException()
                .isThrownBy(() -> MeasureId.parse(text))
                .withMessage("Invalid measure id '" + text + "', expected e.g. 'op.acc.1' or 'org.1'");
    }

    @Property
    void parse_toString_roundTrips(@ForAll("ids") MeasureId id) {
        assertThat(MeasureId.parse(id.toString())).isEqualTo(id);
    }

    @Property
    void compareTo_isZeroExactlyForEqualIds(@ForAll("ids") MeasureId a, @ForAll("ids") MeasureId b) {
        assertThat(a.compareTo(b) == 0).isEqualTo(a.equals(b));
        assertThat(Integer.signum(a.compareTo(b))).isEqualTo(-Integer.signum(b.compareTo(a)));
    }

    /** The documented order, written the slow way: framework in Anexo order, group, number. */
    @Property(tries = 2000)
    void compareTo_agreesWithFrameworkThenGroupThenNumber(@ForAll("closeIds") MeasureId a,
            @ForAll("closeIds") MeasureId b) {
        Comparator<MeasureId> documented = Comparator
                .comparingInt((MeasureId id) -> List.of("org", "op", "mp").indexOf(id.framework()))
                .thenComparing(MeasureId::group)
                .thenComparingInt(MeasureId::number);

        assertThat(Integer.signum(a.compareTo(b))).isEqualTo(Integer.signum(documented.compare(a, b)));
    }

    @Test
    void sorting_followsFrameworksOfTheAnexoThenGroupThenNumber() {
        List<MeasureId> sorted = List.of("mp.if.1", "op.exp.10", "op.acc.6", "org.1", "op.exp.2", "mp.info.6")
                .stream().map(MeasureId::parse).sorted().toList();

        assertThat(sorted).extracting(MeasureId::toString)
                .containsExactly("org.1", "op.acc.6", "op.exp.2", "op.exp.10", "mp.if.1", "mp.info.6");
    }

    @Test
    void reinforcement_numberedOfThisMeasure() {
        assertThat(MeasureId.parse("op.acc.6").reinforcement(2)).hasToString("op.acc.6.r2");
    }

    @Provide
    Arbitrary<MeasureId> ids() {
        return MeasureIdArbitraries.ids();
    }

    /** Ids that often share a framework, a group or a group's prefix, and numbers of one or two digits. */
    @Provide
    Arbitrary<MeasureId> closeIds() {
        Arbitrary<Integer> numbers = Arbitraries.of(1, 2, 9, 10, 11, 20);
        return Arbitraries.oneOf(numbers.map(n -> new MeasureId("org." + n)),
                Combinators.combine(Arbitraries.of("op", "mp"), Arbitraries.of("a", "ac", "acc", "b", "exp"), numbers)
                        .as((framework, group, number) -> new MeasureId(framework + "." + group + "." + number)));
    }
}
