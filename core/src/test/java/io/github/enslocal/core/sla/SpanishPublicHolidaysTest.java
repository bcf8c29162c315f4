// SPDX-License-Identifier: Apache-2.0
package io.github.enslocal.core.sla;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.Year;
import java.util.List;
import java.util.Set;
import java.util.SortedSet;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;

class SpanishPublicHolidaysTest {

    /**
     * The holidays the demo listed by hand before it took them from jollyday: the general public
     * holidays of Catalonia from the Generalitat's yearly orders as reproduced by third parties:
     * Ordre TSF/81/2020 for 2021 (UGT FICA Barcelona and the XALOC electronic office), Ordre
     * EMT/138/2021 for 2022 (CAFBL, confirmed by the newspaper Ara), Ordre EMT/81/2022 for 2023
     * (CINC), Ordre EMT/153/2023 for 2024 and Ordre EMT/85/2024 for 2025 (the Manresa electronic
     * office and several professional associations).
     */
    private static final List<LocalDate> FORMER_CATALAN_LIST = List.of(
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

    /**
     * Where jollyday and the former list differ: holidays that fell on a Sunday and were not moved
     * to another day. The orders name the days on which work stops, so they leave such a Sunday
     * out (whether a Sunday holiday moves is decided under art. 45 of Real Decreto 2001/1983,
     * BOE-A-1983-20906, the source jollyday cites for it); jollyday keeps the holiday on its date.
     */
    private static final Set<LocalDate> UNMOVED_SUNDAY_HOLIDAYS = Set.of(
            LocalDate.of(2021, 8, 15),   // Assumption
            LocalDate.of(2021, 12, 26),  // Sant Esteve
            LocalDate.of(2022, 5, 1),    // Labour Day
            LocalDate.of(2022, 9, 11),   // Diada Nacional de Catalunya
            LocalDate.of(2023, 1, 1),    // New Year
            LocalDate.of(2024, 12, 8),   // Immaculate Conception
            LocalDate.of(2025, 10, 12)); // Fiesta Nacional de España

    @Test
    void between_catalonia2021To2025_isTheFormerListPlusUnmovedSundayHolidays() {
        SortedSet<LocalDate> jollyday = SpanishPublicHolidays.between("ct", Year.of(2021), Year.of(2025));

        SortedSet<LocalDate> onlyInJollyday = new TreeSet<>(jollyday);
        onlyInJollyday.removeAll(FORMER_CATALAN_LIST);
        SortedSet<LocalDate> onlyInFormerList = new TreeSet<>(FORMER_CATALAN_LIST);
        onlyInFormerList.removeAll(jollyday);

        assertThat(onlyInFormerList).isEmpty();
        assertThat(onlyInJollyday).containsExactlyInAnyOrderElementsOf(UNMOVED_SUNDAY_HOLIDAYS);
        assertThat(onlyInJollyday).allMatch(date -> date.getDayOfWeek() == DayOfWeek.SUNDAY);
    }

    @Test
    void between_catalonia_givesAMondayToFridayCalendarTheSameWorkingDaysAsTheFormerList() {
        BusinessCalendar fromJollyday = BusinessCalendar.builder().weekdays(WorkingHours.parse("08:00-15:00"))
                .holidays(SpanishPublicHolidays.between("ct", Year.of(2021), Year.of(2025))).build();
        BusinessCalendar fromList = BusinessCalendar.builder().weekdays(WorkingHours.parse("08:00-15:00"))
                .holidays(FORMER_CATALAN_LIST).build();

        for (LocalDate date = LocalDate.of(2021, 1, 1); date.getYear() <= 2025; date = date.plusDays(1)) {
            assertThat(fromJollyday.isWorkingDay(date)).as("%s", date).isEqualTo(fromList.isWorkingDay(date));
        }
    }

    @Test
    void between_madrid_hasItsOwnRegionalHolidayAndNotCatalonias() {
        SortedSet<LocalDate> madrid = SpanishPublicHolidays.between("md", Year.of(2025), Year.of(2025));

        assertThat(madrid).contains(LocalDate.of(2025, 5, 2), LocalDate.of(2025, 1, 1))
                .doesNotContain(LocalDate.of(2025, 9, 11), LocalDate.of(2025, 12, 26));
    }

    @Test
    void between_unknownCommunity_isRefusedWithTheValidCodes() {
        assertThatThrownBy(() -> SpanishPublicHolidays.between("es-ct", Year.of(2025), Year.of(2025)))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("'es-ct'")
                .hasMessageContaining("ct, ex");
    }

    @Test
    void between_firstAfterLast_isRefused() {
        assertThatThrownBy(() -> SpanishPublicHolidays.between("ct", Year.of(2025), Year.of(2024)))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("2025 to 2024");
    }

    @Test
    void between_withLocalHolidays_keepsBoth() {
        LocalDate manresaFestaMajor = LocalDate.of(2025, 8, 29);
        BusinessCalendar calendar = BusinessCalendar.builder().weekdays(WorkingHours.parse("08:00-15:00"))
                .holidays(SpanishPublicHolidays.between("ct", Year.of(2025), Year.of(2025)))
                .holiday(manresaFestaMajor)
                .build();

        assertThat(calendar.isWorkingDay(manresaFestaMajor)).isFalse();
        assertThat(calendar.isWorkingDay(LocalDate.of(2025, 9, 11))).isFalse();
        assertThat(calendar.isWorkingDay(LocalDate.of(2025, 9, 12))).isTrue();
    }
}
