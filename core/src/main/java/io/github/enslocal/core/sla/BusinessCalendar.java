// SPDX-License-Identifier: Apache-2.0
package io.github.enslocal.core.sla;

import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;

/**
 * The working time of a help desk: working hours per weekday (one or more intervals a day) and
 * holidays, in a time zone, {@code Europe/Madrid} unless told otherwise.
 *
 * <p>Business time is real elapsed time that falls within working hours; local times are resolved
 * in the zone, so a working day that spans a daylight-saving change is an hour shorter or longer.
 * A local time that does not exist (in a spring-forward gap) is moved forward by the length of the
 * gap, and one that occurs twice (in an autumn overlap) takes the earlier occurrence, as
 * {@link java.time.ZonedDateTime#of} does. Holidays are whole local days without working hours.
 *
 * <p>Example: Monday to Friday 08:00–15:00 plus Thursday 16:00–19:00, with the local holidays:
 * <pre>{@code
 * BusinessCalendar calendar = BusinessCalendar.builder()
 *         .weekdays(WorkingHours.parse("08:00-15:00"))
 *         .hours(DayOfWeek.THURSDAY, WorkingHours.parse("16:00-19:00"))
 *         .holiday(LocalDate.of(2025, 9, 11))
 *         .build();
 * }</pre>
 * This class is immutable and thread-safe.
 *
 * @param zone the time zone the working hours and holidays are local to
 * @param weeklyHours the working intervals of each weekday that has any, in time order
 * @param holidays the days without working hours, in date order
 */
public record BusinessCalendar(ZoneId zone, Map<DayOfWeek, List<WorkingHours>> weeklyHours, Set<LocalDate> holidays) {

    /** The zone of mainland Spain, where business hours are reckoned by default. */
    public static final ZoneId EUROPE_MADRID = ZoneId.of("Europe/Madrid");

    /**
     * Creates a calendar, checking and normalising its hours: intervals are sorted, weekdays
     * without intervals are dropped.
     *
     * @param zone the zone
     * @param weeklyHours the intervals per weekday
     * @param holidays the holidays
     * @throws NullPointerException if an argument, key or element is null
     * @throws IllegalArgumentException if two intervals of a day overlap, or no weekday has working
     *     hours
     */
    public BusinessCalendar {
        Objects.requireNonNull(zone, "zone");
        Map<DayOfWeek, List<WorkingHours>> hours = new EnumMap<>(DayOfWeek.class);
        weeklyHours.forEach((day, intervals) -> {
            List<WorkingHours> sorted = new ArrayList<>(intervals);
            sorted.sort(Comparator.comparing(WorkingHours::start));
            for (int i = 1; i < sorted.size(); i++) {
                WorkingHours previous = sorted.get(i - 1);
                if (previous.endsAtEndOfDay() || sorted.get(i).start().isBefore(previous.end())) {
                    throw new IllegalArgumentException("Invalid working hours on " + day + ": " + previous
                            + " overlaps " + sorted.get(i) + ", expected e.g. 08:00-15:00 and 16:00-19:00");
                }
            }
            if (!sorted.isEmpty()) {
                hours.put(Objects.requireNonNull(day, "day"), List.copyOf(sorted));
            }
        });
        if (hours.isEmpty()) {
            throw new IllegalArgumentException(
                    "A business calendar needs working hours on at least one weekday, e.g. MONDAY 08:00-15:00");
        }
        weeklyHours = Collections.unmodifiableMap(hours);
        holidays = Collections.unmodifiableSortedSet(new TreeSet<>(holidays));
    }

    /**
     * Returns a builder for a calendar in {@link #EUROPE_MADRID} with no hours and no holidays yet.
     *
     * @return a new builder
     */
    public static Builder builder() {
        return new Builder();
    }

    /**
     * Returns the working intervals of a weekday.
     *
     * @param day the weekday, not null
     * @return the intervals in time order; empty if the day has no working hours
     */
    public List<WorkingHours> hoursOn(DayOfWeek day) {
        return weeklyHours.getOrDefault(Objects.requireNonNull(day, "day"), List.of());
    }

    /**
     * Returns whether a date is a working day: not a holiday and with working hours on its weekday.
     *
     * @param date the date, not null
     * @return true if the date has working hours
     */
    public boolean isWorkingDay(LocalDate date) {
        return !holidays.contains(date) && weeklyHours.containsKey(date.getDayOfWeek());
    }

    /**
     * Returns the business time between two instants: the part of {@code [from, to)} that falls
     * within working hours.
     *
     * @param from the start, not null
     * @param to the end, not null
     * @return the business time; zero if {@code to} is not after {@code from}
     */
    public Duration businessTimeBetween(Instant from, Instant to) {
        Objects.requireNonNull(from, "from");
        Objects.requireNonNull(to, "to");
        Duration total = Duration.ZERO;
        if (!to.isAfter(from)) {
            return total;
        }
        LocalDate last = localDate(to);
        for (LocalDate date = localDate(from); !date.isAfter(last); date = date.plusDays(1)) {
            for (Span span : spans(date)) {
                Instant start = later(span.start(), from);
                Instant end = span.end().isBefore(to) ? span.end() : to;
                if (end.isAfter(start)) {
                    total = total.plus(Duration.between(start, end));
                }
            }
        }
        return total;
    }

