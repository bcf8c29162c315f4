// SPDX-License-Identifier: Apache-2.0
package io.github.enslocal.core.sla;

import java.time.LocalDate;
import java.time.Year;
import java.util.Objects;
import java.util.SortedSet;

/**
 * The public holidays of Spain in one autonomous community, national and regional, from the
 * holiday calendars of <a href="https://github.com/focus-shift/jollyday">jollyday</a>, to build a
 * {@link BusinessCalendar} with; a municipality's two local holidays are not in them and are added
 * as explicit dates:
 * <pre>{@code
 * BusinessCalendar calendar = BusinessCalendar.builder()
 *         .weekdays(WorkingHours.parse("08:00-15:00"))
 *         .holidays(SpanishPublicHolidays.between("ct", Year.of(2021), Year.of(2025)))
 *         .holiday(LocalDate.of(2025, 8, 29))   // a local holiday of the town
 *         .build();
 * }</pre>
 *
 * <p>jollyday is an optional dependency: a host that calls this class adds
 * {@code de.focus-shift:jollyday-core} and {@code de.focus-shift:jollyday-jaxb} (2.19.0 is the
 * version this library is tested with); on the module path, jollyday's module is resolved with
 * {@code --add-modules de.focus_shift.jollyday.core}. A host that never calls this class needs
 * neither. jollyday logs through SLF4J, so a host without an SLF4J provider sees SLF4J's notice
 * about it on standard error the first time.
 *
 * <p>The dates are jollyday's: they include a holiday that falls on a Sunday and was not moved, and
 * a community's substitute days as far as jollyday records them. jollyday is maintained data, not
 * the official gazettes (BOE, and for Catalonia the DOGC's yearly order); a host that needs the
 * official calendar checks a year against them. This class is immutable and thread-safe; it has
 * only static methods.
 */
public final class SpanishPublicHolidays {

    private SpanishPublicHolidays() {
    }

    /**
     * Returns the national and regional public holidays of an autonomous community in a range of
     * years.
     *
     * @param community the community's ISO 3166-2:ES code without {@code ES-}, in lower case, e.g.
     *     {@code "ct"} for Catalonia, {@code "md"} for the Community of Madrid, {@code "pv"} for the
     *     Basque Country; Ceuta ({@code "ce"}) and Melilla ({@code "ml"}) are accepted too
     * @param first the first year, not after {@code last}
     * @param last the last year
     * @return the holidays, in date order, unmodifiable
     * @throws NullPointerException if an argument is null
     * @throws IllegalArgumentException if {@code community} is not a code jollyday knows, or
     *     {@code first} is after {@code last}
     * @throws IllegalStateException if jollyday is not on the class path or module path, or
     *     jollyday-core is there without an XML binding such as jollyday-jaxb
     */
    public static SortedSet<LocalDate> between(String community, Year first, Year last) {
        Objects.requireNonNull(community, "community");
        Objects.requireNonNull(first, "first");
        Objects.requireNonNull(last, "last");
        if (first.isAfter(last)) {
            throw new IllegalArgumentException("Invalid range of years " + first + " to " + last
                    + ", expected the first not after the last, e.g. 2021 to 2025");
        }
        if (!jollydayIsPresent()) {
            throw new IllegalStateException("Spanish public holidays come from jollyday, which is missing: add"
                    + " de.focus-shift:jollyday-core and de.focus-shift:jollyday-jaxb 2.19.0 to the host's"
                    + " dependencies (on the module path, also --add-modules de.focus_shift.jollyday.core)");
        }
        return JollydayHolidays.spain(community, first, last);
    }

    private static boolean jollydayIsPresent() {
        try {
            Class.forName(JollydayHolidays.MANAGER, false, SpanishPublicHolidays.class.getClassLoader());
            return true;
        } catch (ClassNotFoundException | LinkageError e) {
            return false;
        }
    }
}
