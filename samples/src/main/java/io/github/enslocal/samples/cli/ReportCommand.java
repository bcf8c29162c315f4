// SPDX-License-Identifier: Apache-2.0
package io.github.enslocal.samples.cli;

import io.github.enslocal.core.dataset.Dataset;
import io.github.enslocal.core.dataset.DatasetReadResult;
import io.github.enslocal.core.incident.classification.NotificationPolicy;
import io.github.enslocal.core.time.DateRange;
import io.github.enslocal.core.time.DateWindow;
import io.github.enslocal.ens.evaluation.DatasetEvaluation;
import io.github.enslocal.reporting.ReportFormat;
import io.github.enslocal.reporting.ReportLanguage;
import io.github.enslocal.reporting.suite.ReportKind;
import io.github.enslocal.reporting.suite.ReportSuite;
import io.github.enslocal.reporting.suite.ReportSuiteResult;
import io.github.enslocal.reporting.suite.SkippedReport;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.TypeConversionException;

/**
 * {@code enslocal report}: the reports of a support body from a dataset file, written into one
 * directory that appears whole or not at all.
 *
 * <p>The dataset is read and validated first: an invalid one ends in exit status 3 with nothing
 * written. Missing parameters that a report named in {@code --reports} needs are usage errors, except
 * those with a documented default: the period is the year ending on the date (the convention
 * balance and the incidents may each have their own), the support body the dataset's only one.
 * Without {@code --reports}, every report is written whose choices are given, and each of the
 * others is skipped with a sentence, in the language of the messages, saying which option to give.
 */
@Command(name = "report",
        mixinStandardHelpOptions = true,
        sortOptions = false,
        description = {
            "Reads and validates a dataset, evaluates its ENS compliance at a date and writes the reports of one"
                    + " support body into a new directory, whole or not at all.",
            "Reports: dashboard (the ENS tracking dashboard), soa (a Declaración de Aplicabilidad per categorised"
                    + " system), plan (adequacy plans), convention (the convention balance), incidents, inventory,"
                    + " findings (the open non-conformities and the plan actions that address them).",
            "Files: REPORT.json, REPORT.TABLE.csv, REPORT.TABLE.excel.csv (';' and a byte order mark, for"
                    + " spreadsheets), REPORT.LANG.md and REPORT.LANG.html; the Declaraciones go into"
                    + " declaracion-aplicabilidad/SYSTEM.*."
        })
final class ReportCommand implements Callable<Integer>, MessageLanguage {

    @Spec
    private CommandSpec spec;

    @Parameters(index = "0", paramLabel = "FILE", converter = DatasetInput.FileConverter.class,
            description = "The dataset, a JSON document in the ENS Local format (docs/dataset-format.md); '-' reads it"
                    + " from the standard input.")
    private Path file;

    @Option(names = "--as-of", required = true, paramLabel = "DATE", converter = IsoDateConverter.class,
            description = "The date of the evaluation and the reports, e.g. 2025-12-31.")
    private LocalDate asOf;

    @Option(names = "--out", required = true, paramLabel = "DIR",
            description = "The directory to create, new or empty.")
    private Path out;

    @Option(names = "--lang", paramLabel = "LANG", split = ",",
            description = "Languages of the HTML and Markdown files, comma-separated: ca, es, en (default: all three,"
                    + " that of LC_ALL, LC_MESSAGES or LANG first, else en: ${DEFAULT-VALUE}). The first is also that"
                    + " of the CSV headers and of the messages.")
    private List<ReportLanguage> languages;

    @Option(names = "--formats", paramLabel = "FORMAT", split = ",", defaultValue = "html,md,csv,csv-excel,json",
            converter = Choices.Formats.class,
            description = "Formats, comma-separated: html, md, csv, csv-excel, json (default: all).")
    private List<ReportFormat> formats;

    @Option(names = "--reports", paramLabel = "REPORT", split = ",", converter = Choices.Reports.class,
            completionCandidates = ReportIds.class,
            description = "Reports, comma-separated: ${COMPLETION-CANDIDATES} (default: every report the options allow;"
                    + " one that needs a missing option is skipped with a sentence saying which).")
    private List<ReportKind> kinds;

