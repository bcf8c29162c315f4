// SPDX-License-Identifier: Apache-2.0
package io.github.enslocal.core.time;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import java.time.LocalDate;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.time.api.Dates;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class DateRangeTest {

    private static final DateRange CONVENI_2021_2024 =
            DateRange.of(LocalDate.of(2021, 1, 1), LocalDate.of(2024, 12, 31));

    @Test
    void parse_isoStartAndEnd_givesTheRange() {
        assertThat(DateRange.parse("2021-01-01/2024-12-31")).isEqualTo(CONVENI_2021_2024);
        assertThat(CONVENI_2021_2024).hasToString("2021-01-01/2024-12-31");
    }

    @Test
    void contains_includesBothEnds() {
        assertThat(CONVENI_2021_2024.contains(LocalDate.of(2021, 1, 1))).isTrue();
        assertThat(CONVENI_2021_2024.contains(LocalDate.of(2024, 12, 31))).isTrue();
        assertThat(CONVENI_2021_2024.contains(LocalDate.of(2020, 12, 31))).isFalse();
        assertThat(CONVENI_2021_2024.contains(LocalDate.of(2025, 1, 1))).isFalse();
    }

    @Test
    void lengthInDays_countsBothEnds() {
        assertThat(CONVENI_2021_2024.lengthInDays()).isEqualTo(1_461);
        assertThat(DateRange.parse("2025-03-10/2025-03-10").lengthInDays()).isEqualTo(1);
    }

    @Test
    void overlaps_sharingOneDay_isTrue() {
        assertThat(CONVENI_2021_2024.overlaps(DateRange.parse("2024-12-31/2026-06-30"))).isTrue();
        assertThat(CONVENI_2021_2024.overlaps(DateRange.parse("2025-01-01/2026-06-30"))).isFalse();
    }

    @Test
    void withEnd_extendsTheRange() {
        assertThat(CONVENI_2021_2024.withEnd(LocalDate.of(2026, 12, 31)))
                .hasToString("2021-01-01/2026-12-31");
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "2021-01-01", "2021-01-01/", "/2024-12-31", "2021-01-01 / 2024-12-31",
        "2021-01-01/2024-12-31/2025-01-01", "2021-13-01/2024-12-31", "2021-02-30/2024-12-31", "01/01/2021",
        "2021-01-01--2024-12-31", "2024-12-31/2021-01-01"})
    void parse_malformed_throwsQuotingIt(String text) {
        assertThatIllegalArgumentException()
                .isThrownBy(() -> DateRange.parse(text))
                .withMessageStartingWith("Invalid date range '" + text + "'");
    }

    @Test
    void of_endBeforeStart_throwsQuotingTheRange() {
        assertThatIllegalArgumentException()
                .isThrownBy(() -> DateRange.of(LocalDate.of(2024, 12, 31), LocalDate.of(2021, 1, 1)))
                .withMessage("Invalid date range '2024-12-31/2021-01-01': the end is before the start");
    }

    @Property
    void parse_toString_roundTrips(@ForAll("ranges") DateRange range) {
        assertThat(DateRange.parse(range.toString())).isEqualTo(range);
    }

    @Property
    void overlaps_isSymmetricAndAgreesWithContains(@ForAll("ranges") DateRange a, @ForAll("ranges") DateRange b) {
        assertThat(a.overlaps(b)).isEqualTo(b.overlaps(a));
        assertThat(a.overlaps(b)).isEqualTo(a.contains(b.start()) || b.contains(a.start()));
    }

    @Property
    void contains_itsEnds_andLengthIsPositive(@ForAll("ranges") DateRange range) {
        assertThat(range.contains(range.start())).isTrue();
        assertThat(range.contains(range.end())).isTrue();
        assertThat(range.lengthInDays()).isPositive();
    }

    @Provide
    Arbitrary<DateRange> ranges() {
        return Combinators.combine(
                        Dates.dates().between(LocalDate.of(2021, 1, 1), LocalDate.of(2026, 12, 31)),
                        Arbitraries.integers().between(0, 2_000))
                .as((start, days) -> DateRange.of(start, start.plusDays(days)));
    }
}
