// SPDX-License-Identifier: Apache-2.0
package io.github.enslocal.reporting.convention;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;

/**
 * The technical dedication of one calendar year of a balance's period, in two distinct measures:
 * the dedication <em>committed</em> by the adhesions (hours per year, as the convention's
 * adhesions state it on the year's last day within the period) and the technician effort
 * <em>spent</em> on the incidents opened in that part of the year (hours recorded on the
 * incidents). This class is immutable and thread-safe.
 *
 * @param year the calendar year
 * @param committedOn the day the committed dedication is read: 31 December, or the period's end
 *     in its last year
 * @param committedHoursPerYear the committed dedication on {@code committedOn}, in hours per year
 * @param committedGrowthPercent the change from the previous year's committed dedication, in
 *     percent with one decimal; empty for the first year or when the previous year's was zero
 * @param effortHours the technician effort on the incidents opened in the year within the period,
 *     in hours with two decimals
 */
public record DedicationYear(int year, LocalDate committedOn, BigDecimal committedHoursPerYear,
        Optional<BigDecimal> committedGrowthPercent, BigDecimal effortHours) {

    /**
     * Creates a year.
     *
     * @param year the year
     * @param committedOn the day of the committed dedication
     * @param committedHoursPerYear the committed dedication
     * @param committedGrowthPercent the growth, or empty
     * @param effortHours the effort spent
     * @throws NullPointerException if a non-optional argument is null
     */
    public DedicationYear {
        Objects.requireNonNull(committedOn, "committedOn");
        Objects.requireNonNull(committedHoursPerYear, "committedHoursPerYear");
        committedGrowthPercent = committedGrowthPercent == null ? Optional.empty() : committedGrowthPercent;
        Objects.requireNonNull(effortHours, "effortHours");
    }
}
