// SPDX-License-Identifier: Apache-2.0
package io.github.enslocal.samples.embedding;

import io.github.enslocal.core.dataset.Dataset;
import io.github.enslocal.core.ens.Category;
import io.github.enslocal.ens.evaluation.ComplianceEvaluator;
import io.github.enslocal.ens.evaluation.ComplianceSummary;
import io.github.enslocal.ens.evaluation.DatasetEvaluation;
import io.github.enslocal.ens.evaluation.MunicipalityEvaluation;
import io.github.enslocal.ens.evaluation.Ratio;
import io.github.enslocal.ens.evaluation.SystemEvaluation;
import io.github.enslocal.ens.evaluation.Zone;
import io.github.enslocal.samples.demo.DemoDatasetGenerator;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.Locale;
import java.util.Optional;

/**
 * Evaluates every system of a supporting body's dataset and prints one line per municipality: its
 * category, its compliance index as a percentage and its zone, then the total. This is the core of
 * the ENS tracking dashboard (quadre de seguiment), which the reporting module renders in full.
 */
public final class SupportBodyOverview {

    private static final String LINE = "%-5s  %-32s  %-8s  %10s  %s%n";

    private SupportBodyOverview() {
    }

    /**
     * Runs the sample on the demo dataset of the Consell Comarcal del Bages.
     *
     * @param args ignored
     */
    public static void main(String[] args) {
        PrintWriter out = new PrintWriter(new OutputStreamWriter(System.out, StandardCharsets.UTF_8));
        print(DemoDatasetGenerator.generate(), DemoDatasetGenerator.AS_OF, out);
        out.flush();
    }

    /**
     * Prints the overview.
     *
     * @param dataset the dataset, valid
     * @param asOf the date of the evaluation
     * @param out where to print; not flushed
     */
    public static void print(Dataset dataset, LocalDate asOf, PrintWriter out) {
        DatasetEvaluation evaluation = ComplianceEvaluator.standard().evaluate(dataset, asOf);
        out.printf(Locale.ROOT, LINE, "INE", "Municipality", "Category", "Compliance", "Zone");
        // Municipalities come in INE code order; their figures are the sums over the systems they own.
        for (MunicipalityEvaluation municipality : evaluation.municipalities()) {
            out.printf(Locale.ROOT, LINE, municipality.municipality(), municipality.name().orElse(""),
                    category(evaluation, municipality), percentage(municipality.summary().compliance()),
                    zone(municipality.summary()));
        }
        // Indices are kept as numerator/denominator, so the total is exact, not an average of percentages.
        out.printf(Locale.ROOT, LINE, "", "Total", "", percentage(evaluation.summary().compliance()),
                zone(evaluation.summary()));
    }

    /** Returns the highest category among the municipality's systems, since the strictest one sets its work. */
    private static String category(DatasetEvaluation evaluation, MunicipalityEvaluation municipality) {
        return municipality.systemIds().stream()
                .map(evaluation::system).flatMap(Optional::stream)
                .map(SystemEvaluation::category).flatMap(Optional::stream)
                .max(Comparator.naturalOrder())
                .map(Category::officialName)
                .orElse("-");
    }

    private static String percentage(Ratio ratio) {
        return ratio.percentage().map(value -> value.toPlainString() + " %").orElse("n/a");
    }

    private static String zone(ComplianceSummary summary) {
        return summary.zone().map(Zone::name).orElse("-");
    }
}
