// SPDX-License-Identifier: Apache-2.0
package io.github.enslocal.benchmarks;

import io.github.enslocal.core.dataset.Dataset;
import io.github.enslocal.ens.evaluation.DatasetEvaluation;
import io.github.enslocal.reporting.ReportFormat;
import io.github.enslocal.reporting.ReportLanguage;
import io.github.enslocal.reporting.ReportWriter;
import io.github.enslocal.reporting.dashboard.EnsDashboard;
import io.github.enslocal.reporting.dashboard.EnsDashboardWriters;
import io.github.enslocal.samples.demo.DemoDatasetGenerator;
import java.io.IOException;
import java.io.Writer;

/**
 * The national report the benchmarks render: the ENS tracking dashboard of the scale dataset's one
 * supporting body, which serves every municipality of Spain, so it has one row per municipality.
 */
public final class NationalReport {

    private static final ReportWriter<EnsDashboard> HTML = EnsDashboardWriters.of(ReportFormat.HTML);
    private static final ReportWriter<EnsDashboard> CSV = EnsDashboardWriters.of(ReportFormat.CSV);

    private NationalReport() {
    }

    /**
     * Builds the dashboard model from an evaluation of the whole dataset.
     *
     * @param evaluation the evaluation of {@code dataset}
     * @param dataset the scale dataset
     * @return the model
     */
    public static EnsDashboard model(DatasetEvaluation evaluation, Dataset dataset) {
        return EnsDashboard.of(evaluation, dataset, DemoDatasetGenerator.SCALE_BODY_ID, evaluation.asOf());
    }

    /**
     * Renders the model as HTML in Catalan.
     *
     * @param model the model
     * @param out where to write
     * @throws IOException if writing fails
     */
    public static void html(EnsDashboard model, Writer out) throws IOException {
        HTML.write(model, ReportLanguage.CA, out);
    }

    /**
     * Renders the model's summary table as CSV.
     *
     * @param model the model
     * @param out where to write
     * @throws IOException if writing fails
     */
    public static void csv(EnsDashboard model, Writer out) throws IOException {
        CSV.write(model, ReportLanguage.CA, out);
    }
}
