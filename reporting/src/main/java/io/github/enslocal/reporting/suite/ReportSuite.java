// SPDX-License-Identifier: Apache-2.0
package io.github.enslocal.reporting.suite;

import io.github.enslocal.core.dataset.Dataset;
import io.github.enslocal.core.incident.classification.NotificationPolicy;
import io.github.enslocal.core.territory.SupportBody;
import io.github.enslocal.core.time.DateRange;
import io.github.enslocal.ens.evaluation.ComplianceEvaluator;
import io.github.enslocal.ens.evaluation.DatasetEvaluation;
import io.github.enslocal.reporting.ReportFormat;
import io.github.enslocal.reporting.ReportLanguage;
import io.github.enslocal.reporting.ReportOutput;
import io.github.enslocal.reporting.files.AtomicDirectory;
import io.github.enslocal.reporting.files.AtomicFile;
import java.io.IOException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.NotDirectoryException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.BiFunction;

/**
 * Writes the reports of one support body at once: every requested {@link ReportKind} in every
 * requested {@link ReportFormat} and, for the formats people read, in every requested
 * {@link ReportLanguage}, into one directory that appears whole or not at all.
 *
 * <h2>Scope</h2>
 * The reports cover the support body's municipalities ({@link SupportBody#municipalities()}) and
 * the information systems they or the support body own: the dashboard has one row per municipality
 * served; a Declaración de Aplicabilidad is written for each system in scope whose valuations give
 * a category (one without a category has none: the dashboard counts it and the evaluation gives it a
 * major finding); the plan status covers the plans of the systems in scope; the incident and
 * inventory reports read only the incidents and assets of the municipalities served; the convention
 * balance is that of the convention named, or of the support body's one signed convention in force
 * during the period; the findings report lists the open findings of the systems in scope. Every
 * report that reads verdicts, statements of applicability, thresholds or findings reads them from
 * one evaluation: the one given, or the evaluator's of the dataset on the date.
 *
 * <h2>File names</h2>
 * Relative to the target directory, with {@code <stem>} the kind's {@link ReportKind#fileStem()}:
 * <table>
 *   <caption>Files per format</caption>
 *   <tr><th>format</th><th>files</th><th>example</th></tr>
 *   <tr><td>JSON</td><td>{@code <stem>.json}, language-neutral</td><td>{@code dashboard.json}</td></tr>
 *   <tr><td>CSV</td><td>{@code <stem>.<table>.csv}, one per table of the report</td>
 *       <td>{@code dashboard.summary.csv}</td></tr>
 *   <tr><td>CSV for spreadsheets</td><td>{@code <stem>.<table>.excel.csv}</td>
 *       <td>{@code inventory.by-type.excel.csv}</td></tr>
 *   <tr><td>Markdown</td><td>{@code <stem>.<language>.md}</td><td>{@code incidents.es.md}</td></tr>
 *   <tr><td>HTML</td><td>{@code <stem>.<language>.html}</td><td>{@code dashboard.ca.html}</td></tr>
 * </table>
 * The Declaración de Aplicabilidad goes one file set per system into a directory:
 * {@code declaracion-aplicabilidad/<system-id>.ca.html}, {@code declaracion-aplicabilidad/<system-id>.json},
 * and so on; characters of the system id other than ASCII letters, digits, {@code -} and {@code _}
 * become {@code _}. {@code <table>} is the table's constant name in lower case with hyphens, e.g.
 * {@code by-type} for {@code InventoryTable.BY_TYPE}. CSV values are machine-formatted, but headers
 * and labels need a language: CSV files are written once, in the <em>first</em> requested language.
 *
 * <h2>Whole or nothing</h2>
 * Every model is built before anything is written, so a bad parameter fails with nothing created.
 * The files are then written into a new hidden sibling directory ({@code .<name>.<random>.tmp}),
 * which is renamed to the target when complete. On any failure the temporary directory is deleted
 * and the target is left as it was. A target that exists and is not empty is refused unless
 * {@link Builder#replace(boolean)} is set; it is then moved aside, replaced, and deleted. Only a
 * process killed while writing can leave a temporary directory behind.
 *
 * <p>The bytes are deterministic: the same dataset, evaluation and parameters give the same files.
 * This class is immutable and thread-safe, if its progress listener is.
 */
public final class ReportSuite {

    private final Dataset dataset;
    private final Optional<DatasetEvaluation> evaluation;
    private final ComplianceEvaluator evaluator;
    private final LocalDate asOf;
    private final Optional<DateRange> period;
    private final Optional<DateRange> balancePeriod;
    private final Optional<DateRange> incidentPeriod;
    private final Optional<String> supportBodyId;
    private final Optional<String> conventionId;
    private final Optional<NotificationPolicy> notificationPolicy;
    private final List<ReportLanguage> languages;
    private final Set<ReportFormat> formats;
    private final Set<ReportKind> kinds;
    private final boolean replace;
    private final boolean skipIncomplete;
    private final ReportProgress progress;
    private final BiFunction<String, ReportOutput, ReportOutput> decorator;

