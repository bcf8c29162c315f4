// SPDX-License-Identifier: Apache-2.0
package io.github.enslocal.ens.evaluation;

import io.github.enslocal.core.assessment.MeasureAssessment;
import io.github.enslocal.core.dataset.Dataset;
import io.github.enslocal.core.ens.Category;
import io.github.enslocal.core.ens.DimensionLevels;
import io.github.enslocal.core.ens.MeasureId;
import io.github.enslocal.core.incident.classification.IncidentTaxonomy;
import io.github.enslocal.core.system.InformationSystem;
import io.github.enslocal.core.territory.IneCode;
import io.github.enslocal.core.territory.Municipality;
import io.github.enslocal.ens.applicability.Applicability;
import io.github.enslocal.ens.applicability.ApplicabilityEvaluator;
import io.github.enslocal.ens.applicability.Compensation;
import io.github.enslocal.ens.applicability.Exclusion;
import io.github.enslocal.ens.applicability.StatementOfApplicability;
import io.github.enslocal.ens.catalog.MeasureCatalog;
import io.github.enslocal.ens.categorization.Categorization;
import io.github.enslocal.ens.categorization.Categorizer;
import io.github.enslocal.ens.evidence.EvidenceRules;
import io.github.enslocal.ens.profile.ComplianceProfile;
import io.github.enslocal.ens.spi.EvidenceRule;
import io.github.enslocal.ens.spi.Finding;
import io.github.enslocal.ens.spi.FindingGrade;
import io.github.enslocal.ens.spi.FindingTexts;
import io.github.enslocal.ens.spi.Subject;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.ServiceLoader;
import java.util.TreeMap;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executor;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Function;

/**
 * Evaluates ENS compliance of information systems at an explicit date, explaining every verdict.
 *
 * <p>For each system the evaluator
 * <ol>
 *   <li>categorises it from its valuations ({@link Categorizer}); a system without a category is
 *       a result with a major finding, not an exception ({@link SystemEvaluation});
 *   <li>works out the applicable measures ({@link ApplicabilityEvaluator}, with the profile if one
 *       is set) and builds the Declaración de Aplicabilidad from them and the exclusions and
 *       compensations of the system's assessments (an exclusion or compensation of a measure that
 *       does not apply is ignored);
 *   <li>runs every evidence rule on the system and gives each measure its findings;
 *   <li>decides each measure's status as {@link MeasureResult} states, and sums the indices as
 *       {@link ComplianceSummary} states.
 * </ol>
 * An assessment dated after the evaluation date is ignored; among several of one measure the
 * latest counts (on the same day, the lower maturity).
 *
 * <p>A whole dataset is indexed once by municipality, system and asset, so that its evaluation
 * costs time in proportion to its size, and its systems are spread over
 * {@link EvaluationOptions#parallelism()} threads, or over the builder's executor; the result is
 * identical to a sequential evaluation.
 *
 * <p>Build one with {@link #builder()} or take {@link #standard()}. Instances are immutable and
 * thread-safe, provided the rules they hold are, as {@link EvidenceRule} requires.
 */
public final class ComplianceEvaluator {

    private final MeasureCatalog catalog;
    private final ApplicabilityEvaluator applicability;
    private final List<EvidenceRule> rules;
    private final IncidentTaxonomy taxonomy;
    private final EvaluationOptions options;
    private final Optional<Executor> executor;
    private final EvaluationBasis basis;
    /**
     * The applicability table and bare statement of each distinct set of levels met so far, shared
     * by every evaluation: there are at most 4^5 sets (each dimension unassigned or at one of three
     * levels), and the entries are immutable.
     */
    private final Map<DimensionLevels, Table> tables = new ConcurrentHashMap<>();

    private ComplianceEvaluator(Builder builder, List<EvidenceRule> rules) {
        this.catalog = builder.catalog;
        this.applicability = builder.profile.map(profile -> ApplicabilityEvaluator.of(builder.catalog, profile))
                .orElseGet(() -> ApplicabilityEvaluator.of(builder.catalog));
        this.rules = rules;
        this.taxonomy = builder.taxonomy;
        this.options = builder.options;
        this.executor = builder.executor;
        this.basis = new EvaluationBasis(builder.catalog, builder.profile, builder.options.thresholds());
    }

