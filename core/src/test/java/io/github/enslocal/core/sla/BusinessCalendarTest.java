// SPDX-License-Identifier: Apache-2.0
package io.github.enslocal.core.sla;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class BusinessCalendarTest {

    /**
     * A consell comarcal's help desk: Monday to Friday 08:00-15:00, Thursday afternoons 16:00-19:00,
     * closed on the Diada (Thu 11 Sep 2025), Christmas (Thu 25 Dec 2025) and Sant Esteve (Fri 26 Dec 2025).
     */
    static final BusinessCalendar OFFICE = BusinessCalendar.builder()
            .weekdays(WorkingHours.parse("08:00-15:00"))
            .hours(DayOfWeek.THURSDAY, WorkingHours.parse("16:00-19:00"))
            .holidays(List.of(LocalDate.of(2025, 9, 11), LocalDate.of(2025, 12, 25), LocalDate.of(2025, 12, 26)))
            .build();

    /** A monitoring service that never stops. */
    static final BusinessCalendar ROUND_THE_CLOCK = allWeek(WorkingHours.parse("00:00-24:00"));

    /** A night shift that straddles the small hours when the clocks change. */
    static final BusinessCalendar NIGHT_SHIFT = BusinessCalendar.builder()
            .hours(DayOfWeek.SUNDAY, WorkingHours.parse("01:00-04:00"))
            .hours(DayOfWeek.WEDNESDAY, WorkingHours.parse("22:00-24:00"))
            .build();

    static Instant madrid(String localDateTime) {
        return LocalDateTime.parse(localDateTime).atZone(BusinessCalendar.EUROPE_MADRID).toInstant();
    }

    private static BusinessCalendar allWeek(WorkingHours hours) {
        BusinessCalendar.Builder builder = BusinessCalendar.builder();
        for (DayOfWeek day : DayOfWeek.values()) {
            builder.hours(day, hours);
        }
        return builder.build();
    }

    @ParameterizedTest(name = "{0}: {1} -> {2} = {3}")
    @CsvSource({
        "within one interval,            2025-03-11T09:00, 2025-03-11T11:00, PT2H",
        "across a weekend,               2025-03-14T14:00, 2025-03-17T09:00, PT2H",
        "from a Saturday,                2025-03-15T10:00, 2025-03-17T10:00, PT2H",
        "across Thursday's two intervals, 2025-03-13T14:00, 2025-03-13T18:00, PT3H",
        "over Thursday's lunch gap,      2025-03-13T15:10, 2025-03-13T15:50, PT0S",
        "across the Diada,               2025-09-10T14:00, 2025-09-12T09:00, PT2H",
        "across Christmas and Sant Esteve, 2025-12-24T14:00, 2025-12-29T09:00, PT2H",
        "over the spring-forward weekend, 2025-03-28T08:00, 2025-03-31T15:00, PT14H",
        "over the fall-back weekend,     2025-10-24T08:00, 2025-10-27T15:00, PT14H",
        "four full weeks,                2025-03-03T00:00, 2025-03-31T00:00, PT152H",
        "equal instants,                 2025-03-11T09:00, 2025-03-11T09:00, PT0S",
        "reversed instants,              2025-03-11T11:00, 2025-03-11T09:00, PT0S",
    })
    void businessTimeBetween_office(String name, LocalDateTime from, LocalDateTime to, Duration expected) {
        assertThat(OFFICE.businessTimeBetween(at(from), at(to))).isEqualTo(expected);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource({
        "spring-forward Sunday has 23 hours, 2025-03-30T00:00, 2025-03-31T00:00, PT23H",
        "fall-back Sunday has 25 hours,      2025-10-26T00:00, 2025-10-27T00:00, PT25H",
        "an ordinary Sunday has 24 hours,    2025-04-06T00:00, 2025-04-07T00:00, PT24H",
    })
    void businessTimeBetween_roundTheClock_isElapsedTimeAcrossDstChanges(
            String name, LocalDateTime from, LocalDateTime to, Duration expected) {
        assertThat(ROUND_THE_CLOCK.businessTimeBetween(at(from), at(to))).isEqualTo(expected);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource({
        "01:00-04:00 loses the skipped hour on 30 March,  2025-03-30, PT2H",
        "01:00-04:00 gains the repeated hour on 26 October, 2025-10-26, PT4H",
        "01:00-04:00 on an ordinary Sunday,             2025-04-06, PT3H",
    })
    void businessTimeBetween_intervalSpanningTheClockChange_countsRealTime(
            String name, LocalDate sunday, Duration expected) {
        Instant from = sunday.atStartOfDay(BusinessCalendar.EUROPE_MADRID).toInstant();
        Instant to = sunday.plusDays(1).atStartOfDay(BusinessCalendar.EUROPE_MADRID).toInstant();

        assertThat(NIGHT_SHIFT.businessTimeBetween(from, to)).isEqualTo(expected);
    }

    @ParameterizedTest(name = "{0}: {1} + {2} = {3}")
    @CsvSource({
        "within one interval,          2025-03-11T09:00, PT2H,   2025-03-11T11:00",
        "ending exactly at closing,    2025-03-11T09:00, PT6H,   2025-03-11T15:00",
        "into Thursday afternoon,      2025-03-13T14:30, PT1H,   2025-03-13T16:30",
        "over a weekend,               2025-03-14T14:00, PT2H,   2025-03-17T09:00",
        "from a Sunday,                2025-03-16T12:00, PT30M,  2025-03-17T08:30",
        "over the Diada,               2025-09-10T14:00, PT2H,   2025-09-12T09:00",
        "over the spring-forward weekend, 2025-03-28T14:00, PT2H, 2025-03-31T09:00",
        "zero from outside hours,      2025-03-15T10:00, PT0S,   2025-03-15T10:00",
    })
    void addBusinessTime_office(String name, LocalDateTime from, Duration amount, LocalDateTime expected) {
        assertThat(OFFICE.addBusinessTime(at(from), amount)).isEqualTo(at(expected));
    }

    @Test
    void addBusinessTime_negative_throws() {
        assertThatThrownBy(() -> OFFICE.addBusinessTime(madrid("2025-03-11T09:00"), Duration.ofMinutes(-1)))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("Invalid business time to add PT-1M, expected zero or positive, e.g. PT4H");
    }

    @Test
    void addBusinessTime_intoTheRepeatedHour_landsOnRealTime() {
        Instant start = madrid("2025-10-26T01:00");

        assertThat(NIGHT_SHIFT.addBusinessTime(start, Duration.ofHours(2)))
                .isEqualTo(Instant.parse("2025-10-26T01:00:00Z"));
    }

    @Test
    void isWorkingDay_excludesWeekendsAndHolidays() {
        assertThat(OFFICE.isWorkingDay(LocalDate.of(2025, 9, 10))).isTrue();
        assertThat(OFFICE.isWorkingDay(LocalDate.of(2025, 9, 11))).isFalse();
        assertThat(OFFICE.isWorkingDay(LocalDate.of(2025, 9, 13))).isFalse();
    }

    @Test
    void builder_sortsIntervalsAndDefaultsToMadrid() {
        BusinessCalendar calendar = BusinessCalendar.builder()
                .hours(DayOfWeek.THURSDAY, WorkingHours.parse("16:00-19:00"), WorkingHours.parse("08:00-15:00"))
                .build();

        assertThat(calendar.zone()).isEqualTo(ZoneId.of("Europe/Madrid"));
        assertThat(calendar.hoursOn(DayOfWeek.THURSDAY)).extracting(WorkingHours::toString)
                .containsExactly("08:00-15:00", "16:00-19:00");
        assertThat(calendar.hoursOn(DayOfWeek.MONDAY)).isEmpty();
        assertThat(calendar.weeklyHours()).containsOnlyKeys(DayOfWeek.THURSDAY);
    }

    @Test
    void constructor_overlappingIntervals_throws() {
        BusinessCalendar.Builder builder = BusinessCalendar.builder()
                .hours(DayOfWeek.MONDAY, WorkingHours.parse("08:00-15:00"), WorkingHours.parse("14:00-19:00"));

        assertThatThrownBy(builder::build)
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("Invalid working hours on MONDAY: 08:00-15:00 overlaps 14:00-19:00, "
                        + "expected e.g. 08:00-15:00 and 16:00-19:00");
    }

    @Test
    void constructor_touchingIntervals_areAllowed() {
        BusinessCalendar calendar = BusinessCalendar.builder()
                .hours(DayOfWeek.MONDAY, WorkingHours.parse("08:00-15:00"), WorkingHours.parse("15:00-19:00"))
                .build();

        assertThat(calendar.businessTimeBetween(madrid("2025-03-10T00:00"), madrid("2025-03-11T00:00")))
                .isEqualTo(Duration.ofHours(11));
    }

    @Test
    void constructor_noWorkingHours_throws() {
        assertThatThrownBy(() -> new BusinessCalendar(BusinessCalendar.EUROPE_MADRID,
                Map.of(DayOfWeek.MONDAY, List.of()), Set.of(LocalDate.of(2025, 1, 1))))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("A business calendar needs working hours on at least one weekday, "
                        + "e.g. MONDAY 08:00-15:00");
    }

    @ParameterizedTest
    @ValueSource(strings = {"08:00-15:00", "16:00-24:00", "00:00-24:00", "08:30:15-09:00"})
    void workingHours_parse_roundTripsToString(String text) {
        assertThat(WorkingHours.parse(text).toString()).isEqualTo(text);
        assertThat(WorkingHours.parse(" " + text + " ")).isEqualTo(WorkingHours.parse(text));
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "08:00", "8-15", "08:00-00:00", "08:00-25:00", "08:00-15:00-16:00"})
    void workingHours_parse_badText_throwsQuotingIt(String text) {
        assertThatThrownBy(() -> WorkingHours.parse(text))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("'" + text + "'")
                .hasMessageEndingWith("expected e.g. '08:00-15:00' or '16:00-24:00'");
    }

    @ParameterizedTest
    @ValueSource(strings = {"15:00-08:00", "08:00-08:00"})
    void workingHours_parse_endNotAfterStart_throwsQuotingIt(String text) {
        assertThatThrownBy(() -> WorkingHours.parse(text))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("Invalid working hours " + text + ": the end must be after the start, e.g. '08:00-15:00'");
    }

    @Test
    void workingHours_of_endBeforeStart_throws() {
        assertThatThrownBy(() -> WorkingHours.of(LocalTime.of(15, 0), LocalTime.of(8, 0)))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("Invalid working hours 15:00-08:00: the end must be after the start, e.g. '08:00-15:00'");
    }

    private static Instant at(LocalDateTime local) {
        return local.atZone(BusinessCalendar.EUROPE_MADRID).toInstant();
    }
}