    private ReportSuite(Builder builder) {
        this.dataset = Objects.requireNonNull(builder.dataset, "dataset is not set");
        this.evaluation = Optional.ofNullable(builder.evaluation);
        this.evaluator = builder.evaluator;
        this.asOf = Objects.requireNonNull(builder.asOf, "asOf is not set");
        this.period = Optional.ofNullable(builder.period);
        this.balancePeriod = Optional.ofNullable(builder.balancePeriod);
        this.incidentPeriod = Optional.ofNullable(builder.incidentPeriod);
        this.supportBodyId = Optional.ofNullable(builder.supportBodyId);
        this.conventionId = Optional.ofNullable(builder.conventionId);
        this.notificationPolicy = Optional.ofNullable(builder.notificationPolicy);
        this.languages = List.copyOf(builder.languages);
        this.formats = Set.copyOf(builder.formats);
        this.kinds = Set.copyOf(builder.kinds);
        this.replace = builder.replace;
        this.skipIncomplete = builder.skipIncomplete;
        this.progress = builder.progress;
        this.decorator = builder.decorator;
        if (languages.isEmpty() || formats.isEmpty() || kinds.isEmpty()) {
            throw new IllegalArgumentException("A report suite needs at least one language, format and kind, got "
                    + languages + ", " + formats + " and " + kinds + ", e.g. [CA], [HTML] and [DASHBOARD]");
        }
        evaluation.filter(given -> !given.asOf().equals(asOf)).ifPresent(given -> {
            throw new IllegalArgumentException("The evaluation is of " + given.asOf() + " but the reports are of "
                    + asOf + ", expected the same date, e.g. " + asOf);
        });
    }

    /**
     * Returns a builder with every kind, format and language selected, the standard evaluator and
     * no replacement of a non-empty directory.
     *
     * @return the builder
     */
    public static Builder builder() {
        return new Builder();
    }

    /**
     * Builds every report and writes the files into a directory, whole or not at all. The
     * directory's parent directories are created if missing.
     *
     * @param directory the report directory: absent, empty, or (with {@link Builder#replace}) to be replaced
     * @return the files written
     * @throws NullPointerException if {@code directory} is null
     * @throws IllegalArgumentException if a parameter does not fit the dataset, such as an unknown
     *     support body or convention, or is missing for a requested kind (a period for the
     *     convention balance and for incidents, the notification policy for incidents)
     * @throws FileAlreadyExistsException if {@code directory} exists, is not empty and replacing is off
     * @throws NotDirectoryException if {@code directory} exists and is not a directory
     * @throws IOException if writing or moving fails; nothing is then left behind and an existing
     *     target is unchanged
     */
    public ReportSuiteResult writeTo(Path directory) throws IOException {
        Path target = Objects.requireNonNull(directory, "directory").toAbsolutePath().normalize();
        Path parent = target.getParent();
        if (parent == null || target.getFileName() == null) {
            throw new IllegalArgumentException("Invalid report directory '" + directory
                    + "', expected a directory below an existing one, e.g. 'out/reports-2025'");
        }
        boolean existing = Files.exists(target, LinkOption.NOFOLLOW_LINKS);
        if (existing && !Files.isDirectory(target, LinkOption.NOFOLLOW_LINKS)) {
            throw new NotDirectoryException(target + " exists and is not a directory; choose a directory for the reports");
        }
        if (existing && !replace && !AtomicDirectory.isEmpty(target)) {
            throw new FileAlreadyExistsException(target.toString(), null, "the report directory exists and is not "
                    + "empty; choose a new or empty directory, or allow replacing it");
        }
        Outputs built = outputs();
        Map<String, ReportOutput> outputs = built.files();
        AtomicDirectory.write(target, staging -> {
            int written = 0;
            for (Map.Entry<String, ReportOutput> output : outputs.entrySet()) {
                Path file = staging.resolve(output.getKey());
                Files.createDirectories(file.getParent());
                AtomicFile.write(file, decorator.apply(output.getKey(), output.getValue())::writeTo);
                progress.fileWritten(output.getKey(), ++written, outputs.size());
            }
        });
        return new ReportSuiteResult(target, List.copyOf(outputs.keySet()), built.skipped());
    }