    /**
     * Returns an evaluator with the bundled catalog and taxonomy, the built-in rules, the default
     * options, no profile and no service-loaded rules.
     *
     * @return the evaluator
     */
    public static ComplianceEvaluator standard() {
        return Standard.EVALUATOR;
    }

    /**
     * Starts building an evaluator.
     *
     * @return a builder with the defaults of {@link #standard()}
     */
    public static Builder builder() {
        return new Builder();
    }

    /**
     * Returns the catalog the evaluator works from.
     *
     * @return the catalog
     */
    public MeasureCatalog catalog() {
        return catalog;
    }

    /**
     * Returns the evidence rules the evaluator runs.
     *
     * @return the rules, in id order
     */
    public List<EvidenceRule> rules() {
        return rules;
    }

    /**
     * Returns what this evaluator's evaluations are worked out from: its catalog, profile and options.
     *
     * @return the basis, which every {@link DatasetEvaluation} of this evaluator carries
     */
    public EvaluationBasis basis() {
        return basis;
    }

    /**
     * Returns the options.
     *
     * @return the options
     */
    public EvaluationOptions options() {
        return options;
    }

    /**
     * Evaluates one system of a dataset.
     *
     * <p>This indexes the whole dataset; to evaluate many of its systems, evaluate the dataset.
     *
     * @param system the system, not null; normally one of the dataset's
     * @param dataset the dataset the rules read, not null
     * @param asOf the date of the evaluation, not null
     * @return the evaluation
     * @throws NullPointerException if an argument is null
     * @throws IllegalStateException if an evidence rule throws, or returns a finding that is not
     *     its own or is about a measure it does not serve
     */
    public SystemEvaluation evaluate(InformationSystem system, Dataset dataset, LocalDate asOf) {
        Objects.requireNonNull(system, "system");
        Objects.requireNonNull(dataset, "dataset");
        Objects.requireNonNull(asOf, "asOf");
        return evaluate(system, new DatasetIndex(dataset), asOf);
    }

    /**
     * Evaluates every system of a dataset.
     *
     * @param dataset the dataset, not null; valid, as the dataset codec returns it
     * @param asOf the date of the evaluation, not null
     * @return the evaluation, with systems in id order and municipalities in code order
     * @throws NullPointerException if an argument is null
     * @throws IllegalStateException if an evidence rule throws, or returns a finding that is not
     *     its own or is about a measure it does not serve
     */
    public DatasetEvaluation evaluate(Dataset dataset, LocalDate asOf) {
        Objects.requireNonNull(dataset, "dataset");
        Objects.requireNonNull(asOf, "asOf");
        List<InformationSystem> systems = dataset.systems().stream().filter(Objects::nonNull)
                .sorted(Comparator.comparing(InformationSystem::id)).toList();
        boolean sequential = executor.isEmpty() && (options.parallelism() == 1 || systems.size() < 2);
        ExecutorService owned = sequential || executor.isPresent() ? null
                : Executors.newFixedThreadPool(options.parallelism(), new DaemonThreads());
        try {
            Executor pool = sequential ? Runnable::run : executor.orElse(owned);
            DatasetIndex index = new DatasetIndex(dataset, pool);
            Function<InformationSystem, SystemEvaluation> evaluation = system -> evaluate(system, index, asOf);
            List<SystemEvaluation> results = sequential ? systems.stream().map(evaluation).toList()
                    : evaluateAll(systems, evaluation, pool);
            return aggregate(index, asOf, results, basis);
        } finally {
            if (owned != null) {
                owned.shutdownNow();
            }
        }
    }