    /**
     * Returns the earliest instant at which a given amount of business time has elapsed since
     * {@code from}. It inverts {@link #businessTimeBetween}: {@code businessTimeBetween(from,
     * addBusinessTime(from, amount))} equals {@code amount}.
     *
     * @param from the start, not null
     * @param amount the business time to add, zero or positive
     * @return the instant; {@code from} itself if {@code amount} is zero
     * @throws IllegalArgumentException if {@code amount} is negative
     */
    public Instant addBusinessTime(Instant from, Duration amount) {
        Objects.requireNonNull(from, "from");
        if (amount.isNegative()) {
            throw new IllegalArgumentException(
                    "Invalid business time to add " + amount + ", expected zero or positive, e.g. PT4H");
        }
        if (amount.isZero()) {
            return from;
        }
        Duration remaining = amount;
        for (LocalDate date = localDate(from); ; date = date.plusDays(1)) {
            for (Span span : spans(date)) {
                Instant start = later(span.start(), from);
                if (span.end().isAfter(start)) {
                    Duration available = Duration.between(start, span.end());
                    if (remaining.compareTo(available) <= 0) {
                        return start.plus(remaining);
                    }
                    remaining = remaining.minus(available);
                }
            }
        }
    }

    private LocalDate localDate(Instant instant) {
        return LocalDate.ofInstant(instant, zone);
    }

    private List<Span> spans(LocalDate date) {
        if (holidays.contains(date)) {
            return List.of();
        }
        List<Span> spans = new ArrayList<>();
        for (WorkingHours hours : hoursOn(date.getDayOfWeek())) {
            Instant start = date.atTime(hours.start()).atZone(zone).toInstant();
            Instant end = hours.endsAtEndOfDay()
                    ? date.plusDays(1).atStartOfDay(zone).toInstant()
                    : date.atTime(hours.end()).atZone(zone).toInstant();
            spans.add(new Span(start, end));
        }
        return spans;
    }

    private static Instant later(Instant a, Instant b) {
        return a.isAfter(b) ? a : b;
    }

    private record Span(Instant start, Instant end) {
    }

    /**
     * Collects the zone, hours and holidays of a {@link BusinessCalendar}. A builder is not
     * thread-safe; the calendar it builds is.
     */
    public static final class Builder {

        private ZoneId zone = EUROPE_MADRID;
        private final Map<DayOfWeek, List<WorkingHours>> hours = new EnumMap<>(DayOfWeek.class);
        private final Set<LocalDate> holidays = new TreeSet<>();

        private Builder() {
        }

        /**
         * Sets the time zone.
         *
         * @param zoneId the zone, not null
         * @return this builder
         */
        public Builder zone(ZoneId zoneId) {
            this.zone = Objects.requireNonNull(zoneId, "zoneId");
            return this;
        }

        /**
         * Adds working intervals to a weekday.
         *
         * @param day the weekday, not null
         * @param intervals the intervals to add, not null
         * @return this builder
         */
        public Builder hours(DayOfWeek day, WorkingHours... intervals) {
            List<WorkingHours> list = hours.computeIfAbsent(Objects.requireNonNull(day, "day"), d -> new ArrayList<>());
            for (WorkingHours interval : intervals) {
                list.add(Objects.requireNonNull(interval, "interval"));
            }
            return this;
        }

        /**
         * Adds working intervals to every day from Monday to Friday.
         *
         * @param intervals the intervals to add, not null
         * @return this builder
         */
        public Builder weekdays(WorkingHours... intervals) {
            for (DayOfWeek day : DayOfWeek.values()) {
                if (day.compareTo(DayOfWeek.FRIDAY) <= 0) {
                    hours(day, intervals);
                }
            }
            return this;
        }

        /**
         * Adds a holiday.
         *
         * @param date the date, not null
         * @return this builder
         */
        public Builder holiday(LocalDate date) {
            holidays.add(Objects.requireNonNull(date, "date"));
            return this;
        }

        /**
         * Adds holidays.
         *
         * @param dates the dates, not null
         * @return this builder
         */
        public Builder holidays(Collection<LocalDate> dates) {
            dates.forEach(this::holiday);
            return this;
        }

        /**
         * Builds the calendar.
         *
         * @return the calendar
         * @throws IllegalArgumentException if two intervals of a day overlap, or no weekday has
         *     working hours
         */
        public BusinessCalendar build() {
            return new BusinessCalendar(zone, hours, holidays);
        }
    }
}
