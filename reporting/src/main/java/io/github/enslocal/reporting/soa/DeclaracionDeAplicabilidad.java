// SPDX-License-Identifier: Apache-2.0
package io.github.enslocal.reporting.soa;

import io.github.enslocal.core.assessment.MeasureAssessment;
import io.github.enslocal.core.dataset.Dataset;
import io.github.enslocal.core.ens.Category;
import io.github.enslocal.core.ens.DimensionLevels;
import io.github.enslocal.core.ens.MeasureId;
import io.github.enslocal.core.ens.ReinforcementId;
import io.github.enslocal.core.system.InformationSystem;
import io.github.enslocal.core.system.Person;
import io.github.enslocal.core.system.SystemOwner;
import io.github.enslocal.core.territory.IneCode;
import io.github.enslocal.ens.applicability.Addition;
import io.github.enslocal.ens.applicability.ApplicabilityEvaluator;
import io.github.enslocal.ens.applicability.Exclusion;
import io.github.enslocal.ens.applicability.StatementOfApplicability;
import io.github.enslocal.ens.applicability.StatementOfApplicability.Status;
import io.github.enslocal.ens.catalog.Column;
import io.github.enslocal.ens.catalog.Framework;
import io.github.enslocal.ens.catalog.Measure;
import io.github.enslocal.ens.catalog.MeasureGroup;
import io.github.enslocal.ens.evaluation.DatasetEvaluation;
import io.github.enslocal.ens.evaluation.EvaluationBasis;
import io.github.enslocal.ens.evaluation.MeasureResult;
import io.github.enslocal.ens.evaluation.SystemEvaluation;
import io.github.enslocal.ens.catalog.OneOf;
import io.github.enslocal.reporting.incidents.IncidentReport;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * The Declaración de Aplicabilidad of one information system (RD 311/2022 art. 28) as a report:
 * who it belongs to, how its information and services are valued, its category, every Anexo II
 * measure in catalog order grouped by framework and group with its applicability, reinforcements,
 * exclusion, compensating measure and additions, the totals, and who signs it.
 *
 * <p>Build it from a compliance evaluation with {@link #of(DatasetEvaluation, Dataset, String)}: the
 * statement is the one the evaluation reached its verdicts on (the Anexo II table of its catalog, its
 * profile, and the exclusions and compensations of the assessments it read), so the declaration and
 * the verdicts cannot disagree. The declaration says what applies, not whether it is met.
 *
 * <p><b>JSON.</b> The JSON writer writes the record components below under their names, sorted;
 * dates are ISO-8601, measure and reinforcement ids their text ({@code "op.acc.6"},
 * {@code "op.acc.6.r5"}), levels the dataset's text form ({@code "C=MEDIO,I=BAJO"}), enums their
 * constant names, and an absent value {@code null}. Nested objects: {@link Entity}, {@link Valued},
 * {@link Signer}, {@link Group}, {@link Entry}, {@link CompensatingMeasure}, {@link AdditionNote}
 * and {@link Totals}.
 *
 * <p>This class is immutable and thread-safe.
 *
 * @param asOf the date of the declaration
 * @param documentId the document identifier, {@code "DdA-"} followed by the system id and the date,
 *     e.g. {@code "DdA-sys-padro-2025-12-31"}
 * @param version the version of the content: the first 12 hexadecimal digits of a SHA-256 over
 *     everything the declaration states except its date, so two declarations with the same version
 *     declare the same thing and any change to a valuation, decision or signer changes it
 * @param stage provisional or definitive (CCN-STIC 806, sections 2.2 and 2.4)
 * @param riskAnalysisDate the day the system's risk analysis was last approved, when the dataset
 *     records one on or before {@code asOf}; the declaration rests on it
 * @param entity who the system belongs to: the owner municipality or support body
 * @param systemId the id of the information system
 * @param systemName the name of the information system
 * @param valuations the valuations of the system's information (first) and services, each in the
 *     order the system lists them
 * @param levels the system's level in each dimension: the highest over its valuations
 * @param category the category those levels give (Anexo I)
 * @param declaredCategory the category the security officer declared, when the system records one
 * @param securityOfficer who signs: the system's Responsable de la Seguridad, or empty when nobody
 *     is designated
 * @param groups the measure groups in catalog order, each with its measures in catalog order; all
 *     73 measures of Anexo II appear once
 * @param totals the counts over the entries
 * @param disregardedDecisions measures whose assessment records an exclusion or a compensating
 *     measure although the table does not apply them; such decisions have no place in the statement
 *     and are listed so that they are not lost, in id order
 * @param catalogVersion the data version of the measure catalog used, e.g. {@code "1.0.0"}
 */
public record DeclaracionDeAplicabilidad(
        LocalDate asOf,
        String documentId,
        String version,
        Stage stage,
        Optional<LocalDate> riskAnalysisDate,
        Entity entity,
        String systemId,
        String systemName,
        List<Valued> valuations,
        DimensionLevels levels,
        Category category,
        Optional<Category> declaredCategory,
        Optional<Signer> securityOfficer,
        List<Group> groups,
        Totals totals,
        List<MeasureId> disregardedDecisions,
        String catalogVersion) {

    /** The bytes of the content digest that make up the version: 12 hexadecimal digits. */
    private static final int VERSION_BYTES = 6;

    /**
     * Creates a declaration, copying the lists.
     *
     * @param asOf the date
     * @param documentId the document identifier
     * @param version the content version
     * @param stage the stage
     * @param riskAnalysisDate the risk analysis date; null means none
     * @param entity the owner
     * @param systemId the system id
     * @param systemName the system name
     * @param valuations the valuations
     * @param levels the aggregated levels
     * @param category the category
     * @param declaredCategory the declared category; null means none
     * @param securityOfficer the signer; null means nobody is designated
     * @param groups the groups
     * @param totals the totals
     * @param disregardedDecisions the disregarded decisions
     * @param catalogVersion the catalog version
     * @throws NullPointerException if a required argument or a list element is null
     */
    public DeclaracionDeAplicabilidad {
        Objects.requireNonNull(asOf, "asOf");
        Objects.requireNonNull(documentId, "documentId");
        Objects.requireNonNull(version, "version");
        Objects.requireNonNull(stage, "stage");
        riskAnalysisDate = riskAnalysisDate == null ? Optional.empty() : riskAnalysisDate;
        Objects.requireNonNull(entity, "entity");
        Objects.requireNonNull(systemId, "systemId");
        Objects.requireNonNull(systemName, "systemName");
        valuations = List.copyOf(valuations);
        Objects.requireNonNull(levels, "levels");
        Objects.requireNonNull(category, "category");
        declaredCategory = declaredCategory == null ? Optional.empty() : declaredCategory;
        securityOfficer = securityOfficer == null ? Optional.empty() : securityOfficer;
        groups = List.copyOf(groups);
        Objects.requireNonNull(totals, "totals");
        disregardedDecisions = List.copyOf(disregardedDecisions);
        Objects.requireNonNull(catalogVersion, "catalogVersion");
    }

    /**
     * Builds the declaration of a system from the evaluation of its dataset.
     *
     * @param evaluation the evaluation of {@code dataset}
     * @param dataset the dataset holding the system and its owner
     * @param systemId the id of the system
     * @return the declaration, of the evaluation's date
     * @throws NullPointerException if any argument is null
     * @throws IllegalArgumentException if the evaluation has no such system, or the system has no
     *     category (its valuations assign no level)
     * @see #of(DatasetEvaluation, Dataset, String, List)
     */
    public static DeclaracionDeAplicabilidad of(DatasetEvaluation evaluation, Dataset dataset, String systemId) {
        return of(evaluation, Source.of(dataset), systemId, List.of());
    }

    /**
     * Builds the declaration of a system from the evaluation of its dataset, with measures or
     * reinforcements the security officer adds beyond the table (art. 28.2), which the dataset does
     * not record.
     *
     * <p>The exclusions and compensations are those of the evaluation's statement; the declared
     * reinforcements those of the assessment each verdict read.
     *
     * @param evaluation the evaluation of {@code dataset}
     * @param dataset the dataset holding the system and its owner
     * @param systemId the id of the system
     * @param additions the additions, applied in order after the exclusions and compensations
     * @return the declaration, of the evaluation's date
     * @throws NullPointerException if any argument or addition is null
     * @throws IllegalArgumentException if the evaluation has no such system, the system has no
     *     category, or an addition is refused by {@link StatementOfApplicability.Builder#add(Addition)}
     */
    public static DeclaracionDeAplicabilidad of(DatasetEvaluation evaluation, Dataset dataset, String systemId,
            List<Addition> additions) {
        return of(evaluation, Source.of(dataset), systemId, additions);
    }

    /**
     * Builds the declaration of a system of a dataset indexed once, as {@link #of(DatasetEvaluation,
     * Dataset, String)} does: declaring every system of a large dataset this way costs time in
     * proportion to the dataset rather than to its square.
     *
     * @param evaluation the evaluation of the indexed dataset
     * @param source the indexed dataset
     * @param systemId the id of the system
     * @return the declaration
     * @throws NullPointerException if any argument is null
     * @throws IllegalArgumentException as {@link #of(DatasetEvaluation, Dataset, String)}
     */
    public static DeclaracionDeAplicabilidad of(DatasetEvaluation evaluation, Source source, String systemId) {
        return of(evaluation, source, systemId, List.of());
    }

    private static DeclaracionDeAplicabilidad of(DatasetEvaluation evaluation, Source source, String systemId,
            List<Addition> additions) {
        Objects.requireNonNull(evaluation, "evaluation");
        Objects.requireNonNull(source, "source");
        Objects.requireNonNull(systemId, "systemId");
        List<Addition> added = List.copyOf(additions);
        SystemEvaluation evaluated = evaluation.system(systemId)
                .orElseThrow(() -> new IllegalArgumentException("Unknown information system '" + systemId
                        + "', expected the id of a system of the dataset, e.g. '" + evaluation.systems().stream()
                                .map(SystemEvaluation::systemId).findFirst().orElse("sys-padro") + "'"));
        InformationSystem system = Objects.requireNonNull(source.systems.get(systemId),
                () -> "The evaluation has system '" + systemId + "' but the dataset does not");
        if (evaluated.category().isEmpty()) {
            throw new IllegalArgumentException("Cannot declare the applicability of system '" + systemId
                    + "': its valuations assign no level. " + evaluated.categorization().reason());
        }
        List<StatementOfApplicability.Entry> statement = added.isEmpty() ? evaluated.statement()
                : withAdditions(evaluation.basis(), evaluated, added);
        Map<MeasureId, MeasureAssessment> assessments = new HashMap<>();
        List<MeasureId> disregarded = new ArrayList<>();
        for (MeasureResult result : evaluated.measures()) {
            result.assessment().ifPresent(assessment -> {
                assessments.put(result.measure(), assessment);
                if (!result.entry().applicability().applies()
                        && (assessment.exclusion().isPresent() || assessment.compensation().isPresent())) {
                    disregarded.add(result.measure());
                }
            });
        }
        Map<MeasureGroup, List<Entry>> byGroup = new LinkedHashMap<>();
        for (StatementOfApplicability.Entry entry : statement) {
            Measure measure = entry.applicability().measure();
            byGroup.computeIfAbsent(measure.group(), group -> new ArrayList<>())
                    .add(Entry.of(entry, Optional.ofNullable(assessments.get(measure.id()))));
        }
        List<Group> groups = byGroup.entrySet().stream().map(group -> new Group(group.getKey().id(),
                group.getKey().framework(), group.getKey().name(), group.getValue())).toList();
        List<Entry> entries = groups.stream().flatMap(group -> group.measures().stream()).toList();
        LocalDate asOf = evaluation.asOf();
        String catalogVersion = evaluation.basis().catalogVersion();
        List<MeasureId> sortedDisregarded = disregarded.stream().sorted().toList();
        Optional<LocalDate> riskAnalysis = system.riskAnalysisDate().filter(date -> !date.isAfter(asOf));
        Entity entity = Entity.of(source, system.owner());
        List<Valued> valuations = Valued.of(system);
        Optional<Signer> signer = system.roles().securityOfficer().map(Signer::of);
        String version = version(List.of(entity, system.id(), system.name(), valuations, system.declaredCategory(),
                signer, riskAnalysis, entries, sortedDisregarded, catalogVersion));
        return new DeclaracionDeAplicabilidad(asOf, "DdA-" + system.id() + "-" + asOf, version,
                riskAnalysis.isPresent() ? Stage.DEFINITIVE : Stage.PROVISIONAL, riskAnalysis, entity, system.id(),
                system.name(), valuations, system.aggregatedLevels(), evaluated.category().orElseThrow(),
                system.declaredCategory(), signer, groups, Totals.of(entries), sortedDisregarded, catalogVersion);
    }

    /**
     * Returns the first 12 hexadecimal digits of the SHA-256 of the text of some records: their
     * {@code toString} is fixed by their components, so the digest changes exactly when one does.
     */
    private static String version(List<Object> content) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(content.toString().getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest, 0, VERSION_BYTES);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("The Java platform must provide SHA-256", e);
        }
    }

    /**
     * Returns the evaluation's statement with additions: the applicability the evaluation worked
     * from (its catalog and profile, the system's categorisation) with the evaluation's exclusions
     * and compensations, then the additions.
     */
    private static List<StatementOfApplicability.Entry> withAdditions(EvaluationBasis basis, SystemEvaluation system,
            List<Addition> additions) {
        ApplicabilityEvaluator applicability = basis.profile()
                .map(profile -> ApplicabilityEvaluator.of(basis.catalog(), profile))
                .orElseGet(() -> ApplicabilityEvaluator.of(basis.catalog()));
        StatementOfApplicability.Builder builder =
                StatementOfApplicability.builder(applicability.evaluate(system.categorization()));
        for (StatementOfApplicability.Entry entry : system.statement()) {
            entry.exclusion().ifPresent(builder::exclude);
            entry.compensation().ifPresent(builder::compensate);
        }
        additions.forEach(builder::add);
        return builder.build().entries();
    }

    /**
     * Returns every entry, in catalog order.
     *
     * @return the 73 entries
     */
    public List<Entry> entries() {
        return groups.stream().flatMap(group -> group.measures().stream()).toList();
    }

    /** The stage of a declaration in the adequacy plan (CCN-STIC 806, sections 2.2 and 2.4). */
    public enum Stage {
        /** Drawn from the categorisation alone: the dataset records no risk analysis of the system. */
        PROVISIONAL,
        /** Drawn up after the system's risk analysis, which the dataset records. */
        DEFINITIVE
    }

    /** What owns an information system. */
    public enum EntityKind {
        /** A municipality (ajuntament). */
        MUNICIPALITY,
        /** A support body providing the system as a common service. */
        SUPPORT_BODY
    }

    /**
     * Who the system belongs to.
     *
     * @param kind a municipality or a support body
     * @param code the municipality's INE code ({@code "08140"}) or the support body's id
     * @param name the name, e.g. {@code "Navarcles"}; the code when the dataset does not list the
     *     municipality or body
     */
    public record Entity(EntityKind kind, String code, String name) {

        /**
         * Creates an entity.
         *
         * @param kind the kind
         * @param code the code
         * @param name the name
         * @throws NullPointerException if an argument is null
         */
        public Entity {
            Objects.requireNonNull(kind, "kind");
            Objects.requireNonNull(code, "code");
            Objects.requireNonNull(name, "name");
        }

        static Entity of(Source source, SystemOwner owner) {
            if (owner.municipality().isPresent()) {
                String code = owner.municipality().get().toString();
                return new Entity(EntityKind.MUNICIPALITY, code,
                        source.municipalityNames.apply(owner.municipality().get()));
            }
            String id = owner.supportBody().orElseThrow(() -> new IllegalArgumentException(
                    "The system's owner names neither a municipality nor a support body"));
            return new Entity(EntityKind.SUPPORT_BODY, id, source.supportBodyNames.getOrDefault(id, id));
        }
    }

    /** What a valuation is about. */
    public enum ValuedKind {
        /** A type of information the system handles. */
        INFORMATION,
        /** A service the system provides. */
        SERVICE
    }

    /**
     * The valuation of one information type or service.
     *
     * @param kind information or service
     * @param name its name
     * @param levels its level in each affected dimension
     */
    public record Valued(ValuedKind kind, String name, DimensionLevels levels) {

        /**
         * Creates a valuation.
         *
         * @param kind the kind
         * @param name the name
         * @param levels the levels
         * @throws NullPointerException if an argument is null
         */
        public Valued {
            Objects.requireNonNull(kind, "kind");
            Objects.requireNonNull(name, "name");
            Objects.requireNonNull(levels, "levels");
        }

        static List<Valued> of(InformationSystem system) {
            return Stream.concat(
                    system.information().stream().map(item -> new Valued(ValuedKind.INFORMATION, item.name(), item.levels())),
                    system.services().stream().map(item -> new Valued(ValuedKind.SERVICE, item.name(), item.levels())))
                    .toList();
        }
    }

    /**
     * The person who signs the declaration.
     *
     * @param name the full name
     * @param position the position, if recorded
     */
    public record Signer(String name, Optional<String> position) {

        /**
         * Creates a signer.
         *
         * @param name the name
         * @param position the position; null means none
         * @throws NullPointerException if {@code name} is null
         */
        public Signer {
            Objects.requireNonNull(name, "name");
            position = position == null ? Optional.empty() : position;
        }

        static Signer of(Person person) {
            return new Signer(person.name(), person.position());
        }
    }

    /**
     * One group of measures, such as {@code op.acc} "Control de acceso".
     *
     * @param id the group id, e.g. {@code "op.acc"}; {@code "org"} for the organisational framework
     * @param framework the framework the group belongs to
     * @param name the official Spanish name of the group
     * @param measures the group's measures in catalog order
     */
    public record Group(String id, Framework framework, String name, List<Entry> measures) {

        /**
         * Creates a group, copying its measures.
         *
         * @param id the id
         * @param framework the framework
         * @param name the name
         * @param measures the measures
         * @throws NullPointerException if an argument or measure is null
         */
        public Group {
            Objects.requireNonNull(id, "id");
            Objects.requireNonNull(framework, "framework");
            Objects.requireNonNull(name, "name");
            measures = List.copyOf(measures);
        }
    }

    /**
     * The declaration's entry for one measure.
     *
     * @param id the measure id
     * @param name the official Spanish name
     * @param group the id of its group
     * @param basis what decides the table column: {@code "category"}, or the dimension letters
     *     separated by spaces, e.g. {@code "T A"}
     * @param column the table column used (BASICA, MEDIA, ALTA: for a dimension-based measure BAJO,
     *     MEDIO, ALTO), or empty when none of the measure's dimensions has a level
     * @param lowestApplicableColumn the lowest column at which the Anexo II table applies the
     *     measure, or empty if it applies at none; with {@code column} it says why a measure does not
     *     apply (e.g. D is BAJO and op.cont.2 applies from ALTO)
     * @param tableApplies whether the Anexo II table alone applies the measure
     * @param status the measure's status in the declaration
     * @param requiredReinforcements the reinforcements required, sorted: for an applicable or added
     *     measure those adopted (table plus additions); for an excluded or compensated one those the
     *     table requires
     * @param oneOf the groups of alternative reinforcements, one of each to be chosen, each sorted
     * @param declaredReinforcements the reinforcements the system's assessment declares implemented,
     *     sorted; empty when there is no assessment
     * @param exclusion the justification of the exclusion, when excluded
     * @param compensation the compensating measure, when compensated
     * @param additions what the security officer added to this measure
     * @param explanation the decision as an English sentence, e.g. {@code "op.exp.8 applies because
     *     T=BAJO"}, for readers of the JSON; informative, its wording may change between versions
     */
    public record Entry(
            MeasureId id,
            String name,
            String group,
            String basis,
            Optional<Column> column,
            Optional<Column> lowestApplicableColumn,
            boolean tableApplies,
            Status status,
            List<ReinforcementId> requiredReinforcements,
            List<List<ReinforcementId>> oneOf,
            List<ReinforcementId> declaredReinforcements,
            Optional<String> exclusion,
            Optional<CompensatingMeasure> compensation,
            List<AdditionNote> additions,
            String explanation) {

        /**
         * Creates an entry, copying the lists.
         *
         * @param id the id
         * @param name the name
         * @param group the group id
         * @param basis the basis
         * @param column the column; null means none
         * @param lowestApplicableColumn the lowest applicable column; null means none
         * @param tableApplies whether the table applies it
         * @param status the status
         * @param requiredReinforcements the required reinforcements
         * @param oneOf the alternative groups
         * @param declaredReinforcements the declared reinforcements
         * @param exclusion the exclusion; null means none
         * @param compensation the compensation; null means none
         * @param additions the additions
         * @param explanation the explanation
         * @throws NullPointerException if a required argument or a list element is null
         */
        public Entry {
            Objects.requireNonNull(id, "id");
            Objects.requireNonNull(name, "name");
            Objects.requireNonNull(group, "group");
            Objects.requireNonNull(basis, "basis");
            column = column == null ? Optional.empty() : column;
            lowestApplicableColumn = lowestApplicableColumn == null ? Optional.empty() : lowestApplicableColumn;
            Objects.requireNonNull(status, "status");
            requiredReinforcements = List.copyOf(requiredReinforcements);
            oneOf = oneOf.stream().map(List::copyOf).toList();
            declaredReinforcements = List.copyOf(declaredReinforcements);
            exclusion = exclusion == null ? Optional.empty() : exclusion;
            compensation = compensation == null ? Optional.empty() : compensation;
            additions = List.copyOf(additions);
            Objects.requireNonNull(explanation, "explanation");
        }

        static Entry of(StatementOfApplicability.Entry entry, Optional<MeasureAssessment> assessment) {
            Measure measure = entry.applicability().measure();
            return new Entry(measure.id(), measure.name(), measure.group().id(), measure.basis().toString(),
                    entry.applicability().column(), measure.lowestApplicableColumn(), entry.applicability().applies(),
                    entry.status(),
                    entry.requirement().reinforcements(),
                    entry.requirement().oneOf().stream().map(OneOf::choices).toList(),
                    assessment.map(value -> List.copyOf(value.reinforcements())).orElse(List.of()),
                    entry.exclusion().map(Exclusion::justification),
                    entry.compensation().map(value -> new CompensatingMeasure(value.compensatingMeasure(),
                            value.justification())),
                    entry.additions().stream().map(value -> new AdditionNote(value.reinforcement(), value.justification()))
                            .toList(),
                    entry.describe());
        }

        /**
         * Returns whether the measure is adopted as part of the system's measures: it applies, or
         * the security officer added it.
         *
         * @return true for {@link Status#APPLICABLE} and {@link Status#ADDED}
         */
        public boolean adopted() {
            return status == Status.APPLICABLE || status == Status.ADDED;
        }
    }

    /**
     * The compensating measure that replaces an Anexo II measure (art. 28.3).
     *
     * @param measure what is done instead
     * @param justification why it protects equally or better
     */
    public record CompensatingMeasure(String measure, String justification) {

        /**
         * Creates a compensating measure.
         *
         * @param measure the measure
         * @param justification the justification
         * @throws NullPointerException if an argument is null
         */
        public CompensatingMeasure {
            Objects.requireNonNull(measure, "measure");
            Objects.requireNonNull(justification, "justification");
        }
    }

    /**
     * A measure or reinforcement the security officer added (art. 28.2).
     *
     * @param reinforcement the reinforcement added, or empty when the measure itself was added
     * @param justification why
     */
    public record AdditionNote(Optional<ReinforcementId> reinforcement, String justification) {

        /**
         * Creates an addition note.
         *
         * @param reinforcement the reinforcement; null means the measure itself
         * @param justification the justification
         * @throws NullPointerException if {@code justification} is null
         */
        public AdditionNote {
            reinforcement = reinforcement == null ? Optional.empty() : reinforcement;
            Objects.requireNonNull(justification, "justification");
        }
    }

    /**
     * The counts of the declaration. {@code applicable + added + excluded + compensated +
     * notApplicable} is {@code measures}; {@code applicable + excluded + compensated} is
     * {@code tableApplicable}.
     *
     * @param measures the measures declared, 73 for Anexo II
     * @param tableApplicable the measures the Anexo II table applies to the system's levels
     * @param applicable the measures that apply and are adopted as the table says
     * @param added the measures the table does not apply that the security officer added
     * @param excluded the applicable measures excluded with a justification
     * @param compensated the applicable measures replaced by compensating measures
     * @param notApplicable the measures that do not apply and were not added
     * @param requiredReinforcements the reinforcements required over the adopted measures
     *     (applicable and added), not counting the alternative groups
     * @param oneOfChoices the groups of alternative reinforcements over the adopted measures, each
     *     requiring one choice
     */
    public record Totals(long measures, long tableApplicable, long applicable, long added, long excluded,
            long compensated, long notApplicable, long requiredReinforcements, long oneOfChoices) {

        static Totals of(List<Entry> entries) {
            Map<Status, Long> counts = entries.stream().collect(Collectors.groupingBy(Entry::status, Collectors.counting()));
            Function<Status, Long> count = status -> counts.getOrDefault(status, 0L);
            return new Totals(entries.size(), entries.stream().filter(Entry::tableApplies).count(),
                    count.apply(Status.APPLICABLE), count.apply(Status.ADDED), count.apply(Status.EXCLUDED),
                    count.apply(Status.COMPENSATED), count.apply(Status.NOT_APPLICABLE),
                    entries.stream().filter(Entry::adopted).mapToLong(entry -> entry.requiredReinforcements().size()).sum(),
                    entries.stream().filter(Entry::adopted).mapToLong(entry -> entry.oneOf().size()).sum());
        }
    }

    /**
     * A dataset indexed once for the declarations of many of its systems: each declaration would
     * otherwise scan every system, assessment and municipality of the dataset. Immutable and
     * thread-safe.
     */
    public static final class Source {
        /** The first system with each id, as a scan would find it. */
        private final Map<String, InformationSystem> systems = new HashMap<>();
        private final Function<IneCode, String> municipalityNames;
        private final Map<String, String> supportBodyNames = new HashMap<>();

        private Source(Dataset dataset) {
            dataset.systems().forEach(system -> systems.putIfAbsent(system.id(), system));
            municipalityNames = IncidentReport.municipalityNames(dataset);
            dataset.supportBodies().forEach(body -> supportBodyNames.putIfAbsent(body.id(), body.name()));
        }

        /**
         * Indexes a dataset.
         *
         * @param dataset the dataset, not null
         * @return the indexed dataset
         * @throws NullPointerException if {@code dataset} is null
         */
        public static Source of(Dataset dataset) {
            return new Source(Objects.requireNonNull(dataset, "dataset"));
        }
    }
}