    private List<SystemEvaluation> evaluateAll(List<InformationSystem> systems,
            Function<InformationSystem, SystemEvaluation> evaluation, Executor pool) {
        try {
            int chunks = Math.min(systems.size(), options.parallelism() * 4);
            List<CompletableFuture<List<SystemEvaluation>>> futures = new ArrayList<>();
            for (int chunk = 0; chunk < chunks; chunk++) {
                List<InformationSystem> part = systems.subList(chunk * systems.size() / chunks,
                        (chunk + 1) * systems.size() / chunks);
                futures.add(CompletableFuture.supplyAsync(() -> part.stream().map(evaluation).toList(), pool));
            }
            List<SystemEvaluation> results = new ArrayList<>(systems.size());
            for (CompletableFuture<List<SystemEvaluation>> future : futures) {
                results.addAll(future.join());
            }
            return List.copyOf(results);
        } catch (CompletionException e) {
            if (e.getCause() instanceof RuntimeException cause) {
                throw cause;
            }
            throw e;
        }
    }

    private SystemEvaluation evaluate(InformationSystem system, DatasetIndex index, LocalDate asOf) {
        Categorization categorization = Categorizer.categorize(system.aggregatedLevels());
        Optional<Category> category = categorization.category();
        SystemContext context = new SystemContext(index, system, asOf, category, taxonomy);
        List<Finding> findings = runRules(context);
        if (category.isEmpty()) {
            List<Finding> all = new ArrayList<>(findings);
            all.add(new Finding(SystemEvaluation.CATEGORISATION_RULE_ID, Optional.empty(), Optional.empty(),
                    FindingGrade.MAJOR, "categorisation.none", Map.of(), List.of(Subject.system(system.id())),
                    FindingTexts.builtIn()));
            return new SystemEvaluation(system.id(), system.name(), system.owner(), asOf, categorization,
                    List.of(), all, ComplianceSummary.of(List.of(), all));
        }
        Table table = tables.computeIfAbsent(categorization.levels(),
                levels -> Table.of(applicability.evaluate(categorization)));
        StatementOfApplicability statement = statement(table, context);
        Map<MeasureId, List<Finding>> byMeasure = new HashMap<>();
        List<Finding> kept = new ArrayList<>();
        for (Finding finding : findings) {
            finding.measure().ifPresentOrElse(
                    measure -> byMeasure.computeIfAbsent(measure, key -> new ArrayList<>()).add(finding),
                    () -> kept.add(finding));
        }
        List<MeasureResult> measures = new ArrayList<>(statement.entries().size());
        for (StatementOfApplicability.Entry entry : statement.entries()) {
            MeasureId id = entry.applicability().measure().id();
            MeasureResult result = StatusRule.decide(entry, category.get(), context.assessment(id),
                    byMeasure.getOrDefault(id, List.of()));
            measures.add(result);
            kept.addAll(result.findings());
        }
        return new SystemEvaluation(system.id(), system.name(), system.owner(), asOf, categorization,
                measures, kept, ComplianceSummary.of(measures, kept));
    }

    /**
     * Builds a system's statement from the table and its assessments' exclusions and
     * compensations; most systems have none, and share the statement of the bare table.
     */
    private static StatementOfApplicability statement(Table table, SystemContext context) {
        StatementOfApplicability.Builder builder = null;
        for (var measure : table.applicability().applicable()) {
            MeasureId id = measure.measure().id();
            MeasureAssessment assessment = context.assessment(id).orElse(null);
            if (assessment == null || assessment.exclusion().isEmpty() && assessment.compensation().isEmpty()) {
                continue;
            }
            if (builder == null) {
                builder = StatementOfApplicability.builder(table.applicability());
            }
            // An exclusion wins over a compensation, which validation refuses anyway.
            if (assessment.exclusion().isPresent()) {
                builder.exclude(new Exclusion(id, assessment.exclusion().get().justification()));
            } else {
                var compensation = assessment.compensation().get();
                builder.compensate(new Compensation(id, compensation.compensatingMeasure(), compensation.justification()));
            }
        }
        return builder == null ? table.undecided() : builder.build();
    }

