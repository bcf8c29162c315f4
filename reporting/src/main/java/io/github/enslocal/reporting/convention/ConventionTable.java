// SPDX-License-Identifier: Apache-2.0
package io.github.enslocal.reporting.convention;

/**
 * The tables of a {@link ConventionBalance}. CSV holds one table per file: the CSV writers write
 * {@link #SUMMARY} unless another table is selected (see {@link ConventionBalanceWriters#csv}).
 */
public enum ConventionTable {
    /** Key figures of the balance. */
    SUMMARY("summary"),
    /** Municipalities served at the start and at the end of the period. */
    MUNICIPALITIES("municipalities"),
    /** Committed dedication and technician effort per year. */
    DEDICATION("dedication"),
    /** Equipment managed by the support body, per type. */
    MANAGED_EQUIPMENT("managed-equipment"),
    /** Incidents opened per month. */
    INCIDENTS_BY_MONTH("incidents-by-month"),
    /** Incidents per category, with the monthly mean. */
    INCIDENTS_BY_CATEGORY("incidents-by-category"),
    /** SLA attainment per priority and in total. */
    SLA("sla"),
    /** Budget counted per eligible expense type against the maximum. */
    BUDGET("budget");

    private final String id;

    ConventionTable(String id) {
        this.id = id;
    }

    /**
     * Returns the table's id, for file names such as {@code convention-balance-budget.csv}.
     *
     * @return lower-case words joined by hyphens, e.g. {@code "budget"}
     */
    public String id() {
        return id;
    }
}
