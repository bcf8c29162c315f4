// SPDX-License-Identifier: Apache-2.0
package io.github.enslocal.samples.embedding;

import io.github.enslocal.core.dataset.Dataset;
import io.github.enslocal.core.dataset.DatasetCodec;
import io.github.enslocal.core.system.InformationSystem;
import io.github.enslocal.core.territory.IneCode;
import io.github.enslocal.ens.evaluation.ComplianceEvaluator;
import io.github.enslocal.ens.evaluation.ComplianceSummary;
import io.github.enslocal.ens.evaluation.MeasureResult;
import io.github.enslocal.ens.evaluation.SystemEvaluation;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Optional;

/**
 * Reads a dataset file, evaluates the information system of one municipality at a date, and prints
 * its category, its two CCN-STIC 815 indices and zone, and every required measure it does not meet
 * with the reasons.
 *
 * <p>The body of {@link #print} between the {@code README:begin} and {@code README:end} comments
 * is the example of the repository's README, which a test keeps identical.
 */
public final class EvaluateOneSystem {

    private EvaluateOneSystem() {
    }

    /**
     * Runs the sample.
     *
     * @param args optionally the dataset file (default {@code docs/example-dataset.json}, relative to
     *     the repository root), the municipality's INE code (default {@code 08140}, Navarcles) and the
     *     date (default {@code 2025-12-31})
     * @throws IOException if the file cannot be read
     */
    public static void main(String[] args) throws IOException {
        Path file = Path.of(args.length > 0 ? args[0] : "docs/example-dataset.json");
        IneCode municipality = IneCode.parse(args.length > 1 ? args[1] : "08140");
        LocalDate asOf = LocalDate.parse(args.length > 2 ? args[2] : "2025-12-31");
        PrintWriter out = new PrintWriter(new OutputStreamWriter(System.out, StandardCharsets.UTF_8));
        print(file, municipality, asOf, out);
        out.flush();
    }

    /**
     * Evaluates the first information system a municipality owns and prints the result.
     *
     * @param file the dataset file
     * @param municipality the municipality
     * @param asOf the date of the evaluation
     * @param out where to print; not flushed
     * @throws IOException if the file cannot be read
     * @throws io.github.enslocal.core.dataset.InvalidDatasetException if the file is not a valid
     *     dataset, with every violation
     * @throws java.util.NoSuchElementException if the municipality owns no system in the dataset
     */
    public static void print(Path file, IneCode municipality, LocalDate asOf, PrintWriter out) throws IOException {
        // README:begin
        // Read and validate the dataset: an invalid one throws InvalidDatasetException with every violation.
        Dataset dataset = DatasetCodec.create().read(file);
        InformationSystem system = dataset.systems().stream()
                .filter(candidate -> candidate.owner().municipality().equals(Optional.of(municipality)))
                .findFirst().orElseThrow();
        // Evaluate at an explicit date: the library never reads the clock.
        SystemEvaluation evaluation = ComplianceEvaluator.standard().evaluate(system, dataset, asOf);
        ComplianceSummary summary = evaluation.summary();
        out.println(evaluation.systemName() + ": " + evaluation.categorization().reason());
        out.println("compliance " + summary.compliance() + ", maturity " + summary.maturity()
                + ", zone " + summary.zone().map(Enum::name).orElse("none"));
        for (MeasureResult measure : evaluation.measures()) {
            if (measure.status().isRequired() && !measure.status().isMet()) {
                out.println("  " + measure.describe()); // e.g. "op.exp.4 NON_COMPLIANT: declared L1 below …"
            }
        }
        // README:end
    }
}
