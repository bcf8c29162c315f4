// SPDX-License-Identifier: Apache-2.0
package io.github.enslocal.benchmarks;

import io.github.enslocal.core.dataset.Dataset;
import io.github.enslocal.reporting.ReportFormat;
import io.github.enslocal.reporting.ReportLanguage;
import io.github.enslocal.reporting.ReportWriter;
import io.github.enslocal.reporting.inventory.InventoryReport;
import io.github.enslocal.reporting.inventory.InventoryReportWriters;
import java.io.IOException;
import java.io.Writer;
import java.time.LocalDate;

/**
 * The national report the benchmarks render. The ENS tracking dashboard was not yet on the main
 * branch when these benchmarks were written, so the inventory report of every municipality stands
 * in for it: like the dashboard it has one row per municipality, national totals and an HTML page
 * with charts.
 */
public final class NationalReport {

    private static final ReportWriter<InventoryReport> HTML = InventoryReportWriters.of(ReportFormat.HTML);
    private static final ReportWriter<InventoryReport> CSV = InventoryReportWriters.of(ReportFormat.CSV);

    private NationalReport() {
    }

    /**
     * Builds the report model.
     *
     * @param dataset the dataset
     * @param asOf the date of the report
     * @return the model
     */
    public static InventoryReport model(Dataset dataset, LocalDate asOf) {
        return InventoryReport.of(dataset, asOf);
    }

    /**
     * Renders the model as HTML in Catalan.
     *
     * @param model the model
     * @param out where to write
     * @throws IOException if writing fails
     */
    public static void html(InventoryReport model, Writer out) throws IOException {
        HTML.write(model, ReportLanguage.CA, out);
    }

    /**
     * Renders the model as CSV.
     *
     * @param model the model
     * @param out where to write
     * @throws IOException if writing fails
     */
    public static void csv(InventoryReport model, Writer out) throws IOException {
        CSV.write(model, ReportLanguage.CA, out);
    }
}
