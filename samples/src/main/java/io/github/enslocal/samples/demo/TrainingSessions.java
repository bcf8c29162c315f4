// SPDX-License-Identifier: Apache-2.0
package io.github.enslocal.samples.demo;

import io.github.enslocal.core.territory.IneCode;
import io.github.enslocal.core.training.TrainingKind;
import io.github.enslocal.core.training.TrainingSession;
import java.math.BigDecimal;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.BiPredicate;
import java.util.function.Predicate;

/**
 * Generates the training the supporting body gives: an awareness session every quarter for half
 * of the town halls in turn, and a technical course twice a year for all of them. Every eleventh
 * town hall (by index) never sends anyone, a gap for the training rules to find.
 */
final class TrainingSessions {

    private static final int[] AWARENESS_MONTHS = {3, 6, 10, 12};
    private static final int[] TECHNICAL_MONTHS = {5, 11};

    private TrainingSessions() {
    }

    /**
     * Returns the sessions from {@code fromYear} to the cut-off, for the towns {@code served}
     * accepts on each session's day.
     */
    static List<TrainingSession> sessions(List<Town> towns, BiPredicate<Town, LocalDate> served, int fromYear, LocalDate asOf,
            String provider, Dice dice) {
        List<TrainingSession> sessions = new ArrayList<>();
        for (int year = fromYear; year <= asOf.getYear(); year++) {
            for (int q = 0; q < AWARENESS_MONTHS.length; q++) {
                int group = q % 2;
                LocalDate day = weekdayNear(LocalDate.of(year, AWARENESS_MONTHS[q], 15));
                add(sessions, day, asOf, TrainingKind.AWARENESS,
                        "Sessió de conscienciació en ciberseguretat: pesca electrònica i contrasenyes",
                        towns, town -> town.rank() % 2 == group && served.test(town, day), 2, 5, "1.50",
                        provider, dice);
            }
            for (int month : TECHNICAL_MONTHS) {
                LocalDate day = weekdayNear(LocalDate.of(year, month, 20));
                add(sessions, day, asOf, TrainingKind.TECHNICAL_TRAINING,
                        "Formació tècnica: gestió segura d'equips, còpies i incidents (ENS)",
                        towns, town -> served.test(town, day), 1, 1, "4.00", provider, dice);
            }
        }
        return sessions;
    }

    private static void add(List<TrainingSession> sessions, LocalDate day, LocalDate asOf, TrainingKind kind,
            String title, List<Town> towns, Predicate<Town> invited, int minPeople, int maxPeople, String hours,
            String provider, Dice dice) {
        if (day.isAfter(asOf)) {
            return;
        }
        Set<IneCode> attending = new TreeSet<>();
        int attendees = 0;
        for (Town town : towns) {
            if (town.rank() % 11 != 10 && invited.test(town)) {
                attending.add(town.code());
                attendees += dice.between(minPeople, maxPeople);
            }
        }
        if (attending.isEmpty()) {
            return;
        }
        String id = String.format(Locale.ROOT, "form-%s-%s", day, kind == TrainingKind.AWARENESS ? "cons" : "tec");
        sessions.add(new TrainingSession(id, day, title, kind, attending, attendees, new BigDecimal(hours),
                Optional.of(provider)));
    }

    private static LocalDate weekdayNear(LocalDate day) {
        LocalDate result = day;
        while (result.getDayOfWeek() == DayOfWeek.SATURDAY || result.getDayOfWeek() == DayOfWeek.SUNDAY) {
            result = result.plusDays(1);
        }
        return result;
    }
}
