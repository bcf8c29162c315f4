// SPDX-License-Identifier: Apache-2.0
package io.github.enslocal.reporting.plan;

/**
 * The tables of an {@link AdequacyPlanStatus}, each of which a CSV file can hold; see
 * {@link AdequacyPlanStatusWriters#csv(io.github.enslocal.reporting.ReportFormat, PlanTable)}.
 */
public enum PlanTable {
    /** The main table: every action, by plan, due date and id, with its state and days overdue. */
    ACTIONS,
    /** The overdue actions, the longest overdue first. */
    OVERDUE,
    /** One row per state, then the overdue and total counts. */
    BY_STATUS,
    /** One row per group of measures with actions, in catalog order, with the counts per state. */
    BY_GROUP,
    /** One row per owner, by name, with the counts per state. */
    BY_OWNER,
    /** One row per plan covered, with its system and number of actions. */
    PLANS
}
