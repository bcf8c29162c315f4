// SPDX-License-Identifier: Apache-2.0
package io.github.enslocal.samples.demo;

import io.github.enslocal.core.sla.BusinessCalendar;
import io.github.enslocal.core.sla.SlaPolicy;
import io.github.enslocal.core.sla.SpanishPublicHolidays;
import io.github.enslocal.core.sla.WorkingHours;
import java.time.Year;

/**
 * The help desk's working time in the demo: Monday to Friday 08:00–15:00 in Europe/Madrid, without
 * the public holidays of Catalonia from 2021 to 2025, and the targets of
 * {@link SlaPolicy#example()}.
 *
 * <p>The holidays, national and Catalan, come from jollyday through {@link SpanishPublicHolidays};
 * the two local holidays of each municipality are left out, since the help desk serves them all.
 * Until this calendar used jollyday it listed the dates of the Generalitat's yearly orders; core's
 * {@code SpanishPublicHolidaysTest} compares the two and explains where they differ.
 */
final class DemoCalendar {

    private static final Year FIRST = Year.of(2021);
    private static final Year LAST = Year.of(2025);

    private DemoCalendar() {
    }

    static SlaPolicy bagesPolicy() {
        BusinessCalendar calendar = BusinessCalendar.builder()
                .weekdays(WorkingHours.parse("08:00-15:00"))
                .holidays(SpanishPublicHolidays.between("ct", FIRST, LAST))
                .build();
        return new SlaPolicy(calendar, SlaPolicy.example().targets());
    }
}
