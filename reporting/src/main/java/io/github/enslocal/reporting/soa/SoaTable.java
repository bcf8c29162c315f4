// SPDX-License-Identifier: Apache-2.0
package io.github.enslocal.reporting.soa;

/**
 * The tables of a {@link DeclaracionDeAplicabilidad}, each of which a CSV file can hold; see
 * {@link DeclaracionDeAplicabilidadWriters#csv(io.github.enslocal.reporting.ReportFormat, SoaTable)}.
 */
public enum SoaTable {
    /**
     * The main table: one row per Anexo II measure in catalog order, with its group, official name,
     * criterion, applicability, required and declared reinforcements and justification.
     */
    MEASURES,
    /** One row per valued information type and service, then the system's aggregated levels. */
    VALUATIONS,
    /** The totals: one row per count, in the order of {@link DeclaracionDeAplicabilidad.Totals}. */
    TOTALS
}
