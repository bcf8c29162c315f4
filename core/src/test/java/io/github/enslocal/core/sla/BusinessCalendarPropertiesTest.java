// SPDX-License-Identifier: Apache-2.0
package io.github.enslocal.core.sla;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

class BusinessCalendarPropertiesTest {

    /** 2024-01-01T00:00Z to 2027-01-01T00:00Z, covering several clock changes. */
    private static final long FROM = 1_704_067_200L;
    private static final long TO = 1_798_761_600L;

    @Provide
    Arbitrary<Instant> instants() {
        return Arbitraries.longs().between(FROM, TO).map(Instant::ofEpochSecond);
    }

    @Provide
    Arbitrary<BusinessCalendar> calendars() {
        return Arbitraries.of(BusinessCalendarTest.OFFICE, BusinessCalendarTest.ROUND_THE_CLOCK,
                BusinessCalendarTest.NIGHT_SHIFT);
    }

    @Provide
    Arbitrary<Duration> amounts() {
        return Arbitraries.longs().between(0, 400L * 3600).map(Duration::ofSeconds);
    }

    @Property
    void businessTimeBetween_isNonNegativeAndAtMostElapsedTime(
            @ForAll("calendars") BusinessCalendar calendar, @ForAll("instants") Instant a, @ForAll("instants") Instant b) {
        Duration business = calendar.businessTimeBetween(a, b);

        assertThat(business).isGreaterThanOrEqualTo(Duration.ZERO);
        if (b.isAfter(a)) {
            assertThat(business).isLessThanOrEqualTo(Duration.between(a, b));
        } else {
            assertThat(business).isZero();
        }
    }

    @Property
    void businessTimeBetween_isAdditiveOverASplitPoint(@ForAll("calendars") BusinessCalendar calendar,
            @ForAll("instants") Instant x, @ForAll("instants") Instant y, @ForAll("instants") Instant z) {
        Instant[] sorted = {x, y, z};
        Arrays.sort(sorted);

        assertThat(calendar.businessTimeBetween(sorted[0], sorted[2])).isEqualTo(
                calendar.businessTimeBetween(sorted[0], sorted[1]).plus(calendar.businessTimeBetween(sorted[1], sorted[2])));
    }

    @Property
    void businessTimeBetween_roundTheClock_isElapsedTime(@ForAll("instants") Instant a, @ForAll("instants") Instant b) {
        Duration expected = b.isAfter(a) ? Duration.between(a, b) : Duration.ZERO;

        assertThat(BusinessCalendarTest.ROUND_THE_CLOCK.businessTimeBetween(a, b)).isEqualTo(expected);
    }

    @Property
    void addBusinessTime_isInvertedByBusinessTimeBetween(@ForAll("calendars") BusinessCalendar calendar,
            @ForAll("instants") Instant from, @ForAll("amounts") Duration amount) {
        Instant to = calendar.addBusinessTime(from, amount);

        assertThat(to).isAfterOrEqualTo(from);
        assertThat(calendar.businessTimeBetween(from, to)).isEqualTo(amount);
    }

    @Property
    void addBusinessTime_returnsTheEarliestInstant(@ForAll("calendars") BusinessCalendar calendar,
            @ForAll("instants") Instant from, @ForAll("amounts") Duration amount) {
        Instant to = calendar.addBusinessTime(from, amount);

        if (!amount.isZero()) {
            assertThat(calendar.businessTimeBetween(from, to.minusNanos(1))).isLessThan(amount);
        }
    }

    @Property
    void addBusinessTime_ofTheBusinessTimeBetween_reachesNoLaterThanTheEnd(@ForAll("calendars") BusinessCalendar calendar,
            @ForAll("instants") Instant a, @ForAll("instants") Instant b) {
        Instant reached = calendar.addBusinessTime(a, calendar.businessTimeBetween(a, b));

        if (b.isAfter(a)) {
            assertThat(reached).isBeforeOrEqualTo(b);
            assertThat(calendar.businessTimeBetween(reached, b)).isZero();
        } else {
            assertThat(reached).isEqualTo(a);
        }
    }
}
