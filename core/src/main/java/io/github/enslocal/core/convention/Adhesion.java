// SPDX-License-Identifier: Apache-2.0
package io.github.enslocal.core.convention;

import io.github.enslocal.core.territory.IneCode;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PositiveOrZero;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * A municipality's adhesion to a convention: from when and until when it takes which services, and
 * the technical dedication the supporting body commits to it.
 *
 * <p>The adhesion is active from {@code adheredOn} up to the day before {@code leftOn}: a
 * municipality that leaves on a date is no longer served on that date. This reading of the
 * left-on date is ENS Local's documented default. The constructor only normalises (null optional
 * → empty, null set → empty, sets in declaration order); constraints are checked when a dataset
 * is validated. This class is immutable and thread-safe.
 *
 * @param municipality the INE code of the municipality
 * @param adheredOn the first day the municipality is served
 * @param leftOn the day the municipality stops being served, or empty while it stays
 * @param services the services the municipality takes
 * @param committedHoursPerYear the technical dedication committed to the municipality, in hours
 *     per year
 */
public record Adhesion(
        @NotNull IneCode municipality,
        @NotNull LocalDate adheredOn,
        Optional<LocalDate> leftOn,
        Set<@NotNull ConventionService> services,
        @NotNull @PositiveOrZero @Digits(integer = 6, fraction = 2) BigDecimal committedHoursPerYear) {

    /**
     * Creates an adhesion, normalising its optional and collection components.
     *
     * @param municipality the INE code of the municipality
     * @param adheredOn the first day the municipality is served
     * @param leftOn the day the municipality stops being served, or empty
     * @param services the services the municipality takes; null means none
     * @param committedHoursPerYear the committed dedication in hours per year
     * @throws NullPointerException if {@code services} contains null
     */
    public Adhesion {
        leftOn = Objects.requireNonNullElse(leftOn, Optional.empty());
        services = Copies.enumSet(services, ConventionService.class);
    }

    /**
     * Returns whether the municipality is adhered on a date, by the dates of this adhesion alone.
     *
     * @param date the date, not null
     * @return true if {@code adheredOn <= date} and, when it has left, {@code date < leftOn}
     * @throws NullPointerException if {@code date} is null
     */
    public boolean isActiveOn(LocalDate date) {
        Objects.requireNonNull(date, "date");
        return !date.isBefore(adheredOn) && leftOn.map(date::isBefore).orElse(true);
    }
}
