// SPDX-License-Identifier: Apache-2.0
package io.github.enslocal.samples.demo;

import io.github.enslocal.core.sla.BusinessCalendar;
import io.github.enslocal.core.sla.SlaPolicy;
import io.github.enslocal.core.sla.WorkingHours;
import java.time.LocalDate;
import java.util.List;

/**
 * The help desk's working time in the demo: Monday to Friday 08:00–15:00 in Europe/Madrid, without
 * the general public holidays of Catalonia from 2021 to 2025, and the targets of
 * {@link SlaPolicy#example()}.
 *
 * <p>The holidays are this generator's data, taken from the Generalitat's yearly orders as
 * reproduced by third parties: Ordre TSF/81/2020 for 2021 (UGT FICA Barcelona and the XALOC
 * electronic office), Ordre EMT/138/2021 for 2022 (CAFBL, confirmed by the newspaper Ara), Ordre
 * EMT/81/2022 for 2023 (CINC), Ordre EMT/153/2023 for 2024 and Ordre EMT/85/2024 for 2025 (the
 * Manresa electronic office and several professional associations). They are not an
 * authoritative source, and the two local holidays of each municipality are left out.
 */
final class DemoCalendar {

    private static final List<LocalDate> CATALAN_HOLIDAYS = List.of(
            LocalDate.of(2021, 1, 1), LocalDate.of(2021, 1, 6), LocalDate.of(2021, 4, 2),
            LocalDate.of(2021, 4, 5), LocalDate.of(2021, 5, 1), LocalDate.of(2021, 6, 24),
            LocalDate.of(2021, 9, 11), LocalDate.of(2021, 10, 12), LocalDate.of(2021, 11, 1),
            LocalDate.of(2021, 12, 6), LocalDate.of(2021, 12, 8), LocalDate.of(2021, 12, 25),
            LocalDate.of(2022, 1, 1), LocalDate.of(2022, 1, 6), LocalDate.of(2022, 4, 15),
            LocalDate.of(2022, 4, 18), LocalDate.of(2022, 6, 6), LocalDate.of(2022, 6, 24),
            LocalDate.of(2022, 8, 15), LocalDate.of(2022, 10, 12), LocalDate.of(2022, 11, 1),
            LocalDate.of(2022, 12, 6), LocalDate.of(2022, 12, 8), LocalDate.of(2022, 12, 26),
            LocalDate.of(2023, 1, 6), LocalDate.of(2023, 4, 7), LocalDate.of(2023, 4, 10),
            LocalDate.of(2023, 5, 1), LocalDate.of(2023, 6, 24), LocalDate.of(2023, 8, 15),
            LocalDate.of(2023, 9, 11), LocalDate.of(2023, 10, 12), LocalDate.of(2023, 11, 1),
            LocalDate.of(2023, 12, 6), LocalDate.of(2023, 12, 8), LocalDate.of(2023, 12, 25),
            LocalDate.of(2023, 12, 26),
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

    static SlaPolicy bagesPolicy() {
        BusinessCalendar calendar = BusinessCalendar.builder()
                .weekdays(WorkingHours.parse("08:00-15:00"))
                .holidays(CATALAN_HOLIDAYS)
                .build();
        return new SlaPolicy(calendar, SlaPolicy.example().targets());
    }
}