    /** Builds every model and returns the files to write, by relative path, with the reports skipped. */
    Outputs outputs() {
        ReportScope scope = new ReportScope(dataset, () -> evaluation.orElseGet(() -> evaluator.evaluate(dataset, asOf)),
                supportBody(), asOf, balancePeriod.or(() -> period), incidentPeriod.or(() -> period), conventionId,
                notificationPolicy);
        Map<String, ReportOutput> outputs = new TreeMap<>();
        List<SkippedReport> skipped = new ArrayList<>();
        for (ReportKind kind : EnumSet.copyOf(kinds)) {
            try {
                kind.definition().addOutputs(kind.fileStem(), scope, languages, formats, outputs);
            } catch (MissingChoiceException e) {
                if (!skipIncomplete) {
                    throw e;
                }
                skipped.add(e.skipped(kind));
            }
        }
        return new Outputs(outputs, skipped);
    }

    /** The files to write, by relative path, and the reports skipped for a missing choice. */
    record Outputs(Map<String, ReportOutput> files, List<SkippedReport> skipped) {
    }

    private SupportBody supportBody() {
        List<SupportBody> bodies = dataset.supportBodies();
        String id = supportBodyId.orElseGet(() -> {
            if (bodies.size() != 1) {
                throw new IllegalArgumentException("The dataset has " + bodies.size() + " support bodies "
                        + bodies.stream().map(SupportBody::id).sorted().toList()
                        + ", expected the support body to be named, e.g. 'cc-bages'");
            }
            return bodies.get(0).id();
        });
        return bodies.stream().filter(body -> body.id().equals(id)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("Unknown support body '" + id + "', expected one of "
                        + bodies.stream().map(SupportBody::id).sorted().toList()));
    }

    /**
     * Collects the parameters of a {@link ReportSuite}. Not thread-safe; each setter returns this
     * builder.
     */
    public static final class Builder {

        private Dataset dataset;
        private DatasetEvaluation evaluation;
        private ComplianceEvaluator evaluator = ComplianceEvaluator.standard();
        private LocalDate asOf;
        private DateRange period;
        private DateRange balancePeriod;
        private DateRange incidentPeriod;
        private String supportBodyId;
        private String conventionId;
        private NotificationPolicy notificationPolicy;
        private List<ReportLanguage> languages = List.of(ReportLanguage.values());
        private Set<ReportFormat> formats = EnumSet.allOf(ReportFormat.class);
        private Set<ReportKind> kinds = EnumSet.allOf(ReportKind.class);
        private boolean replace;
        private boolean skipIncomplete;
        private ReportProgress progress = ReportProgress.none();
        private BiFunction<String, ReportOutput, ReportOutput> decorator = (path, output) -> output;

        private Builder() {
        }

        /**
         * Sets the dataset, which must be valid. Required.
         *
         * @param value the dataset
         * @return this builder
         * @throws NullPointerException if {@code value} is null
         */
        public Builder dataset(Dataset value) {
            this.dataset = Objects.requireNonNull(value, "dataset");
            return this;
        }

        /**
         * Sets the evaluation of the dataset on the report date, when the caller has it already;
         * otherwise the {@link #evaluator(ComplianceEvaluator) evaluator} evaluates the dataset. Every
         * report that reads verdicts, statements of applicability or thresholds reads them from this
         * one evaluation.
         *
         * @param value the evaluation, of the report date
         * @return this builder
         * @throws NullPointerException if {@code value} is null
         */
        public Builder evaluation(DatasetEvaluation value) {
            this.evaluation = Objects.requireNonNull(value, "evaluation");
            return this;
        }

        /**
         * Sets the evaluator, used when no evaluation is given. Default: {@link ComplianceEvaluator#standard()}.
         *
         * @param value the evaluator
         * @return this builder
         * @throws NullPointerException if {@code value} is null
         */
        public Builder evaluator(ComplianceEvaluator value) {
            this.evaluator = Objects.requireNonNull(value, "evaluator");
            return this;
        }

        /**
         * Sets the date of the reports: of the evaluation, the dashboard, the declarations, the plan
         * status and the inventory. Required.
         *
         * @param value the date
         * @return this builder
         * @throws NullPointerException if {@code value} is null
         */
        public Builder asOf(LocalDate value) {
            this.asOf = Objects.requireNonNull(value, "asOf");
            return this;
        }

        /**
         * Sets the period of the convention balance and the incident report, both ends included,
         * for each of them whose own period ({@link #balancePeriod}, {@link #incidentPeriod}) is not
         * set. Each of those kinds needs a period from here or from its own setter.
         *
         * @param value the period
         * @return this builder
         * @throws NullPointerException if {@code value} is null
         */
        public Builder period(DateRange value) {
            this.period = Objects.requireNonNull(value, "period");
            return this;
        }

