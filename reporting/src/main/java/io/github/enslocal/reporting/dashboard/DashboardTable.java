// SPDX-License-Identifier: Apache-2.0
package io.github.enslocal.reporting.dashboard;

/**
 * The tables of an {@link EnsDashboard}. CSV holds one table per file: the CSV writers write
 * {@link #SUMMARY} unless another table is selected (see {@link EnsDashboardWriters#csv}).
 */
public enum DashboardTable {
    /** The main table: one row per municipality with every indicator, then the totals row. */
    SUMMARY("summary"),
    /** The measure results per status, one row per municipality, then the totals row. */
    STATUSES("statuses"),
    /** The compliance per group of measures, one row per municipality, then the totals row. */
    GROUPS("groups");

    private final String id;

    DashboardTable(String id) {
        this.id = id;
    }

    /**
     * Returns the table's id, for file names such as {@code dashboard.summary.csv}.
     *
     * @return lower-case words joined by hyphens, e.g. {@code "summary"}
     */
    public String id() {
        return id;
    }
}