    @Option(names = "--period", paramLabel = "START/END", converter = PeriodConverter.class,
            description = "The period of the convention balance and the incidents, both days included, e.g."
                    + " 2025-01-01/2025-12-31 (default: the year ending on --as-of).")
    private Optional<DateRange> period;

    @Option(names = "--balance-period", paramLabel = "START/END", converter = PeriodConverter.class,
            description = "The period of the convention balance alone, e.g. the convention's whole validity"
                    + " 2021-01-01/2025-12-31 (default: --period).")
    private Optional<DateRange> balancePeriod;

    @Option(names = "--incident-period", paramLabel = "START/END", converter = PeriodConverter.class,
            description = "The period of the incidents report alone, e.g. 2025-07-01/2025-12-31 (default: --period).")
    private Optional<DateRange> incidentPeriod;

    @Option(names = "--support-body", paramLabel = "ID",
            description = "The support body reported on, by its id (default: the dataset's only one).")
    private Optional<String> supportBody;

    @Option(names = "--convention", paramLabel = "ID",
            description = "The convention of the balance, by its id (default: the support body's one signed"
                    + " convention in force during the period).")
    private Optional<String> convention;

    @Option(names = "--notification-delay", paramLabel = "DURATION", converter = DelayConverter.class,
            description = "For the incidents report: the time after an incident within which notifying CCN-CERT"
                    + " is in time, in ISO-8601, e.g. PT24H. No regulation fixes an hour count, so there is no"
                    + " default: state your own procedure's.")
    private Optional<Duration> notificationDelay;

    @Option(names = "--replace",
            description = "Replace the content of DIR if it is not empty.")
    private boolean replace;

    @Mixin
    private DatasetResources resources;

    /**
     * Returns the language of the messages about the dataset: the first of {@code --lang}.
     *
     * @return the locale
     */
    @Override
    public Locale locale() {
        return languages == null || languages.isEmpty() ? Locale.ENGLISH : languages.get(0).locale();
    }

    @Override
    public Integer call() throws IOException {
        DateRange reportPeriod = period.orElseGet(() -> yearEndingOn(asOf));
        boolean chosen = kinds != null;
        List<ReportKind> reports = chosen ? kinds : List.of(ReportKind.values());
        if (reports.contains(ReportKind.INCIDENTS) && notificationDelay.isEmpty() && chosen) {
            throw new ParameterException(spec.commandLine(), "The incidents report needs --notification-delay: the"
                    + " time allowed to notify CCN-CERT, e.g. PT24H. No regulation fixes an hour count, so state"
                    + " your own procedure's, or leave incidents out of --reports.");
        }
        OutputDirectory directory = OutputDirectory.check(out, replace, spec);
        ConsoleText text = ConsoleText.of(languages.get(0));
        PrintWriter err = spec.commandLine().getErr();
        String shown = out.normalize().toString();
        ProgressPrinter progress = new ProgressPrinter(err, text, shown);
        ReportSuiteResult result;
        try {
            progress.start("progress.reading", file);
            DatasetReadResult read = DatasetInput.read(file, resources.readOptions(locale()));
            progress.done();
            DatasetInput.printWarnings(read, locale(), err);
            Dataset dataset = read.dataset();
            progress.start("progress.evaluating", dataset.systems().size(), asOf);
            DatasetEvaluation evaluation = resources.evaluator().evaluate(dataset, asOf);
            progress.done();
            ReportSuite.Builder suite = ReportSuite.builder()
                    .dataset(dataset)
                    .evaluation(evaluation)
                    .asOf(asOf)
                    .period(reportPeriod)
                    .languages(languages.toArray(ReportLanguage[]::new))
                    .formats(formats.toArray(ReportFormat[]::new))
                    .kinds(reports.toArray(ReportKind[]::new))
                    .skipIncomplete(!chosen)
                    .replace(replace)
                    .progress(progress);
            balancePeriod.ifPresent(suite::balancePeriod);
            incidentPeriod.ifPresent(suite::incidentPeriod);
            supportBody.ifPresent(suite::supportBody);
            convention.ifPresent(suite::convention);
            notificationDelay.map(NotificationPolicy::withAllowedDelay).ifPresent(suite::notificationPolicy);
            result = write(suite.build(), directory);
        } finally {
            progress.finish();
        }
        PrintWriter stdout = spec.commandLine().getOut();
        for (SkippedReport skipped : result.skipped()) {
            err.print(text.format("report.skipped." + skipped.missing().name(), skipped.kind().id(),
                    skipped.candidates().size(), String.join(", ", skipped.candidates())) + "\n");
        }
        err.flush();
        stdout.print(text.format("report.wrote", result.files().size(), shown) + "\n");
        String dashboard = ReportKind.DASHBOARD.fileStem() + "." + languages.get(0).tag() + "."
                + ReportFormat.HTML.fileExtension();
        if (result.files().contains(dashboard)) {
            stdout.print(text.format("summary.openFirst", shown + "/" + dashboard) + "\n");
        }
        stdout.flush();
        return ExitStatus.OK.code();
    }

