// SPDX-License-Identifier: Apache-2.0
package io.github.enslocal.reporting.dashboard;

import io.github.enslocal.core.assessment.AdequacyPlan;
import io.github.enslocal.core.dataset.Dataset;
import io.github.enslocal.core.ens.Category;
import io.github.enslocal.core.system.Audit;
import io.github.enslocal.core.system.InformationSystem;
import io.github.enslocal.core.system.SystemRoles;
import io.github.enslocal.core.territory.IneCode;
import io.github.enslocal.core.territory.Municipality;
import io.github.enslocal.core.territory.SupportBody;
import io.github.enslocal.ens.catalog.MeasureGroup;
import io.github.enslocal.ens.evaluation.CorrectiveActions;
import io.github.enslocal.ens.evaluation.DatasetEvaluation;
import io.github.enslocal.ens.evaluation.SystemEvaluation;
import io.github.enslocal.ens.evidence.EvidenceThresholds;
import io.github.enslocal.reporting.ReportLanguage;
import io.github.enslocal.reporting.Table;
import io.github.enslocal.reporting.incidents.IncidentReport;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * The ENS tracking dashboard (quadre de seguiment) of a support body at a date: one row per
 * municipality it serves, a totals row, and the compliance per group of measures that the heat map
 * draws.
 *
 * <p>Each row reads the information systems the municipality owns ({@link InformationSystem#owner()})
 * and their evaluation:
 * <ul>
 *   <li><b>Category</b>: the distinct categories of its systems; systems whose valuations give none
 *       are counted apart ({@link DashboardFigures#uncategorisedSystems()}).</li>
 *   <li><b>Indices and zone</b>: the sum of its systems' {@code ComplianceSummary}s (CCN-STIC 815,
 *       kept as numerator and denominator).</li>
 *   <li><b>Policy approved</b>: the latest approval date its systems record on or before the date;
 *       {@link DashboardFigures#policiesApproved()} counts the systems that record one.</li>
 *   <li><b>Roles</b>: the systems with all four roles designated, and those whose security officer
 *       is a different person from the system officer
 *       ({@link SystemRoles#isSecurityOfficerSeparateFromSystemOfficer()}).</li>
 *   <li><b>Audits</b>: the audit is due {@code auditMaxAgeYears} (2 by default, RD 311/2022 art. 31)
 *       after the oldest of the systems' last audits on or before the date, the same threshold and
 *       the same comparison as the conformity audit evidence rule; it is overdue when that day is
 *       before the date, or when a system was never audited.</li>
 *   <li><b>Overdue actions</b>: the actions of its systems' adequacy plans still open after their due
 *       date ({@link AdequacyPlan#overdueActions}).</li>
 *   <li><b>Open major findings</b>: the major non-conformities of its systems' evaluations, which are
 *       the findings open at the date.</li>
 *   <li><b>Major findings with no plan action</b>: those of them that no open action of the systems'
 *       adequacy plans addresses ({@link CorrectiveActions}); the findings report lists them.</li>
 * </ul>
 * Municipalities served that own no system have a row with zero counts and 0/0 indices. Systems the
 * support body owns itself are not in any row nor in the totals. Rows are in INE code order; the
 * totals add the rows' figures, ratios term by term and never as an average of percentages. This
 * class is immutable and thread-safe; it holds no text in any language.
 *
 * @param supportBodyId the support body's id
 * @param supportBodyName the support body's name
 * @param asOf the date of the evaluation
 * @param auditMaxAgeYears the years a conformity audit stays current
 * @param municipalities one row per municipality served, in INE code order
 * @param totals the sum of the rows
 */
public record EnsDashboard(String supportBodyId, String supportBodyName, LocalDate asOf, int auditMaxAgeYears,
        List<DashboardRow> municipalities, DashboardTotals totals) {

    /**
     * Creates a dashboard, copying the rows.
     *
     * @param supportBodyId the support body's id
     * @param supportBodyName the support body's name
     * @param asOf the date
     * @param auditMaxAgeYears the audit period in years
     * @param municipalities the rows
     * @param totals the totals
     * @throws NullPointerException if an argument or row is null
     */
    public EnsDashboard {
        Objects.requireNonNull(supportBodyId, "supportBodyId");
        Objects.requireNonNull(supportBodyName, "supportBodyName");
        Objects.requireNonNull(asOf, "asOf");
        municipalities = List.copyOf(municipalities);
        Objects.requireNonNull(totals, "totals");
    }

    /**
     * Builds the dashboard of a support body.
     *
     * @param evaluation the evaluation of {@code dataset} on {@code asOf}
     * @param dataset the dataset, valid
     * @param supportBodyId the id of a support body of the dataset
     * @param asOf the date of the dashboard, which must be the evaluation's
     * @return the dashboard
     * @throws NullPointerException if an argument is null
     * @throws IllegalArgumentException if the dataset has no such support body, {@code asOf} is not
     *     the evaluation's date, or the evaluation lacks a system of the dataset
     */
    public static EnsDashboard of(DatasetEvaluation evaluation, Dataset dataset, String supportBodyId, LocalDate asOf) {
        Objects.requireNonNull(evaluation, "evaluation");
        Objects.requireNonNull(dataset, "dataset");
        Objects.requireNonNull(supportBodyId, "supportBodyId");
        Objects.requireNonNull(asOf, "asOf");
        EvidenceThresholds thresholds = evaluation.basis().thresholds();
        if (!asOf.equals(evaluation.asOf())) {
            throw new IllegalArgumentException("The dashboard date " + asOf + " differs from the evaluation date "
                    + evaluation.asOf() + ", expected the date the dataset was evaluated on, e.g. " + evaluation.asOf());
        }
        SupportBody body = supportBody(dataset, supportBodyId);
        List<MeasureGroup> groups = evaluation.basis().catalog().groups();
        Function<IneCode, String> names = IncidentReport.municipalityNames(dataset);
        Map<IneCode, Municipality> listed = dataset.municipalities().stream()
                .collect(Collectors.toMap(Municipality::code, Function.identity(), (a, b) -> a));
        Map<String, List<AdequacyPlan>> plans = dataset.plans().stream()
                .collect(Collectors.groupingBy(AdequacyPlan::systemId));
        Map<IneCode, List<InformationSystem>> systems = dataset.systems().stream()
                .filter(system -> system.owner().municipality().isPresent())
                .sorted(Comparator.comparing(InformationSystem::id))
                .collect(Collectors.groupingBy(system -> system.owner().municipality().orElseThrow()));
        CorrectiveActions actions = CorrectiveActions.of(dataset);
        List<DashboardRow> rows = new ArrayList<>();
        for (IneCode code : body.municipalities()) {
            List<InformationSystem> owned = systems.getOrDefault(code, List.of());
            rows.add(row(code, names.apply(code), Optional.ofNullable(listed.get(code)).map(Municipality::population),
                    owned, evaluation, plans, actions, asOf, thresholds.auditMaxAgeYears(), groups));
        }
        DashboardTotals totals = new DashboardTotals(rows.size(),
                rows.stream().mapToLong(row -> row.population().orElse(0)).sum(),
                (int) rows.stream().filter(DashboardRow::auditOverdue).count(),
                rows.stream().map(DashboardRow::figures).reduce(DashboardFigures.empty(groups), DashboardFigures::plus));
        return new EnsDashboard(body.id(), body.name(), asOf, thresholds.auditMaxAgeYears(), rows, totals);
    }

    private static SupportBody supportBody(Dataset dataset, String supportBodyId) {
        return dataset.supportBodies().stream()
                .filter(body -> body.id().equals(supportBodyId))
                .findFirst()
                .orElseThrow(() -> new IllegalArgumentException("Unknown support body '" + supportBodyId
                        + "', expected the id of a support body of the dataset, one of " + dataset.supportBodies()
                                .stream().map(SupportBody::id).sorted().toList()));
    }

    private static DashboardRow row(IneCode code, String name, Optional<Integer> population,
            List<InformationSystem> owned, DatasetEvaluation evaluation, Map<String, List<AdequacyPlan>> plans,
            CorrectiveActions actions, LocalDate asOf, int auditYears, List<MeasureGroup> groups) {
        List<SystemEvaluation> evaluations = owned.stream().map(system -> evaluation.system(system.id())
                .orElseThrow(() -> new IllegalArgumentException("The evaluation has no result for system '"
                        + system.id() + "', expected the evaluation of the same dataset"))).toList();
        List<LocalDate> approvals = owned.stream()
                .flatMap(system -> onOrBefore(system.policyApprovalDate(), asOf).stream()).sorted().toList();
        List<Optional<LocalDate>> audits = owned.stream()
                .map(system -> onOrBefore(system.lastAudit().map(Audit::date), asOf)).toList();
        Optional<LocalDate> lastAudit = audits.isEmpty() || audits.stream().anyMatch(Optional::isEmpty)
                ? Optional.empty() : audits.stream().map(Optional::orElseThrow).min(Comparator.naturalOrder());
        Optional<LocalDate> nextDue = lastAudit.map(date -> date.plusYears(auditYears));
        boolean overdue = !owned.isEmpty() && nextDue.map(due -> due.isBefore(asOf)).orElse(true);
        long overdueActions = owned.stream()
                .flatMap(system -> plans.getOrDefault(system.id(), List.of()).stream())
                .mapToLong(plan -> plan.overdueActions(asOf).size())
                .sum();
        DashboardFigures.Governance governance = new DashboardFigures.Governance(approvals.size(),
                (int) owned.stream().filter(system -> system.roles().unassigned().isEmpty()).count(),
                (int) owned.stream().filter(system -> system.roles().isSecurityOfficerSeparateFromSystemOfficer()).count(),
                overdueActions, actions.gaps(evaluations).size());
        List<Category> categories = evaluations.stream().flatMap(system -> system.category().stream()).toList();
        return new DashboardRow(code, name, population, categories, owned.stream().map(InformationSystem::id).toList(),
                approvals.isEmpty() ? Optional.empty() : Optional.of(approvals.get(approvals.size() - 1)),
                lastAudit, nextDue, overdue, DashboardFigures.of(evaluations, governance, groups));
    }

    private static Optional<LocalDate> onOrBefore(Optional<LocalDate> date, LocalDate asOf) {
        return date.filter(value -> !value.isAfter(asOf));
    }

    /**
     * Returns one of the dashboard's tables, labelled in a language, for people to read: indices as
     * {@code met/required} text next to their percentage.
     *
     * @param which the table
     * @param language the language of the labels
     * @return the table
     * @throws NullPointerException if an argument is null
     */
    public Table table(DashboardTable which, ReportLanguage language) {
        return new DashboardContent(this, language, false).table(which);
    }
}
