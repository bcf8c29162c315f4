// SPDX-License-Identifier: Apache-2.0
package io.github.enslocal.reporting.incidents;

/**
 * The tables of an {@link IncidentReport}. CSV holds one table per file: the CSV writers write
 * {@link #SUMMARY} unless another table is selected (see {@link IncidentReportWriters#csv}).
 */
public enum IncidentTable {
    /** Key figures: volumes, resolution times, SLA attainment and notifications. */
    SUMMARY("summary"),
    /** Incidents opened per month. */
    BY_MONTH("by-month"),
    /** Incidents per category, with the monthly mean. */
    BY_CATEGORY("by-category"),
    /** Incidents per municipality. */
    BY_MUNICIPALITY("by-municipality"),
    /** SLA attainment per priority and in total. */
    SLA("sla"),
    /** Security incidents per CCN-STIC 817 class and danger level. */
    SECURITY_BY_CLASS("security-by-class"),
    /** Each security incident with its classification and CCN-CERT notification. */
    SECURITY_INCIDENTS("security-incidents");

    private final String id;

    IncidentTable(String id) {
        this.id = id;
    }

    /**
     * Returns the table's id, for file names such as {@code incidents-by-month.csv}.
     *
     * @return lower-case words joined by hyphens, e.g. {@code "by-month"}
     */
    public String id() {
        return id;
    }
}
