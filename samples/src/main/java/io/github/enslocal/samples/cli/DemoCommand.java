// SPDX-License-Identifier: Apache-2.0
package io.github.enslocal.samples.cli;

import io.github.enslocal.core.dataset.Dataset;
import io.github.enslocal.core.dataset.DatasetCodec;
import io.github.enslocal.core.incident.classification.NotificationPolicy;
import io.github.enslocal.core.time.DateRange;
import io.github.enslocal.ens.evaluation.ComplianceEvaluator;
import io.github.enslocal.ens.evaluation.DatasetEvaluation;
import io.github.enslocal.reporting.ReportLanguage;
import io.github.enslocal.reporting.dashboard.EnsDashboard;
import io.github.enslocal.reporting.suite.ReportSuite;
import io.github.enslocal.reporting.suite.ReportSuiteResult;
import io.github.enslocal.samples.demo.DemoDatasetGenerator;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/**
 * {@code enslocal demo}: the synthetic Consell Comarcal del Bages, evaluated and reported on.
 *
 * <p>Generates the demo dataset ({@link DemoDatasetGenerator#generate()}), evaluates it, and
 * writes {@code dataset.json} and every report in every format and language under
 * {@code reports/}, all in one directory that appears whole or not at all. The convention balance
 * covers the support convention from its start up to the date; the
 * incident report covers the year ending on the date. Progress goes to the
 * standard error; a summary in the chosen language goes to the standard output.
 */
@Command(name = "demo",
        mixinStandardHelpOptions = true,
        sortOptions = false,
        description = {
            "Generates the demo dataset (a synthetic Consell Comarcal del Bages serving 23 town halls; only the"
                    + " municipalities' names, INE codes and populations are real), evaluates its ENS compliance"
                    + " and writes it with every report.",
            "Files:",
            "  DIR/dataset.json  the dataset, for validate, evaluate and report",
            "  DIR/reports/      every report as HTML and Markdown (ca, es, en), CSV, JSON",
            "The directory appears whole or not at all. The convention balance covers the support convention from"
                    + " 2021-01-01 up to the date (at most to 2025-12-31, its end); the incidents cover the year ending"
                    + " on the date, as report does by default. The incident report counts a CCN-CERT"
                    + " notification as late after 24 hours: the demo's choice, not a regulation (none fixes an"
                    + " hour count).",
            "Then it prints a summary and names the dashboard to open first."
        })
final class DemoCommand implements Callable<Integer> {

    /** The delay the demo allows for notifying CCN-CERT: its own choice, since no regulation gives an hour count. */
    static final Duration NOTIFICATION_DELAY = Duration.ofHours(24);

    @Spec
    private CommandSpec spec;

    @Option(names = "--out", paramLabel = "DIR", defaultValue = "enslocal-demo",
            description = "The directory to create, new or empty (default: ${DEFAULT-VALUE}, in the current directory).")
    private Path out;

    @Option(names = "--lang", paramLabel = "LANG",
            description = "Language of the summary, of the CSV headers and of the dashboard to open first: ca, es or en"
                    + " (default: ${DEFAULT-VALUE}, from LC_ALL, LC_MESSAGES or LANG; en if they name none of the three)."
                    + " HTML and Markdown are written in all three.")
    private ReportLanguage language;

    @Option(names = "--as-of", paramLabel = "DATE", converter = IsoDateConverter.class,
            description = "The date of the evaluation and the reports, from 2021-01-01 (default: 2025-12-31, the date"
                    + " the demo data describes).")
    private LocalDate asOf = DemoDatasetGenerator.AS_OF;

    @Option(names = "--replace",
            description = "Replace the content of DIR if it is not empty.")
    private boolean replace;

    @Override
    public Integer call() throws IOException {
        DateRange balancePeriod = balancePeriod();
        OutputDirectory directory = OutputDirectory.check(out, replace, spec);
        ConsoleText text = ConsoleText.of(language);
        String shown = out.normalize().toString();
        PrintWriter err = spec.commandLine().getErr();
        ProgressPrinter progress = new ProgressPrinter(err, text, shown + "/" + DemoSummary.REPORTS_DIRECTORY);
        try {
            progress.start("progress.generating", DemoDatasetGenerator.BAGES_NAME, DemoDatasetGenerator.BAGES_SERVED);
            Dataset dataset = DemoDatasetGenerator.generate();
            progress.done();
            progress.start("progress.evaluating", dataset.systems().size(), asOf);
            DatasetEvaluation evaluation = ComplianceEvaluator.standard().evaluate(dataset, asOf);
            EnsDashboard dashboard = EnsDashboard.of(evaluation, dataset, DemoDatasetGenerator.BAGES_ID, asOf);
            progress.done();
            ReportSuite suite = ReportSuite.builder()
                    .dataset(dataset)
                    .evaluation(evaluation)
                    .asOf(asOf)
                    .balancePeriod(balancePeriod)
                    .incidentPeriod(ReportCommand.yearEndingOn(asOf))
                    .supportBody(DemoDatasetGenerator.BAGES_ID)
                    .convention(DemoDatasetGenerator.SUPPORT_CONVENTION_2021)
                    .notificationPolicy(NotificationPolicy.withAllowedDelay(NOTIFICATION_DELAY))
                    .languages(languages())
                    .progress(progress)
                    .build();
            List<ReportSuiteResult> written = new ArrayList<>();
            directory.write(staging -> {
                DatasetCodec.create().write(dataset, staging.resolve(DemoSummary.DATASET_FILE));
                written.add(suite.writeTo(staging.resolve(DemoSummary.REPORTS_DIRECTORY)));
            });
            int servedAtStart = dataset.conventions().stream()
                    .filter(convention -> convention.id().equals(DemoDatasetGenerator.SUPPORT_CONVENTION_2021))
                    .findFirst().map(convention -> convention.municipalitiesServedOn(balancePeriod.start()).size())
                    .orElse(0);
            PrintWriter stdout = spec.commandLine().getOut();
            stdout.print(new DemoSummary(text, dashboard, evaluation, servedAtStart, balancePeriod, NOTIFICATION_DELAY, shown,
                    written.get(0)).render());
            CommandOutput.flush(stdout);
        } finally {
            progress.finish();
        }
        return ExitStatus.OK.code();
    }

    /**
     * Returns the period of the convention balance: the demo's {@link DemoDatasetGenerator#BALANCE_PERIOD},
     * the support convention 2021–2024 with its extension, cut at the date if it ends earlier.
     */
    private DateRange balancePeriod() {
        DateRange convention = DemoDatasetGenerator.BALANCE_PERIOD;
        LocalDate start = convention.start();
        if (asOf.isBefore(start)) {
            throw new ParameterException(spec.commandLine(), "The demo describes " + start + " to "
                    + DemoDatasetGenerator.AS_OF + "; give --as-of from " + start + ", e.g. '" + DemoDatasetGenerator.AS_OF
                    + "', not '" + asOf + "'.");
        }
        return asOf.isBefore(convention.end()) ? DateRange.of(start, asOf) : convention;
    }

    /** Returns every language, the chosen one first: the suite writes CSV headers in the first. */
    private ReportLanguage[] languages() {
        List<ReportLanguage> ordered = new ArrayList<>(List.of(language));
        for (ReportLanguage other : ReportLanguage.values()) {
            if (other != language) {
                ordered.add(other);
            }
        }
        return ordered.toArray(ReportLanguage[]::new);
    }
}
