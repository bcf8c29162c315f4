// SPDX-License-Identifier: Apache-2.0
package io.github.enslocal.core.sla;

import de.focus_shift.jollyday.core.Holiday;
import de.focus_shift.jollyday.core.HolidayCalendar;
import de.focus_shift.jollyday.core.HolidayManager;
import de.focus_shift.jollyday.core.HolidayType;
import de.focus_shift.jollyday.core.ManagerParameters;
import java.time.LocalDate;
import java.time.Year;
import java.util.Collections;
import java.util.Set;
import java.util.SortedSet;
import java.util.TreeSet;

/**
 * The only class that names jollyday's types, loaded only after {@link SpanishPublicHolidays} has
 * checked that jollyday is there, so that a host without jollyday never links against it.
 */
final class JollydayHolidays {

    /** The class whose presence tells that jollyday is on the path. */
    static final String MANAGER = "de.focus_shift.jollyday.core.HolidayManager";

    private JollydayHolidays() {
    }

    static SortedSet<LocalDate> spain(String community, Year first, Year last) {
        HolidayManager manager;
        try {
            manager = HolidayManager.getInstance(ManagerParameters.create(HolidayCalendar.SPAIN));
        } catch (IllegalStateException e) {
            // jollyday-core alone cannot read its XML calendars: it says "no implementations".
            throw new IllegalStateException("jollyday could not load Spain's calendar (" + e.getMessage()
                    + "): it needs one of its XML bindings beside jollyday-core, e.g."
                    + " de.focus-shift:jollyday-jaxb 2.19.0", e);
        }
        Set<String> communities = manager.getCalendarHierarchy().getChildren().keySet();
        if (!communities.contains(community)) {
            throw new IllegalArgumentException("Invalid autonomous community '" + community
                    + "', expected one of " + new TreeSet<>(communities) + ", e.g. 'ct' for Catalonia");
        }
        SortedSet<LocalDate> dates = new TreeSet<>();
        for (Year year = first; !year.isAfter(last); year = year.plusYears(1)) {
            for (Holiday holiday : manager.getHolidays(year, HolidayType.PUBLIC_HOLIDAY, community)) {
                // The day off: the substitute day where jollyday records one, else the holiday itself.
                dates.add(holiday.getObservedDate().orElse(holiday.getDate()));
            }
        }
        return Collections.unmodifiableSortedSet(dates);
    }
}
