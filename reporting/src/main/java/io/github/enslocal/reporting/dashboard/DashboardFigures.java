// SPDX-License-Identifier: Apache-2.0
package io.github.enslocal.reporting.dashboard;

import io.github.enslocal.ens.catalog.MeasureGroup;
import io.github.enslocal.ens.evaluation.ComplianceSummary;
import io.github.enslocal.ens.evaluation.CorrectiveActions;
import io.github.enslocal.ens.evaluation.MeasureResult;
import io.github.enslocal.ens.evaluation.MeasureStatus;
import io.github.enslocal.ens.evaluation.Ratio;
import io.github.enslocal.ens.evaluation.SystemEvaluation;
import io.github.enslocal.ens.evaluation.Zone;
import io.github.enslocal.ens.spi.FindingGrade;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * The figures of the dashboard that add up: those of one municipality's systems, or of every
 * municipality for the totals row. Ratios add term by term ({@link Ratio#plus}), never by averaging
 * percentages, as CCN-STIC 815 (2014, §6.1) asks; the zone of a sum is the worse zone.
 *
 * <p>This class is immutable and thread-safe.
 *
 * @param systems the information systems counted
 * @param uncategorisedSystems the systems whose valuations give no category (they have no measure
 *     results, and the evaluator gives each a major finding)
 * @param compliance the CCN-STIC 815 compliance index: required measures met over those required
 * @param maturity the CCN-STIC 815 maturity index: declared maturity points over 5 per required measure
 * @param zone the worst zone of any required measure, or empty if none was measured
 * @param policiesApproved the systems with a security policy approval recorded on or before the date
 * @param rolesDesignated the systems whose four roles (information, service, security and system
 *     officers) are all designated
 * @param rolesSegregated the systems whose security officer and system officer are both designated
 *     and are different people
 * @param overdueActions the actions of the systems' adequacy plans still open after their due date
 * @param majorFindings the major non-conformities the evaluation found (open at the date)
 * @param unaddressedMajorFindings the major non-conformities that no open adequacy-plan action
 *     addresses ({@link CorrectiveActions}), which the findings report flags
 * @param statuses the measure results per status, with an entry for every status
 * @param groups the compliance per group of measures, one entry per catalog group, in catalog order
 */
public record DashboardFigures(int systems, int uncategorisedSystems, Ratio compliance, Ratio maturity,
        Optional<Zone> zone, int policiesApproved, int rolesDesignated, int rolesSegregated, long overdueActions,
        int majorFindings, int unaddressedMajorFindings, Map<MeasureStatus, Integer> statuses, List<GroupCompliance> groups) {

    /**
     * Creates figures, completing the status counts with zeros.
     *
     * @param systems the systems
     * @param uncategorisedSystems the systems without category
     * @param compliance the compliance index
     * @param maturity the maturity index
     * @param zone the zone; null means empty
     * @param policiesApproved the systems with an approved policy
     * @param rolesDesignated the systems with every role designated
     * @param rolesSegregated the systems with segregated roles
     * @param overdueActions the overdue plan actions
     * @param majorFindings the major findings
     * @param unaddressedMajorFindings the major findings no open plan action addresses
     * @param statuses the status counts; missing keys mean 0
     * @param groups the compliance per group
     * @throws NullPointerException if an index, the counts, the groups or an element is null
     */
    public DashboardFigures {
        Objects.requireNonNull(compliance, "compliance");
        Objects.requireNonNull(maturity, "maturity");
        zone = zone == null ? Optional.empty() : zone;
        EnumMap<MeasureStatus, Integer> complete = new EnumMap<>(MeasureStatus.class);
        for (MeasureStatus status : MeasureStatus.values()) {
            complete.put(status, statuses.getOrDefault(status, 0));
        }
        statuses = Collections.unmodifiableMap(complete);
        groups = List.copyOf(groups);
    }

    /**
     * Sums the figures of some systems.
     *
     * @param systems the systems' evaluations
     * @param governance the counts read from the dataset rather than the evaluation
     * @param catalogGroups the groups of the catalog, in catalog order
     * @return the figures
     */
    static DashboardFigures of(List<SystemEvaluation> systems, Governance governance, List<MeasureGroup> catalogGroups) {
        ComplianceSummary summary = systems.stream().map(SystemEvaluation::summary)
                .reduce(ComplianceSummary.empty(), ComplianceSummary::plus);
        Map<String, long[]> byGroup = new HashMap<>();
        systems.stream().flatMap(system -> system.measures().stream())
                .filter(result -> result.status().isRequired())
                .forEach(result -> count(byGroup.computeIfAbsent(result.measure().group(), id -> new long[2]), result));
        List<GroupCompliance> groups = new ArrayList<>();
        for (MeasureGroup group : catalogGroups) {
            long[] counts = byGroup.getOrDefault(group.id(), new long[2]);
            groups.add(new GroupCompliance(group.id(), group.name(), Ratio.of(counts[0], counts[1])));
        }
        return new DashboardFigures(systems.size(),
                (int) systems.stream().filter(system -> system.category().isEmpty()).count(),
                summary.compliance(), summary.maturity(), summary.zone(), governance.policiesApproved(),
                governance.rolesDesignated(), governance.rolesSegregated(), governance.overdueActions(),
                summary.count(FindingGrade.MAJOR), governance.unaddressedMajorFindings(), summary.statuses(), groups);
    }

    private static void count(long[] counts, MeasureResult result) {
        counts[0] += result.status().isMet() ? 1 : 0;
        counts[1]++;
    }

    /**
     * The counts of a set of systems that the dataset gives, not the evaluation alone: the
     * unaddressed major findings read the evaluation's findings against the dataset's plans.
     */
    record Governance(int policiesApproved, int rolesDesignated, int rolesSegregated, long overdueActions,
            int unaddressedMajorFindings) {
    }

    /**
     * Returns the sum of these figures and others: counts and ratios added, the worse zone.
     *
     * @param other the other figures, with the same groups
     * @return the sum
     * @throws IllegalArgumentException if the groups differ
     */
    public DashboardFigures plus(DashboardFigures other) {
        if (groups.size() != other.groups.size()) {
            throw new IllegalArgumentException("Cannot add figures of " + other.groups.size() + " groups to figures of "
                    + groups.size() + " groups");
        }
        EnumMap<MeasureStatus, Integer> statusSum = new EnumMap<>(statuses);
        other.statuses.forEach((status, count) -> statusSum.merge(status, count, Integer::sum));
        List<GroupCompliance> groupSum = new ArrayList<>();
        for (int i = 0; i < groups.size(); i++) {
            groupSum.add(groups.get(i).plus(other.groups.get(i)));
        }
        Optional<Zone> worst = zone.isEmpty() ? other.zone
                : Optional.of(other.zone.map(zone.get()::worst).orElse(zone.get()));
        return new DashboardFigures(systems + other.systems, uncategorisedSystems + other.uncategorisedSystems,
                compliance.plus(other.compliance), maturity.plus(other.maturity), worst,
                policiesApproved + other.policiesApproved, rolesDesignated + other.rolesDesignated,
                rolesSegregated + other.rolesSegregated, overdueActions + other.overdueActions,
                majorFindings + other.majorFindings, unaddressedMajorFindings + other.unaddressedMajorFindings,
                statusSum, groupSum);
    }

    /**
     * Returns the figures of nothing: no system, 0/0 indices, one 0/0 entry per group.
     *
     * @param catalogGroups the groups of the catalog, in catalog order
     * @return the empty figures
     */
    static DashboardFigures empty(List<MeasureGroup> catalogGroups) {
        return of(List.of(), new Governance(0, 0, 0, 0, 0), catalogGroups);
    }
}
