// SPDX-License-Identifier: Apache-2.0
package io.github.enslocal.reporting.findings;

/**
 * The tables of a {@link FindingsReport}. CSV holds one table per file: the CSV writers write
 * {@link #FINDINGS} unless another table is selected (see {@link FindingsReportWriters#csv}).
 */
public enum FindingsTable {
    /** The findings per grade, and the major ones that no plan action addresses. */
    SUMMARY,
    /** The counts per municipality served (and the support body, for the systems it owns). */
    BY_MUNICIPALITY,
    /** The counts per information system. */
    BY_SYSTEM,
    /** Every open finding, by grade, then municipality, then measure. */
    FINDINGS
}
