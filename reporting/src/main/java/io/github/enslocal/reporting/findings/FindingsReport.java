// SPDX-License-Identifier: Apache-2.0
package io.github.enslocal.reporting.findings;

import io.github.enslocal.core.assessment.ActionStatus;
import io.github.enslocal.core.dataset.Dataset;
import io.github.enslocal.core.ens.MeasureId;
import io.github.enslocal.core.ens.ReinforcementId;
import io.github.enslocal.core.system.InformationSystem;
import io.github.enslocal.core.system.SystemOwner;
import io.github.enslocal.core.territory.IneCode;
import io.github.enslocal.core.territory.MunicipalityName;
import io.github.enslocal.core.territory.SupportBody;
import io.github.enslocal.ens.catalog.Measure;
import io.github.enslocal.ens.catalog.MeasureCatalog;
import io.github.enslocal.ens.evaluation.CorrectiveActions;
import io.github.enslocal.ens.evaluation.DatasetEvaluation;
import io.github.enslocal.ens.evaluation.MunicipalityEvaluation;
import io.github.enslocal.ens.evaluation.SystemEvaluation;
import io.github.enslocal.ens.spi.Finding;
import io.github.enslocal.ens.spi.FindingGrade;
import io.github.enslocal.ens.spi.Subject;
import io.github.enslocal.reporting.ReportLanguage;
import io.github.enslocal.reporting.Table;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.TreeMap;
import java.util.stream.Collectors;

/**
 * The findings report (informe de no conformitats) of a support body at a date: every open finding
 * of the information systems in its scope, graded as CCN-STIC 802 grades audit findings (major
 * non-conformity, minor non-conformity, observation), with its measure, the records it is about and
 * the adequacy-plan action that addresses it, or the fact that none does.
 *
 * <p>Build it with {@link #of(DatasetEvaluation, Dataset, String)}. The findings are those of the
 * evaluation, so the report and {@code enslocal evaluate} agree: a finding is open when the
 * evaluation of the date keeps it (findings about a measure that does not apply or is excluded are
 * not kept). Which plan action addresses a finding is {@link CorrectiveActions}' rule; a major
 * finding that no open action addresses is a <em>gap</em> and is flagged.
 *
 * <p>Each finding's text is the evaluation's, rendered from its code and typed arguments in every
 * report language. Where its arguments date it, the report says since when it holds: a record older
 * than an age limit ({@code date} or {@code last} with {@code maxAgeDays}, {@code maxAgeMonths} or
 * {@code maxAgeYears}) since the day after the limit is reached, an audit's result since the audit;
 * other findings carry no such date.
 *
 * <p>The systems in scope are those owned by a municipality the body serves or by the body itself
 * ({@link SystemOwner#isInScopeOf(SupportBody)}). Findings are ordered by grade (major first), then
 * owner (municipalities by INE code, the support body last), then measure (findings about the
 * system as a whole first), then system id, rule id and message.
 *
 * <p><b>JSON.</b> The JSON writer writes the record components below under their names, sorted;
 * dates ISO-8601, measure ids their text, enums their constant names, an absent value {@code null}.
 * Nested objects: {@link Counts}, {@link OwnerCounts}, {@link SystemCounts}, {@link OpenFinding}
 * and {@link PlannedAction}.
 *
 * <p>This class is immutable and thread-safe.
 *
 * @param supportBodyId the support body's id
 * @param supportBodyName the support body's name
 * @param asOf the date of the evaluation
 * @param catalogVersion the data version of the measure catalog the evaluation used
 * @param totals the counts over every finding
 * @param byOwner the counts per municipality served, in INE code order, then of the support body
 *     when it owns systems itself
 * @param bySystem the counts per system in scope, in system id order, systems without findings included
 * @param findings every open finding, in the order above
 */
