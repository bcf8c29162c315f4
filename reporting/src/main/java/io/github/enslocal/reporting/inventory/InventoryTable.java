// SPDX-License-Identifier: Apache-2.0
package io.github.enslocal.reporting.inventory;

/**
 * The tables of an {@link InventoryReport}. CSV holds one table per file: the CSV writers write
 * {@link #SUMMARY} unless another table is selected (see {@link InventoryReportWriters#csv}).
 */
public enum InventoryTable {
    /** Key figures: assets, out of support, unencrypted portables, incomplete records. */
    SUMMARY("summary"),
    /** Assets per municipality, one column per asset type. */
    BY_MUNICIPALITY("by-municipality"),
    /** Assets per type. */
    BY_TYPE("by-type"),
    /** Assets whose vendor support has ended. */
    SUPPORT_ENDED("support-ended"),
    /** Portable devices known not to be encrypted. */
    UNENCRYPTED_PORTABLES("unencrypted-portables"),
    /** Assets without a responsible person. */
    MISSING_RESPONSIBLE("missing-responsible"),
    /** Assets without a location. */
    MISSING_LOCATION("missing-location");

    private final String id;

    InventoryTable(String id) {
        this.id = id;
    }

    /**
     * Returns the table's id, for file names such as {@code inventory-by-type.csv}.
     *
     * @return lower-case words joined by hyphens, e.g. {@code "by-type"}
     */
    public String id() {
        return id;
    }
}
