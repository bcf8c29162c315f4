// SPDX-License-Identifier: Apache-2.0
package io.github.enslocal.core.territory;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.assertj.core.api.Assertions.assertThatNullPointerException;

import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class IneCodeTest {

    @Test
    void parse_manresa_givesItsProvinceAndText() {
        IneCode manresa = IneCode.parse("08113");

        assertThat(manresa.provinceCode()).isEqualTo("08");
        assertThat(manresa).hasToString("08113").isEqualTo(IneCode.of(8, 113));
    }

    @Test
    void parse_surroundingWhiteSpace_isIgnored() {
        assertThat(IneCode.parse(" 08140\t")).isEqualTo(new IneCode("08140"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "8113", "081130", "00113", "53001", "99001", "08000", "0811a", "08 13", "+8113",
        "０８１１３", "08113 "})
    void constructor_malformedCode_throwsQuotingIt(String value) {
        assertThatIllegalArgumentException()
                .isThrownBy(() -> new IneCode(value))
                .withMessage("Invalid INE code '" + value
                        + "', expected 5 digits with a province from 01 to 52, e.g. '08113'");
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "8113", "081130", "00113", "53001", "08000", "0811a", "08 13"})
    void parse_malformedCode_throwsQuotingIt(String text) {
        assertThatIllegalArgumentException()
                .isThrownBy(() -> IneCode.parse(text))
                .withMessageContaining("'" + text + "'")
                .withMessageContaining("e.g. '08113'");
    }

    @ParameterizedTest
    @CsvSource({"0, 113", "53, 113", "8, 0", "8, 1000", "-8, 113"})
    void of_outOfRangeParts_throwsQuotingThem(int province, int municipality) {
        assertThatIllegalArgumentException()
                .isThrownBy(() -> IneCode.of(province, municipality))
                .withMessageContaining("province " + province + " and municipality " + municipality);
    }

    @Test
    void parse_null_throwsNamingTheParameter() {
        assertThatNullPointerException().isThrownBy(() -> IneCode.parse(null)).withMessage("text");
    }

    @Property
    void parse_toString_roundTrips(@ForAll("codes") IneCode code) {
        assertThat(IneCode.parse(code.toString())).isEqualTo(code);
    }

    @Property
    void of_agreesWithTheText(@ForAll("provinces") int province, @ForAll("municipalityNumbers") int municipality) {
        IneCode code = IneCode.of(province, municipality);

        assertThat(Integer.parseInt(code.provinceCode())).isEqualTo(province);
        assertThat(Integer.parseInt(code.value().substring(2))).isEqualTo(municipality);
    }

    @Property
    void compareTo_isConsistentWithTheNumbersAndWithEquals(@ForAll("codes") IneCode a, @ForAll("codes") IneCode b) {
        int byNumber = Integer.compare(Integer.parseInt(a.value()), Integer.parseInt(b.value()));

        assertThat(Integer.signum(a.compareTo(b))).isEqualTo(Integer.signum(byNumber));
        assertThat(a.compareTo(b) == 0).isEqualTo(a.equals(b));
    }

    @Test
    void sorting_ordersByProvinceThenMunicipality() {
        List<IneCode> sorted = List.of(IneCode.parse("08213"), IneCode.parse("17001"), IneCode.parse("08113"))
                .stream().sorted().toList();

        assertThat(sorted).extracting(IneCode::toString).containsExactly("08113", "08213", "17001");
    }

    @Provide
    Arbitrary<IneCode> codes() {
        return Combinators.combine(provinces(), municipalityNumbers()).as(IneCode::of);
    }

    @Provide
    Arbitrary<Integer> provinces() {
        return Arbitraries.integers().between(1, 52);
    }

    @Provide
    Arbitrary<Integer> municipalityNumbers() {
        return Arbitraries.integers().between(1, 999);
    }
}