    /**
     * The applicability of one set of levels and its statement without any decision, worked out
     * once per distinct levels in a dataset evaluation (at most 4^5 of them).
     */
    private record Table(Applicability applicability, StatementOfApplicability undecided) {
        static Table of(Applicability applicability) {
            return new Table(applicability, StatementOfApplicability.builder(applicability).build());
        }
    }

    private List<Finding> runRules(SystemContext context) {
        List<Finding> findings = new ArrayList<>();
        for (EvidenceRule rule : rules) {
            List<Finding> found;
            try {
                found = rule.evaluate(context);
            } catch (RuntimeException e) {
                throw new IllegalStateException("Evidence rule '" + rule.id() + "' failed on system '"
                        + context.system().id() + "' at " + context.asOf() + ": " + e.getMessage(), e);
            }
            for (Finding finding : Objects.requireNonNull(found, () -> "Evidence rule '" + rule.id() + "' returned null")) {
                if (!finding.ruleId().equals(rule.id())
                        || finding.measure().filter(measure -> !rule.measures().contains(measure)).isPresent()) {
                    throw new IllegalStateException("Evidence rule '" + rule.id() + "' returned a finding it may not: "
                            + finding.describe() + "; a rule's findings carry its id and name one of its measures "
                            + rule.measures() + " or none");
                }
                findings.add(finding);
            }
        }
        return findings;
    }

    private static DatasetEvaluation aggregate(DatasetIndex index, LocalDate asOf, List<SystemEvaluation> systems,
            EvaluationBasis basis) {
        Map<IneCode, List<SystemEvaluation>> byMunicipality = new TreeMap<>();
        index.municipalities().keySet().forEach(code -> byMunicipality.put(code, new ArrayList<>()));
        ComplianceSummary total = ComplianceSummary.empty();
        for (SystemEvaluation system : systems) {
            system.owner().municipality().ifPresent(code ->
                    byMunicipality.computeIfAbsent(code, key -> new ArrayList<>()).add(system));
            total = total.plus(system.summary());
        }
        List<MunicipalityEvaluation> municipalities = new ArrayList<>(byMunicipality.size());
        byMunicipality.forEach((code, owned) -> municipalities.add(new MunicipalityEvaluation(code,
                Optional.ofNullable(index.municipalities().get(code)).map(Municipality::naturalName),
                owned.stream().map(SystemEvaluation::systemId).toList(),
                owned.stream().map(SystemEvaluation::summary).reduce(ComplianceSummary.empty(), ComplianceSummary::plus))));
        return new DatasetEvaluation(asOf, systems, municipalities, total, basis);
    }

    private static final class DaemonThreads implements ThreadFactory {
        private final AtomicInteger count = new AtomicInteger();

        @Override
        public Thread newThread(Runnable task) {
            Thread thread = new Thread(task, "enslocal-evaluator-" + count.incrementAndGet());
            thread.setDaemon(true);
            return thread;
        }
    }

    private static final class Standard {
        static final ComplianceEvaluator EVALUATOR = builder().build();
    }

    /**
     * Collects what an evaluator is built from.
     *
     * <p>Instances are mutable and not thread-safe.
     */
    public static final class Builder {

        private MeasureCatalog catalog = MeasureCatalog.bundled();
        private Optional<ComplianceProfile> profile = Optional.empty();
        private IncidentTaxonomy taxonomy = IncidentTaxonomy.bundled();
        private EvaluationOptions options = EvaluationOptions.defaults();
        private Optional<Executor> executor = Optional.empty();
        private boolean standardRules = true;
        private final List<EvidenceRule> rules = new ArrayList<>();

        private Builder() {
        }

        /**
         * Sets the catalog.
         *
         * @param value the catalog, not null; {@link MeasureCatalog#bundled()} by default
         * @return this builder
         */
        public Builder catalog(MeasureCatalog value) {
            catalog = Objects.requireNonNull(value, "catalog");
            return this;
        }

