// SPDX-License-Identifier: Apache-2.0
package io.github.enslocal.samples.demo;

import io.github.enslocal.core.sla.BusinessCalendar;
import io.github.enslocal.core.sla.SlaPolicy;
import io.github.enslocal.core.sla.WorkingHours;
import java.time.LocalDate;
import java.util.List;

/**
 * The help desk's working time in the demo: Monday to Friday 08:00–15:00 in Europe/Madrid, without
 * the general public holidays of Catalonia, and the targets of {@link SlaPolicy#example()}.
 *
 * <p>The holidays are this generator's data, taken from the published calendars (Ordre
 * EMT/153/2023 for 2024 and Ordre EMT/85/2024 for 2025, as reproduced by the Manresa electronic
 * office and several professional associations); they are not an authoritative source, and the
 * two local holidays of each municipality are left out.
 */
final class DemoCalendar {

    private static final List<LocalDate> CATALAN_HOLIDAYS = List.of(
            LocalDate.of(2024, 1, 1), LocalDate.of(2024, 1, 6), LocalDate.of(2024, 3, 29),
            LocalDate.of(2024, 4, 1), LocalDate.of(2024, 5, 1), LocalDate.of(2024, 6, 24),
            LocalDate.of(2024, 8, 15), LocalDate.of(2024, 9, 11), LocalDate.of(2024, 10, 12),
            LocalDate.of(2024, 11, 1), LocalDate.of(2024, 12, 6), LocalDate.of(2024, 12, 25),
            LocalDate.of(2024, 12, 26),
            LocalDate.of(2025, 1, 1), LocalDate.of(2025, 1, 6), LocalDate.of(2025, 4, 18),
            LocalDate.of(2025, 4, 21), LocalDate.of(2025, 5, 1), LocalDate.of(2025, 6, 24),
            LocalDate.of(2025, 8, 15), LocalDate.of(2025, 9, 11), LocalDate.of(2025, 11, 1),
            LocalDate.of(2025, 12, 6), LocalDate.of(2025, 12, 8), LocalDate.of(2025, 12, 25),
            LocalDate.of(2025, 12, 26));

    private DemoCalendar() {
    }

    static List<LocalDate> catalanHolidays() {
        return CATALAN_HOLIDAYS;
    }

    static SlaPolicy bagesPolicy() {
        BusinessCalendar calendar = BusinessCalendar.builder()
                .weekdays(WorkingHours.parse("08:00-15:00"))
                .holidays(CATALAN_HOLIDAYS)
                .build();
        return new SlaPolicy(calendar, SlaPolicy.example().targets());
    }
}
