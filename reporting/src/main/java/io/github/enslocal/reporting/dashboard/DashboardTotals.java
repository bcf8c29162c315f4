// SPDX-License-Identifier: Apache-2.0
package io.github.enslocal.reporting.dashboard;

import java.util.Objects;

/**
 * The totals row of the dashboard: the sum of the municipalities' figures, ratios added term by
 * term. This class is immutable and thread-safe.
 *
 * @param municipalities the municipalities served
 * @param population the sum of their recorded populations
 * @param auditsOverdue the municipalities whose audit is overdue
 * @param figures the sum of their figures
 */
public record DashboardTotals(int municipalities, long population, int auditsOverdue, DashboardFigures figures) {

    /**
     * Creates totals.
     *
     * @param municipalities the municipalities
     * @param population the population
     * @param auditsOverdue the overdue audits
     * @param figures the figures
     * @throws NullPointerException if {@code figures} is null
     */
    public DashboardTotals {
        Objects.requireNonNull(figures, "figures");
    }
}
