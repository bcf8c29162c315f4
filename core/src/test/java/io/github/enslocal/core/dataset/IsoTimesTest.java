// SPDX-License-Identifier: Apache-2.0
package io.github.enslocal.core.dataset;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.util.function.Function;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.LongRange;

class IsoTimesTest {

    @Property(tries = 1000)
    void localDate_agreesWithLocalDateParse(@ForAll("dateLike") String text) {
        assertSameOutcome(text, IsoTimes::localDate, LocalDate::parse);
    }

    @Property(tries = 1000)
    void instant_agreesWithInstantParse(@ForAll("instantLike") String text) {
        assertSameOutcome(text, IsoTimes::instant, Instant::parse);
    }

    @Property(tries = 500)
    void writtenForms_readBack(@ForAll @LongRange(min = -62_167_219_200L, max = 253_402_300_799L) long epochSecond) {
        Instant instant = Instant.ofEpochSecond(epochSecond);
        LocalDate date = LocalDate.ofEpochDay(Math.floorDiv(epochSecond, 86_400));

        assertThat(IsoTimes.instant(instant.toString())).isEqualTo(instant);
        assertThat(IsoTimes.localDate(date.toString())).isEqualTo(date);
    }

    /** Texts of a date's length, mostly well-formed, often naming days that do not exist. */
    @Provide
    Arbitrary<String> dateLike() {
        return Arbitraries.oneOf(
                Combinators.combine(Arbitraries.integers().between(0, 9999), Arbitraries.integers().between(0, 13),
                        Arbitraries.integers().between(0, 32))
                        .as((year, month, day) -> String.format("%04d-%02d-%02d", year, month, day)),
                Arbitraries.strings().withChars("0123456789-:TZtz +").ofLength(10));
    }

    /** Texts of an instant's length, mostly well-formed, with times out of range and other letters. */
    @Provide
    Arbitrary<String> instantLike() {
        return Arbitraries.oneOf(
                Combinators.combine(dateLike(), Arbitraries.integers().between(0, 25),
                                Arbitraries.integers().between(0, 60), Arbitraries.integers().between(0, 61),
                                Arbitraries.of("T", "t", " "), Arbitraries.of("Z", "z", "+"))
                        .as((date, hour, minute, second, t, z) -> String.format("%s%s%02d:%02d:%02d%s", date, t, hour,
                                minute, second, z)),
                Arbitraries.strings().withChars("0123456789-:TZtz +").ofLength(20));
    }

    private static <T> void assertSameOutcome(String text, Function<String, T> fast, Function<String, T> reference) {
        Object expected;
        try {
            expected = reference.apply(text);
        } catch (RuntimeException e) {
            expected = e.getClass().getName() + ": " + e.getMessage();
        }
        Object actual;
        try {
            actual = fast.apply(text);
        } catch (RuntimeException e) {
            actual = e.getClass().getName() + ": " + e.getMessage();
        }
        assertThat(actual).as(text).isEqualTo(expected);
    }
}