        /**
         * Sets the period of the convention balance alone, both ends included, e.g. a convention's
         * whole validity while the incident report covers the last year. Default: {@link #period}.
         *
         * @param value the period
         * @return this builder
         * @throws NullPointerException if {@code value} is null
         */
        public Builder balancePeriod(DateRange value) {
            this.balancePeriod = Objects.requireNonNull(value, "balancePeriod");
            return this;
        }

        /**
         * Sets the period of the incident report alone, both ends included. Default: {@link #period}.
         *
         * @param value the period
         * @return this builder
         * @throws NullPointerException if {@code value} is null
         */
        public Builder incidentPeriod(DateRange value) {
            this.incidentPeriod = Objects.requireNonNull(value, "incidentPeriod");
            return this;
        }

        /**
         * Sets the support body reported on. Default: the dataset's support body, if it has exactly one.
         *
         * @param value the support body's id
         * @return this builder
         * @throws NullPointerException if {@code value} is null
         */
        public Builder supportBody(String value) {
            this.supportBodyId = Objects.requireNonNull(value, "supportBodyId");
            return this;
        }

        /**
         * Sets the convention of the balance. Default: the support body's one signed convention whose
         * validity overlaps the balance's period
         * ({@link io.github.enslocal.reporting.convention.ConventionBalance#ofSupportBody}); see
         * {@link #skipIncomplete(boolean)} for a support body with none or several.
         *
         * @param value the convention's id
         * @return this builder
         * @throws NullPointerException if {@code value} is null
         */
        public Builder convention(String value) {
            this.conventionId = Objects.requireNonNull(value, "conventionId");
            return this;
        }

        /**
         * Sets which security incidents must be notified to CCN-CERT and the allowed delay, a
         * parameter since no source fixes an hour count. Required for the incident report.
         *
         * @param value the policy, e.g. {@code NotificationPolicy.withAllowedDelay(Duration.ofHours(24))}
         * @return this builder
         * @throws NullPointerException if {@code value} is null
         */
        public Builder notificationPolicy(NotificationPolicy value) {
            this.notificationPolicy = Objects.requireNonNull(value, "notificationPolicy");
            return this;
        }

        /**
         * Sets the languages of the Markdown and HTML files; CSV files use the first. Default: Catalan,
         * Spanish and English.
         *
         * @param values the languages, at least one; duplicates count once, the order is kept
         * @return this builder
         * @throws NullPointerException if {@code values} or an element is null
         */
        public Builder languages(ReportLanguage... values) {
            this.languages = List.copyOf(new LinkedHashSet<>(List.of(values)));
            return this;
        }

        /**
         * Sets the formats. Default: all of them.
         *
         * @param values the formats, at least one
         * @return this builder
         * @throws NullPointerException if {@code values} or an element is null
         */
        public Builder formats(ReportFormat... values) {
            this.formats = values.length == 0 ? Set.of() : EnumSet.copyOf(List.of(values));
            return this;
        }

        /**
         * Sets the reports. Default: all of them.
         *
         * @param values the kinds, at least one
         * @return this builder
         * @throws NullPointerException if {@code values} or an element is null
         */
        public Builder kinds(ReportKind... values) {
            this.kinds = values.length == 0 ? Set.of() : EnumSet.copyOf(List.of(values));
            return this;
        }

        /**
         * Sets whether a non-empty target directory is replaced. Default: false, and a non-empty
         * target is refused.
         *
         * @param value true to replace the target's whole content
         * @return this builder
         */
        public Builder replace(boolean value) {
            this.replace = value;
            return this;
        }

        /**
         * Sets whether a report that needs a choice that was not given (a period, the notification
         * policy of the incident report, the convention of the balance when the support body has
         * none or several in force) is left out and listed in {@link ReportSuiteResult#skipped()},
         * rather than failing the whole suite. Default: false.
         *
         * @param value true to skip such reports
         * @return this builder
         */
        public Builder skipIncomplete(boolean value) {
            this.skipIncomplete = value;
            return this;
        }

        /**
         * Sets the listener told about each file written. Default: none.
         *
         * @param value the listener
         * @return this builder
         * @throws NullPointerException if {@code value} is null
         */
        public Builder progress(ReportProgress value) {
            this.progress = Objects.requireNonNull(value, "progress");
            return this;
        }

        /** Test seam: wraps each file's content, e.g. to make one fail halfway. */
        Builder decorator(BiFunction<String, ReportOutput, ReportOutput> value) {
            this.decorator = Objects.requireNonNull(value, "decorator");
            return this;
        }

        /**
         * Builds the suite. The dataset is not read yet: {@link ReportSuite#writeTo} builds the models.
         *
         * @return the suite
         * @throws NullPointerException if the dataset or the date is not set
         * @throws IllegalArgumentException if no language, format or kind is selected, or the
         *     evaluation is of another date
         */
        public ReportSuite build() {
            return new ReportSuite(this);
        }
    }
}
