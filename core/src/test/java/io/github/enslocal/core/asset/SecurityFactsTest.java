// SPDX-License-Identifier: Apache-2.0
package io.github.enslocal.core.asset;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatNullPointerException;

import java.time.LocalDate;
import java.util.Optional;
import java.util.function.BiFunction;
import java.util.stream.Stream;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.time.api.Dates;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class SecurityFactsTest {

    private static final LocalDate AS_OF = LocalDate.of(2025, 11, 30);

    /** Every date on a different day, so that a method reading the wrong date gives a wrong count. */
    private static final SecurityFacts DATED = new SecurityFacts(Fact.YES, Fact.YES, Fact.YES, Fact.YES,
            Optional.of(LocalDate.of(2025, 11, 12)), Optional.of(LocalDate.of(2025, 11, 29)),
            Optional.of(LocalDate.of(2025, 5, 30)), Optional.of(LocalDate.of(2024, 11, 30)));

    @Test
    void constructor_nullFactsAndDates_becomeUnknownAndEmpty() {
        SecurityFacts facts = new SecurityFacts(null, null, null, null, null, null, null, null);

        assertThat(facts).isEqualTo(SecurityFacts.unknown());
        assertThat(facts.diskEncryption()).isEqualTo(Fact.UNKNOWN);
        assertThat(facts.antiMalware()).isEqualTo(Fact.UNKNOWN);
        assertThat(facts.logging()).isEqualTo(Fact.UNKNOWN);
        assertThat(facts.mfa()).isEqualTo(Fact.UNKNOWN);
        assertThat(facts.lastPatch()).isEmpty();
        assertThat(facts.lastBackup()).isEmpty();
        assertThat(facts.lastRestoreTest()).isEmpty();
        assertThat(facts.lastInventoryReview()).isEmpty();
    }

    static Stream<Arguments> daysSince() {
        return Stream.of(
                Arguments.of("last patch", counter(SecurityFacts::daysSinceLastPatch), 18L),
                Arguments.of("last backup", counter(SecurityFacts::daysSinceLastBackup), 1L),
                Arguments.of("last restore test", counter(SecurityFacts::daysSinceLastRestoreTest), 184L),
                Arguments.of("last inventory review", counter(SecurityFacts::daysSinceLastInventoryReview), 365L));
    }

    private static BiFunction<SecurityFacts, LocalDate, Optional<Long>> counter(
            BiFunction<SecurityFacts, LocalDate, Optional<Long>> method) {
        return method;
    }

    @ParameterizedTest(name = "days since {0}")
    @MethodSource("daysSince")
    void daysSince_recordedDate_countsCalendarDaysToAsOf(
            String fact, BiFunction<SecurityFacts, LocalDate, Optional<Long>> method, long expected) {
        assertThat(method.apply(DATED, AS_OF)).contains(expected);
    }

    @ParameterizedTest(name = "days since {0}")
    @MethodSource("daysSince")
    void daysSince_nothingRecorded_isEmpty(
            String fact, BiFunction<SecurityFacts, LocalDate, Optional<Long>> method, long ignored) {
        assertThat(method.apply(SecurityFacts.unknown(), AS_OF)).isEmpty();
    }

    @ParameterizedTest(name = "days since {0}")
    @MethodSource("daysSince")
    void daysSince_nullAsOf_isRejected(
            String fact, BiFunction<SecurityFacts, LocalDate, Optional<Long>> method, long ignored) {
        assertThatNullPointerException().isThrownBy(() -> method.apply(DATED, null)).withMessage("asOf");
    }

    @Test
    void daysSinceLastPatch_dateAfterAsOf_isNegative() {
        assertThat(DATED.daysSinceLastPatch(LocalDate.of(2025, 11, 2))).contains(-10L);
    }

    @Property
    void daysSinceLastPatch_growsOneForOneWithAsOf(
            @ForAll("days") LocalDate patched, @ForAll("days") LocalDate asOf, @ForAll @IntRange(max = 3000) int later) {
        SecurityFacts facts = new SecurityFacts(null, null, null, null, Optional.of(patched), null, null, null);

        long before = facts.daysSinceLastPatch(asOf).orElseThrow();

        assertThat(facts.daysSinceLastPatch(asOf.plusDays(later))).contains(before + later);
        assertThat(facts.daysSinceLastPatch(patched)).contains(0L);
    }

    @Provide
    Arbitrary<LocalDate> days() {
        return Dates.dates().between(LocalDate.of(2015, 1, 1), LocalDate.of(2030, 12, 31));
    }

}
