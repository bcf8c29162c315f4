// SPDX-License-Identifier: Apache-2.0
package io.github.enslocal.host;

import io.github.enslocal.core.dataset.Dataset;
import io.github.enslocal.core.dataset.DatasetCodec;
import io.github.enslocal.ens.evaluation.ComplianceEvaluator;
import io.github.enslocal.ens.evaluation.DatasetEvaluation;
import io.github.enslocal.reporting.ReportFormat;
import io.github.enslocal.reporting.ReportLanguage;
import io.github.enslocal.reporting.suite.ReportKind;
import io.github.enslocal.reporting.suite.ReportSuite;
import java.io.IOException;
import java.nio.file.Path;
import java.time.LocalDate;

/**
 * Reads a dataset, evaluates it at a date, writes the HTML dashboard into a directory and prints
 * one line with what it did. Everything the library could print on its own would appear on
 * standard error; this program prints nothing there.
 */
public final class HostApplication {

    private HostApplication() {
    }

    /**
     * Runs the host.
     *
     * @param args the dataset file, the date of the evaluation (ISO-8601) and the directory to
     *     write the dashboard into, which must not exist
     * @throws IOException if the dataset cannot be read or the report cannot be written
     */
    public static void main(String[] args) throws IOException {
        Dataset dataset = DatasetCodec.create().read(Path.of(args[0]));
        LocalDate asOf = LocalDate.parse(args[1]);
        DatasetEvaluation evaluation = ComplianceEvaluator.standard().evaluate(dataset, asOf);
        ReportSuite.builder()
                .dataset(dataset)
                .evaluation(evaluation)
                .asOf(asOf)
                .kinds(ReportKind.DASHBOARD)
                .formats(ReportFormat.HTML)
                .languages(ReportLanguage.CA)
                .build()
                .writeTo(Path.of(args[2]));
        System.out.println("evaluated " + evaluation.systems().size() + " systems of "
                + dataset.municipalities().size() + " municipalities");
    }
}