        /**
         * Sets a compliance profile applied on top of the Anexo II table.
         *
         * @param value the profile, not null; none by default
         * @return this builder
         */
        public Builder profile(ComplianceProfile value) {
            profile = Optional.of(Objects.requireNonNull(value, "profile"));
            return this;
        }

        /**
         * Sets the incident taxonomy security classifications are read against.
         *
         * @param value the taxonomy, not null; {@link IncidentTaxonomy#bundled()} by default
         * @return this builder
         */
        public Builder taxonomy(IncidentTaxonomy value) {
            taxonomy = Objects.requireNonNull(value, "taxonomy");
            return this;
        }

        /**
         * Sets the options, whose thresholds configure the built-in rules.
         *
         * @param value the options, not null; {@link EvaluationOptions#defaults()} by default
         * @return this builder
         */
        public Builder options(EvaluationOptions value) {
            options = Objects.requireNonNull(value, "options");
            return this;
        }

        /**
         * Sets an executor to evaluate the systems of a dataset on, in place of threads of the
         * evaluator's own; the evaluator never shuts it down.
         *
         * @param value the executor, not null
         * @return this builder
         */
        public Builder executor(Executor value) {
            executor = Optional.of(Objects.requireNonNull(value, "executor"));
            return this;
        }

        /**
         * Leaves out the built-in rules of {@link EvidenceRules#standard()}, which are included
         * by default.
         *
         * @return this builder
         */
        public Builder withoutStandardRules() {
            standardRules = false;
            return this;
        }

        /**
         * Adds a rule.
         *
         * @param rule the rule, not null
         * @return this builder
         */
        public Builder rule(EvidenceRule rule) {
            rules.add(Objects.requireNonNull(rule, "rule"));
            return this;
        }

        /**
         * Adds rules.
         *
         * @param values the rules, not null
         * @return this builder
         */
        public Builder rules(Collection<? extends EvidenceRule> values) {
            values.forEach(this::rule);
            return this;
        }

        /**
         * Adds the rules {@link ServiceLoader} finds for {@link EvidenceRule} with the class loader
         * of this library, or, on the module path, in the modules that provide it.
         *
         * @return this builder
         * @throws java.util.ServiceConfigurationError if a provider cannot be loaded
         */
        public Builder loadServiceRules() {
            ServiceLoader.load(EvidenceRule.class).forEach(this::rule);
            return this;
        }

        /**
         * Adds the rules {@link ServiceLoader} finds for {@link EvidenceRule} with a class loader.
         *
         * @param loader the class loader, not null
         * @return this builder
         * @throws java.util.ServiceConfigurationError if a provider cannot be loaded
         */
        public Builder loadServiceRules(ClassLoader loader) {
            ServiceLoader.load(EvidenceRule.class, Objects.requireNonNull(loader, "loader")).forEach(this::rule);
            return this;
        }

        /**
         * Builds the evaluator.
         *
         * @return the evaluator
         * @throws IllegalArgumentException if two rules share an id, a rule serves a measure the
         *     catalog lacks, or the profile names a measure the catalog lacks
         */
        public ComplianceEvaluator build() {
            Map<String, EvidenceRule> byId = new LinkedHashMap<>();
            List<EvidenceRule> all = new ArrayList<>();
            if (standardRules) {
                all.addAll(EvidenceRules.standard(options.thresholds()));
            }
            all.addAll(rules);
            for (EvidenceRule rule : all) {
                if (byId.put(rule.id(), rule) != null) {
                    throw new IllegalArgumentException("Two evidence rules have the id '" + rule.id()
                            + "', expected unique ids such as 'my-org-backups'");
                }
                rule.measures().stream().filter(measure -> catalog.find(measure).isEmpty()).findFirst()
                        .ifPresent(unknown -> {
                            throw new IllegalArgumentException("Evidence rule '" + rule.id() + "' serves " + unknown
                                    + ", which is not in the catalog " + catalog.dataVersion());
                        });
            }
            List<EvidenceRule> sorted = byId.values().stream().sorted(Comparator.comparing(EvidenceRule::id)).toList();
            return new ComplianceEvaluator(this, sorted);
        }
    }
}
