// SPDX-License-Identifier: Apache-2.0
package io.github.enslocal.core.assessment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatNullPointerException;

import io.github.enslocal.core.ens.MeasureId;
import java.time.LocalDate;
import java.util.Optional;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.time.api.Dates;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class PlanActionTest {

    private static final LocalDate DUE = LocalDate.of(2025, 6, 30);

    static PlanAction action(String id, ActionStatus status, LocalDate due) {
        return new PlanAction(id, MeasureId.parse("mp.eq.3"), "Xifrar els discos dels portàtils amb BitLocker",
                "Pau Rovira Casas", due, status, Optional.empty());
    }

    @ParameterizedTest(name = "{0}, due 2025-06-30, as of {1}: overdue={2}")
    @CsvSource({
        "PLANNED,     2025-06-29, false",
        "PLANNED,     2025-06-30, false",
        "PLANNED,     2025-07-01, true",
        "IN_PROGRESS, 2025-07-01, true",
        "DONE,        2025-07-01, false",
        "CANCELLED,   2025-07-01, false",
        "DONE,        2026-12-31, false",
    })
    void isOverdue_openAndDueBeforeAsOf(ActionStatus status, LocalDate asOf, boolean overdue) {
        assertThat(action("a1", status, DUE).isOverdue(asOf)).isEqualTo(overdue);
    }

    @Test
    void isOverdue_nullAsOf_isRejected() {
        assertThatNullPointerException().isThrownBy(() -> action("a1", ActionStatus.PLANNED, DUE).isOverdue(null))
                .withMessage("asOf");
    }

    @Property
    void isOverdue_neverForAClosedAction(
            @ForAll ActionStatus status, @ForAll("days") LocalDate due, @ForAll("days") LocalDate asOf) {
        boolean overdue = action("a1", status, due).isOverdue(asOf);

        if (status.isClosed()) {
            assertThat(overdue).isFalse();
        } else {
            assertThat(overdue).isEqualTo(due.isBefore(asOf));
        }
    }

    @Property
    void isOverdue_onceOverdueStaysOverdue(
            @ForAll ActionStatus status, @ForAll("days") LocalDate due, @ForAll("days") LocalDate asOf,
            @ForAll @IntRange(max = 1000) int later) {
        PlanAction action = action("a1", status, due);

        if (action.isOverdue(asOf)) {
            assertThat(action.isOverdue(asOf.plusDays(later))).isTrue();
        }
    }

    @Provide
    Arbitrary<LocalDate> days() {
        return Dates.dates().between(LocalDate.of(2021, 1, 1), LocalDate.of(2026, 12, 31));
    }

    @ParameterizedTest(name = "{0} with done date={1}: valid={2}")
    @CsvSource({
        "DONE,        true,  true",
        "DONE,        false, true",
        "PLANNED,     false, true",
        "PLANNED,     true,  false",
        "IN_PROGRESS, true,  false",
        "CANCELLED,   true,  false",
    })
    void hasDoneDateOnlyIfDone(ActionStatus status, boolean hasDoneDate, boolean valid) {
        PlanAction action = new PlanAction("a1", MeasureId.parse("mp.eq.3"), "Xifrar els discos", "Pau Rovira Casas",
                DUE, status, hasDoneDate ? Optional.of(LocalDate.of(2025, 6, 12)) : null);

        assertThat(action.hasDoneDateOnlyIfDone()).isEqualTo(valid);
    }

    @ParameterizedTest
    @CsvSource({"PLANNED, false", "IN_PROGRESS, false", "DONE, true", "CANCELLED, true"})
    void actionStatus_isClosed(ActionStatus status, boolean closed) {
        assertThat(status.isClosed()).isEqualTo(closed);
    }
}