    /**
     * Returns the default period: the year ending on a date, both days included.
     *
     * @param day the last day
     * @return e.g. 2025-01-01/2025-12-31 for 2025-12-31
     */
    static DateRange yearEndingOn(LocalDate day) {
        return DateRange.of(day.minusYears(1).plusDays(1), day);
    }

    /** Writes the reports, turning a parameter that does not fit the dataset into a usage error. */
    private ReportSuiteResult write(ReportSuite suite, OutputDirectory directory) throws IOException {
        try {
            List<ReportSuiteResult> written = new ArrayList<>();
            directory.write(staging -> written.add(suite.writeTo(staging)));
            return written.get(0);
        } catch (IllegalArgumentException e) {
            throw new ParameterException(spec.commandLine(), sentence(e.getMessage()), e);
        } catch (FileAlreadyExistsException e) {
            throw new ParameterException(spec.commandLine(), "The directory '" + out + "' is not empty; choose a new"
                    + " or empty one with --out, or add --replace to replace its content.", e);
        }
    }

    private static String sentence(String message) {
        return message.endsWith(".") ? message : message + ".";
    }

    /** The command-line ids of the reports, for the help text and shell completion. */
    static final class ReportIds implements Iterable<String> {

        @Override
        public Iterator<String> iterator() {
            return Arrays.stream(ReportKind.values()).map(ReportKind::id).iterator();
        }
    }

    /** Reads {@code --period}, e.g. {@code 2025-01-01/2025-12-31}. */
    static final class PeriodConverter implements ITypeConverter<DateRange> {

        @Override
        public DateRange convert(String value) {
            DateRange range;
            try {
                range = DateRange.parse(value.strip());
            } catch (IllegalArgumentException | DateTimeParseException e) {
                throw new TypeConversionException("'" + value + "' is not a period; expected START/END, e.g."
                        + " '2025-01-01/2025-12-31'");
            }
            if (!DateWindow.contains(range)) {
                throw IsoDateConverter.outsideWindow(value);
            }
            return range;
        }
    }

    /** Reads {@code --notification-delay} in ISO-8601, e.g. {@code PT24H}, from zero to {@link #MAX_DELAY}. */
    static final class DelayConverter implements ITypeConverter<Duration> {

        /** The longest delay accepted: a year, far beyond any notification procedure. */
        static final Duration MAX_DELAY = Duration.ofDays(366);

        @Override
        public Duration convert(String value) {
            try {
                Duration delay = Duration.parse(value.strip());
                if (!delay.isNegative() && delay.compareTo(MAX_DELAY) <= 0) {
                    return delay;
                }
            } catch (DateTimeParseException e) {
                // reported below with the example
            }
            throw new TypeConversionException("'" + value + "' is not a delay; expected an ISO-8601 duration from zero"
                    + " to 366 days, e.g. 'PT24H' for 24 hours or 'PT4H30M'");
        }
    }
}