public record FindingsReport(String supportBodyId, String supportBodyName, LocalDate asOf, String catalogVersion,
        Counts totals, List<OwnerCounts> byOwner, List<SystemCounts> bySystem, List<OpenFinding> findings) {

    /**
     * Creates a report, copying the lists.
     *
     * @param supportBodyId the support body id
     * @param supportBodyName the support body name
     * @param asOf the date
     * @param catalogVersion the catalog version
     * @param totals the totals
     * @param byOwner the counts per owner
     * @param bySystem the counts per system
     * @param findings the findings
     * @throws NullPointerException if an argument or element is null
     */
    public FindingsReport {
        Objects.requireNonNull(supportBodyId, "supportBodyId");
        Objects.requireNonNull(supportBodyName, "supportBodyName");
        Objects.requireNonNull(asOf, "asOf");
        Objects.requireNonNull(catalogVersion, "catalogVersion");
        Objects.requireNonNull(totals, "totals");
        byOwner = List.copyOf(byOwner);
        bySystem = List.copyOf(bySystem);
        findings = List.copyOf(findings);
    }

    /**
     * Builds the findings report of a support body from the evaluation of its dataset.
     *
     * @param evaluation the evaluation of {@code dataset}; its date is the report's
     * @param dataset the dataset, valid: its support bodies, systems and adequacy plans
     * @param supportBodyId the id of a support body of the dataset
     * @return the report
     * @throws NullPointerException if an argument is null
     * @throws IllegalArgumentException if the dataset has no such support body, or the evaluation
     *     lacks a system of the dataset
     */
    public static FindingsReport of(DatasetEvaluation evaluation, Dataset dataset, String supportBodyId) {
        Objects.requireNonNull(evaluation, "evaluation");
        Objects.requireNonNull(dataset, "dataset");
        Objects.requireNonNull(supportBodyId, "supportBodyId");
        SupportBody body = dataset.supportBodies().stream().filter(candidate -> candidate.id().equals(supportBodyId))
                .findFirst().orElseThrow(() -> new IllegalArgumentException("Unknown support body '" + supportBodyId
                        + "', expected one of " + dataset.supportBodies().stream().map(SupportBody::id).sorted().toList()));
        MeasureCatalog catalog = evaluation.basis().catalog();
        CorrectiveActions actions = CorrectiveActions.of(dataset);
        List<OpenFinding> findings = new ArrayList<>();
        List<SystemCounts> bySystem = new ArrayList<>();
        List<InformationSystem> systems = dataset.systems().stream().filter(system -> system.owner().isInScopeOf(body))
                .sorted(Comparator.comparing(InformationSystem::id)).toList();
        for (InformationSystem system : systems) {
            SystemEvaluation evaluated = evaluation.system(system.id()).orElseThrow(() -> new IllegalArgumentException(
                    "The evaluation has no result for system '" + system.id() + "', expected the evaluation of the same"
                            + " dataset"));
            Owner owner = Owner.of(system.owner(), body, evaluation);
            List<OpenFinding> own = evaluated.findings().stream()
                    .map(finding -> OpenFinding.of(finding, owner, evaluated, catalog, actions, evaluation.asOf()))
                    .toList();
            findings.addAll(own);
            bySystem.add(new SystemCounts(system.id(), system.name(), owner.code(), owner.name(), Counts.of(own)));
        }
        findings.sort(OpenFinding.order(body.id()));
        Map<String, List<OpenFinding>> byOwnerCode = findings.stream()
                .collect(Collectors.groupingBy(OpenFinding::ownerCode));
        List<OwnerCounts> byOwner = new ArrayList<>();
        for (IneCode code : body.municipalities()) {
            Owner owner = Owner.ofMunicipality(code, evaluation);
            byOwner.add(new OwnerCounts(owner.code(), owner.name(),
                    Counts.of(byOwnerCode.getOrDefault(owner.code(), List.of()))));
        }
        if (systems.stream().anyMatch(system -> system.owner().supportBody().isPresent())) {
            byOwner.add(new OwnerCounts(body.id(), body.name(),
                    Counts.of(byOwnerCode.getOrDefault(body.id(), List.of()))));
        }
        return new FindingsReport(body.id(), body.name(), evaluation.asOf(), catalog.dataVersion(), Counts.of(findings),
                byOwner, bySystem, findings);
    }

    /**
     * Returns one of the report's tables, labelled in a language.
     *
     * @param which the table
     * @param language the language of the labels
     * @return the table
     * @throws NullPointerException if an argument is null
     */
    public Table table(FindingsTable which, ReportLanguage language) {
        return new FindingsTables(this, language).table(which);
    }

    /** Who owns a system, as the report names it: a municipality by INE code, or the support body by id. */
    private record Owner(String code, String name) {

        static Owner of(SystemOwner owner, SupportBody body, DatasetEvaluation evaluation) {
            return owner.municipality().map(code -> ofMunicipality(code, evaluation))
                    .orElseGet(() -> new Owner(body.id(), body.name()));
        }

        static Owner ofMunicipality(IneCode code, DatasetEvaluation evaluation) {
            return new Owner(code.toString(), evaluation.municipality(code).flatMap(MunicipalityEvaluation::name)
                    .map(name -> MunicipalityName.natural(code, name)).orElse(code.toString()));
        }
    }

    /**
     * Counts of findings.
     *
     * @param major the major non-conformities
     * @param minor the minor non-conformities
     * @param observations the observations
     * @param majorWithoutAction the major non-conformities no open plan action addresses
     */
    public record Counts(int major, int minor, int observations, int majorWithoutAction) {

        static Counts of(List<OpenFinding> findings) {
            return new Counts(count(findings, FindingGrade.MAJOR), count(findings, FindingGrade.MINOR),
                    count(findings, FindingGrade.OBSERVATION),
                    (int) findings.stream().filter(OpenFinding::withoutAction).count());
        }

        private static int count(List<OpenFinding> findings, FindingGrade grade) {
            return (int) findings.stream().filter(finding -> finding.grade() == grade).count();
        }

        /**
         * Returns the number of findings.
         *
         * @return major, minor and observations together
         */
        public int total() {
            return major + minor + observations;
        }
    }

    /**
     * The counts of one owner: a municipality served, or the support body for the systems it owns.
     *
     * @param code the municipality's INE code, or the support body's id
     * @param name its name
     * @param counts the counts over its systems
     */
    public record OwnerCounts(String code, String name, Counts counts) {

        /**
         * Creates owner counts.
         *
         * @param code the code
         * @param name the name
         * @param counts the counts
         * @throws NullPointerException if an argument is null
         */
        public OwnerCounts {
            Objects.requireNonNull(code, "code");
            Objects.requireNonNull(name, "name");
            Objects.requireNonNull(counts, "counts");
        }
    }

    /**
     * The counts of one information system.
     *
     * @param systemId the system's id
     * @param systemName the system's name
     * @param ownerCode the owner's INE code or support body id
     * @param ownerName the owner's name, a municipality's in its natural form
     * @param counts the counts
     */
    public record SystemCounts(String systemId, String systemName, String ownerCode, String ownerName, Counts counts) {

        /**
         * Creates system counts.
         *
         * @param systemId the system id
         * @param systemName the system name
         * @param ownerCode the owner code
         * @param ownerName the owner name
         * @param counts the counts
         * @throws NullPointerException if an argument is null
         */
        public SystemCounts {
            Objects.requireNonNull(systemId, "systemId");
            Objects.requireNonNull(systemName, "systemName");
            Objects.requireNonNull(ownerCode, "ownerCode");
            Objects.requireNonNull(ownerName, "ownerName");
            Objects.requireNonNull(counts, "counts");
        }
    }

    /**
     * One open finding.
     *
     * @param grade the grade (CCN-STIC 802)
     * @param ownerCode the INE code of the municipality that owns the system, or the support body's id
     * @param ownerName the owner's name
     * @param systemId the system's id
     * @param systemName the system's name
     * @param measure the measure the finding is about, or empty for a finding about the system as a whole
     * @param part the reinforcement of the measure whose requirement the finding checks, or empty for
     *     the base requirement (or the system as a whole)
     * @param measureName the measure's official Spanish name, or empty with {@code measure}
     * @param ruleId the id of the rule that found it
     * @param code what was found, the finding's stable code, e.g. {@code "audit.stale"} (docs/finding-codes.md)
     * @param messages what was found, in each report language, by language tag ({@code ca}, {@code es},
     *     {@code en})
     * @param subjects the records it is about other than the system itself (assets, incidents and
     *     others), sorted
     * @param people the people it names, e.g. the one holding two roles that must be apart
     * @param since the first day on which the finding holds, where its data says so (see
     *     {@link FindingsReport}); empty otherwise
     * @param action the open adequacy-plan action that addresses it, or empty if none does
     * @param withoutAction whether it is a major non-conformity that no open action addresses
     */
    public record OpenFinding(FindingGrade grade, String ownerCode, String ownerName, String systemId,
            String systemName, Optional<MeasureId> measure, Optional<ReinforcementId> part, Optional<String> measureName,
            String ruleId, String code, Map<String, String> messages, List<Subject> subjects, List<String> people,
            Optional<LocalDate> since, Optional<PlannedAction> action, boolean withoutAction) {

        /** Grade, then owner (municipalities before the support body, by code), then measure, then the rest. */
        static Comparator<OpenFinding> order(String supportBodyId) {
            return Comparator.comparing(OpenFinding::grade)
                    .thenComparing(finding -> finding.ownerCode().equals(supportBodyId))
                    .thenComparing(OpenFinding::ownerCode)
                    .thenComparing(finding -> finding.measure().orElse(null), Comparator.nullsFirst(Comparator.naturalOrder()))
                    .thenComparing(OpenFinding::systemId)
                    .thenComparing(OpenFinding::ruleId)
                    .thenComparing(finding -> finding.messages().get(ReportLanguage.EN.tag()));
        }

        /**
         * Creates a finding, copying the subjects.
         *
         * @param grade the grade
         * @param ownerCode the owner code
         * @param ownerName the owner name
         * @param systemId the system id
         * @param systemName the system name
         * @param measure the measure; null means none
         * @param part the part; null means the base requirement
         * @param measureName the measure name; null means none
         * @param ruleId the rule id
         * @param code the code
         * @param messages the messages by language tag, one for each report language
         * @param subjects the subjects
         * @param people the people
         * @param since the day since which it holds; null means unknown
         * @param action the action; null means none
         * @param withoutAction whether it is an unaddressed major finding
         * @throws NullPointerException if a required argument or a subject is null
         */
        public OpenFinding {
            Objects.requireNonNull(grade, "grade");
            Objects.requireNonNull(ownerCode, "ownerCode");
            Objects.requireNonNull(ownerName, "ownerName");
            Objects.requireNonNull(systemId, "systemId");
            Objects.requireNonNull(systemName, "systemName");
            measure = measure == null ? Optional.empty() : measure;
            part = part == null ? Optional.empty() : part;
            measureName = measureName == null ? Optional.empty() : measureName;
            Objects.requireNonNull(ruleId, "ruleId");
            Objects.requireNonNull(code, "code");
            messages = Collections.unmodifiableSortedMap(new TreeMap<>(messages));
            subjects = List.copyOf(subjects);
            people = List.copyOf(people);
            since = since == null ? Optional.empty() : since;
            action = action == null ? Optional.empty() : action;
        }

        static OpenFinding of(Finding finding, Owner owner, SystemEvaluation system, MeasureCatalog catalog,
                CorrectiveActions actions, LocalDate asOf) {
            Optional<PlannedAction> action = actions.addressing(system.systemId(), finding)
                    .map(addressing -> PlannedAction.of(addressing, asOf));
            Map<String, String> messages = new TreeMap<>();
            for (ReportLanguage language : ReportLanguage.values()) {
                messages.put(language.tag(), finding.message(language.locale()));
            }
            return new OpenFinding(finding.grade(), owner.code(), owner.name(), system.systemId(), system.systemName(),
                    finding.measure(), finding.part(), finding.measure().flatMap(catalog::find).map(Measure::name),
                    finding.ruleId(), finding.code(), messages,
                    finding.subjects().stream()
                            .filter(subject -> !(subject.kind() == Subject.Kind.SYSTEM
                                    && subject.id().equals(system.systemId())))
                            .toList(),
                    people(finding), since(finding), action, actions.isGap(system.systemId(), finding));
        }

        /** Returns the people a finding names: its {@code person} argument. */
        private static List<String> people(Finding finding) {
            return finding.arguments().get("person") instanceof String person ? List.of(person) : List.of();
        }

        /**
         * Returns the first day a finding holds, where its arguments say: a record of {@code date}
         * (or {@code last}) older than {@code maxAgeDays}, {@code maxAgeMonths} or {@code maxAgeYears}
         * has been too old since the day after that age is reached; a finding about a dated record
         * with no age limit (an audit's result) holds since that date.
         */
        private static Optional<LocalDate> since(Finding finding) {
            Map<String, Object> arguments = finding.arguments();
            Object dated = arguments.containsKey("date") ? arguments.get("date") : arguments.get("last");
            if (!(dated instanceof LocalDate date)) {
                return Optional.empty();
            }
            if (arguments.get("maxAgeDays") instanceof Number days) {
                return Optional.of(date.plusDays(days.longValue() + 1));
            }
            if (arguments.get("maxAgeMonths") instanceof Number months) {
                return Optional.of(date.plusMonths(months.longValue()).plusDays(1));
            }
            if (arguments.get("maxAgeYears") instanceof Number years) {
                return Optional.of(date.plusYears(years.longValue()).plusDays(1));
            }
            return Optional.of(date);
        }
    }

    /**
     * The adequacy-plan action that addresses a finding.
     *
     * @param planId the plan's id
     * @param actionId the action's id
     * @param description what is to be done
     * @param status {@link ActionStatus#PLANNED} or {@link ActionStatus#IN_PROGRESS}
     * @param dueDate the due date
     * @param overdue whether the due date is before the report's date
     */
    public record PlannedAction(String planId, String actionId, String description, ActionStatus status,
            LocalDate dueDate, boolean overdue) {

        /**
         * Creates a planned action.
         *
         * @param planId the plan id
         * @param actionId the action id
         * @param description the description
         * @param status the status
         * @param dueDate the due date
         * @param overdue whether it is overdue
         * @throws NullPointerException if an argument is null
         */
        public PlannedAction {
            Objects.requireNonNull(planId, "planId");
            Objects.requireNonNull(actionId, "actionId");
            Objects.requireNonNull(description, "description");
            Objects.requireNonNull(status, "status");
            Objects.requireNonNull(dueDate, "dueDate");
        }

        static PlannedAction of(CorrectiveActions.Addressing addressing, LocalDate asOf) {
            var action = addressing.action();
            return new PlannedAction(addressing.planId(), action.id(), action.description(), action.status(),
                    action.dueDate(), action.isOverdue(asOf));
        }
    }
}
