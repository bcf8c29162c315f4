// SPDX-License-Identifier: Apache-2.0
package io.github.enslocal.reporting.dashboard;

import io.github.enslocal.core.ens.Category;
import io.github.enslocal.core.territory.IneCode;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * One municipality of the dashboard: the state of the information systems it owns at the date.
 * How each value is read is stated on {@link EnsDashboard}. This class is immutable and thread-safe.
 *
 * @param municipality the municipality's INE code
 * @param name the municipality's name in the dataset, or its INE code if the dataset lacks it
 * @param population the population the dataset records, or empty if it does not list the municipality
 * @param categories the distinct categories of its systems, BÁSICA first
 * @param systemIds the ids of the systems it owns, sorted
 * @param policyApproved the latest security policy approval any of its systems records on or before
 *     the date, or empty if none does
 * @param lastAudit the oldest of its systems' last audits on or before the date, the one that sets the
 *     next due date; empty if it owns no system or a system was never audited
 * @param nextAuditDue {@code lastAudit} plus the audit period, or empty with {@code lastAudit}
 * @param auditOverdue whether it owns a system never audited or {@code nextAuditDue} is before the date
 * @param figures the figures that add up into the totals row
 */
public record DashboardRow(IneCode municipality, String name, Optional<Integer> population, List<Category> categories,
        List<String> systemIds, Optional<LocalDate> policyApproved, Optional<LocalDate> lastAudit,
        Optional<LocalDate> nextAuditDue, boolean auditOverdue, DashboardFigures figures) {

    /**
     * Creates a row, copying and sorting the lists.
     *
     * @param municipality the INE code
     * @param name the name
     * @param population the population; null means empty
     * @param categories the categories
     * @param systemIds the system ids
     * @param policyApproved the policy approval date; null means empty
     * @param lastAudit the last audit date; null means empty
     * @param nextAuditDue the next audit due date; null means empty
     * @param auditOverdue whether the audit is overdue
     * @param figures the figures
     * @throws NullPointerException if a non-optional argument or an element is null
     */
    public DashboardRow {
        Objects.requireNonNull(municipality, "municipality");
        Objects.requireNonNull(name, "name");
        population = population == null ? Optional.empty() : population;
        categories = categories.stream().distinct().sorted().toList();
        systemIds = systemIds.stream().sorted().toList();
        policyApproved = policyApproved == null ? Optional.empty() : policyApproved;
        lastAudit = lastAudit == null ? Optional.empty() : lastAudit;
        nextAuditDue = nextAuditDue == null ? Optional.empty() : nextAuditDue;
        Objects.requireNonNull(figures, "figures");
    }
}
