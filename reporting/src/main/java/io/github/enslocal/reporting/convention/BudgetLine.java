// SPDX-License-Identifier: Apache-2.0
package io.github.enslocal.reporting.convention;

import io.github.enslocal.core.convention.ExpenseType;
import io.github.enslocal.core.money.Money;
import java.math.BigDecimal;
import java.util.Objects;
import java.util.Optional;

/**
 * The amount of one eligible expense type counted in a balance's period. This class is immutable
 * and thread-safe.
 *
 * @param type the expense type
 * @param counted the amount counted within the maximum
 * @param percentOfMaximum {@code counted} as a percentage of the maximum, one decimal rounded half
 *     up; empty if the convention sets no positive maximum
 */
public record BudgetLine(ExpenseType type, Money counted, Optional<BigDecimal> percentOfMaximum) {

    /**
     * Creates a line.
     *
     * @param type the type
     * @param counted the counted amount
     * @param percentOfMaximum the share of the maximum, or empty
     * @throws NullPointerException if {@code type} or {@code counted} is null
     */
    public BudgetLine {
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(counted, "counted");
        percentOfMaximum = percentOfMaximum == null ? Optional.empty() : percentOfMaximum;
    }
}
