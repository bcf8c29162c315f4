// SPDX-License-Identifier: Apache-2.0
package io.github.enslocal.reporting.plan;

import io.github.enslocal.core.assessment.ActionStatus;
import io.github.enslocal.core.assessment.AdequacyPlan;
import io.github.enslocal.core.assessment.PlanAction;
import io.github.enslocal.core.dataset.Dataset;
import io.github.enslocal.core.ens.MeasureId;
import io.github.enslocal.core.system.InformationSystem;
import io.github.enslocal.ens.catalog.Measure;
import io.github.enslocal.ens.catalog.MeasureCatalog;
import io.github.enslocal.ens.catalog.MeasureGroup;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * The state of one or more adequacy plans at a date: every action with its state, the actions past
 * their due date with the days they are late, and the counts by state, by owner and by group of
 * measures.
 *
 * <p>Build it with {@link #forSystem(Dataset, String, LocalDate)}, {@link #forPlans(Dataset,
 * Collection, LocalDate)} or {@link #forDataset(Dataset, LocalDate)}. An action is overdue when it is
 * neither done nor cancelled and its due date is before {@code asOf} ({@link
 * PlanAction#isOverdue(LocalDate)}); it is not overdue on its due date itself.
 *
 * <p><b>JSON.</b> The JSON writer writes the record components below under their names, sorted;
 * dates are ISO-8601, measure ids their text ({@code "op.exp.1"}), states their constant names
 * ({@code PLANNED}, {@code IN_PROGRESS}, {@code DONE}, {@code CANCELLED}) and an absent value
 * {@code null}. Nested objects: {@link PlanSummary}, {@link ActionLine}, {@link Tally},
 * {@link OwnerTally} and {@link GroupTally}.
 *
 * <p>This class is immutable and thread-safe.
 *
 * @param asOf the date of the report
 * @param plans the plans covered, in id order
 * @param actions every action of those plans, by plan id, then due date, then action id
 * @param overdue the overdue actions, the longest overdue first, then by plan id and action id
 * @param totals the counts over every action
 * @param byGroup the counts per group of measures that has actions, in catalog group order (groups
 *     the catalog does not know last, by id)
 * @param byOwner the counts per owner, by owner name as written (exact text, compared by code point)
 */
public record AdequacyPlanStatus(
        LocalDate asOf,
        List<PlanSummary> plans,
        List<ActionLine> actions,
        List<ActionLine> overdue,
        Tally totals,
        List<GroupTally> byGroup,
        List<OwnerTally> byOwner) {

    private static final Comparator<ActionLine> ACTION_ORDER = Comparator.comparing(ActionLine::planId)
            .thenComparing(ActionLine::dueDate).thenComparing(ActionLine::id);
    private static final Comparator<ActionLine> OVERDUE_ORDER = Comparator.comparingLong(ActionLine::daysOverdue)
            .reversed().thenComparing(ActionLine::planId).thenComparing(ActionLine::id);

    /**
     * Creates a report, copying the lists.
     *
     * @param asOf the date
     * @param plans the plans
     * @param actions the actions
     * @param overdue the overdue actions
     * @param totals the totals
     * @param byGroup the counts per group
     * @param byOwner the counts per owner
     * @throws NullPointerException if an argument or a list element is null
     */
    public AdequacyPlanStatus {
        Objects.requireNonNull(asOf, "asOf");
        plans = List.copyOf(plans);
        actions = List.copyOf(actions);
        overdue = List.copyOf(overdue);
        Objects.requireNonNull(totals, "totals");
        byGroup = List.copyOf(byGroup);
        byOwner = List.copyOf(byOwner);
    }

    /**
     * Builds the report of every plan of one information system.
     *
     * @param dataset the dataset holding the system and its plans
     * @param systemId the id of the system
     * @param asOf the date of the report
     * @return the report; without actions if the system has no plan
     * @throws NullPointerException if any argument is null
     * @throws IllegalArgumentException if the dataset has no such system
     */
    public static AdequacyPlanStatus forSystem(Dataset dataset, String systemId, LocalDate asOf) {
        Objects.requireNonNull(dataset, "dataset");
        Objects.requireNonNull(systemId, "systemId");
        if (dataset.systems().stream().noneMatch(system -> systemId.equals(system.id()))) {
            throw new IllegalArgumentException("Unknown information system '" + systemId
                    + "', expected the id of a system of the dataset, e.g. '"
                    + dataset.systems().stream().map(InformationSystem::id).findFirst().orElse("sys-padro") + "'");
        }
        return of(dataset, dataset.plans().stream().filter(plan -> systemId.equals(plan.systemId())).toList(), asOf);
    }

    /**
     * Builds the report of a set of plans.
     *
     * @param dataset the dataset holding the plans and their systems
     * @param planIds the ids of the plans, at least one; duplicates count once
     * @param asOf the date of the report
     * @return the report
     * @throws NullPointerException if any argument or id is null
     * @throws IllegalArgumentException if {@code planIds} is empty or names a plan the dataset does
     *     not hold
     */
    public static AdequacyPlanStatus forPlans(Dataset dataset, Collection<String> planIds, LocalDate asOf) {
        Objects.requireNonNull(dataset, "dataset");
        Set<String> wanted = new LinkedHashSet<>(planIds);
        wanted.forEach(id -> Objects.requireNonNull(id, "planId"));
        if (wanted.isEmpty()) {
            throw new IllegalArgumentException("No adequacy plan given, expected at least one plan id, e.g. 'plan-2025'");
        }
        List<AdequacyPlan> plans = dataset.plans().stream().filter(plan -> wanted.contains(plan.id())).toList();
        Set<String> found = plans.stream().map(AdequacyPlan::id).collect(Collectors.toSet());
        List<String> unknown = wanted.stream().filter(id -> !found.contains(id)).sorted().toList();
        if (!unknown.isEmpty()) {
            throw new IllegalArgumentException("Unknown adequacy plan " + unknown.stream()
                    .map(id -> "'" + id + "'").collect(Collectors.joining(", "))
                    + ", expected the id of a plan of the dataset, e.g. '"
                    + dataset.plans().stream().map(AdequacyPlan::id).findFirst().orElse("plan-2025") + "'");
        }
        return of(dataset, plans, asOf);
    }

    /**
     * Builds the report of every plan of a dataset.
     *
     * @param dataset the dataset
     * @param asOf the date of the report
     * @return the report; without actions if the dataset has no plan
     * @throws NullPointerException if any argument is null
     */
    public static AdequacyPlanStatus forDataset(Dataset dataset, LocalDate asOf) {
        return of(Objects.requireNonNull(dataset, "dataset"), dataset.plans(), asOf);
    }

    private static AdequacyPlanStatus of(Dataset dataset, List<AdequacyPlan> selected, LocalDate asOf) {
        Objects.requireNonNull(asOf, "asOf");
        MeasureCatalog catalog = MeasureCatalog.bundled();
        Map<String, String> systemNames = dataset.systems().stream()
                .collect(Collectors.toMap(InformationSystem::id, InformationSystem::name, (first, second) -> first));
        List<AdequacyPlan> plans = selected.stream().sorted(Comparator.comparing(AdequacyPlan::id)).toList();
        List<PlanSummary> summaries = new ArrayList<>();
        List<ActionLine> actions = new ArrayList<>();
        for (AdequacyPlan plan : plans) {
            String systemName = systemNames.getOrDefault(plan.systemId(), plan.systemId());
            summaries.add(new PlanSummary(plan.id(), plan.systemId(), systemName, plan.actions().size()));
            plan.actions().forEach(action -> actions.add(ActionLine.of(plan, action, catalog, asOf)));
        }
        actions.sort(ACTION_ORDER);
        List<ActionLine> overdue = actions.stream().filter(ActionLine::late).sorted(OVERDUE_ORDER).toList();
        return new AdequacyPlanStatus(asOf, summaries, actions, overdue, Tally.of(actions),
                GroupTally.of(actions, catalog), OwnerTally.of(actions));
    }

    /**
     * One plan covered by the report.
     *
     * @param id the plan's id
     * @param systemId the id of its information system
     * @param systemName the system's name; its id when the dataset does not hold the system
     * @param actions the number of actions of the plan
     */
    public record PlanSummary(String id, String systemId, String systemName, long actions) {

        /**
         * Creates a summary.
         *
         * @param id the id
         * @param systemId the system id
         * @param systemName the system name
         * @param actions the number of actions
         * @throws NullPointerException if a text is null
         */
        public PlanSummary {
            Objects.requireNonNull(id, "id");
            Objects.requireNonNull(systemId, "systemId");
            Objects.requireNonNull(systemName, "systemName");
        }
    }

    /**
     * One action of a plan.
     *
     * @param planId the id of its plan
     * @param systemId the id of the plan's system
     * @param id the action's id
     * @param measure the measure the action works towards
     * @param measureName the official Spanish name of the measure; empty when the catalog does not
     *     know the measure
     * @param group the id of the measure's group, e.g. {@code "op.exp"}
     * @param description what is to be done
     * @param owner who is responsible
     * @param dueDate the due date
     * @param status the state
     * @param doneDate the day it was done, if recorded
     * @param daysOverdue the days from the due date to {@code asOf} for an overdue action; 0 otherwise
     */
    public record ActionLine(
            String planId,
            String systemId,
            String id,
            MeasureId measure,
            String measureName,
            String group,
            String description,
            String owner,
            LocalDate dueDate,
            ActionStatus status,
            Optional<LocalDate> doneDate,
            long daysOverdue) {

        /**
         * Creates an action line.
         *
         * @param planId the plan id
         * @param systemId the system id
         * @param id the action id
         * @param measure the measure
         * @param measureName the measure name
         * @param group the group id
         * @param description the description
         * @param owner the owner
         * @param dueDate the due date
         * @param status the state
         * @param doneDate the done date; null means none
         * @param daysOverdue the days overdue
         * @throws NullPointerException if a required argument is null
         */
        public ActionLine {
            Objects.requireNonNull(planId, "planId");
            Objects.requireNonNull(systemId, "systemId");
            Objects.requireNonNull(id, "id");
            Objects.requireNonNull(measure, "measure");
            Objects.requireNonNull(measureName, "measureName");
            Objects.requireNonNull(group, "group");
            Objects.requireNonNull(description, "description");
            Objects.requireNonNull(owner, "owner");
            Objects.requireNonNull(dueDate, "dueDate");
            Objects.requireNonNull(status, "status");
            doneDate = doneDate == null ? Optional.empty() : doneDate;
        }

        static ActionLine of(AdequacyPlan plan, PlanAction action, MeasureCatalog catalog, LocalDate asOf) {
            long late = action.isOverdue(asOf) ? ChronoUnit.DAYS.between(action.dueDate(), asOf) : 0;
            return new ActionLine(plan.id(), plan.systemId(), action.id(), action.measure(),
                    catalog.find(action.measure()).map(Measure::name).orElse(""), action.measure().group(),
                    action.description(), action.owner(), action.dueDate(), action.status(), action.doneDate(), late);
        }

        /**
         * Returns whether the action is late: overdue at the report's date.
         *
         * @return true if {@link #daysOverdue()} is positive
         */
        public boolean late() {
            return daysOverdue > 0;
        }
    }

    /**
     * Counts of actions by state.
     *
     * @param planned the planned actions
     * @param inProgress the actions in progress
     * @param done the actions done
     * @param cancelled the cancelled actions
     * @param total all the actions
     * @param overdue the overdue actions (planned or in progress, past their due date)
     */
    public record Tally(long planned, long inProgress, long done, long cancelled, long total, long overdue) {

        static Tally of(List<ActionLine> actions) {
            Map<ActionStatus, Long> counts = actions.stream()
                    .collect(Collectors.groupingBy(ActionLine::status, Collectors.counting()));
            Function<ActionStatus, Long> count = status -> counts.getOrDefault(status, 0L);
            return new Tally(count.apply(ActionStatus.PLANNED), count.apply(ActionStatus.IN_PROGRESS),
                    count.apply(ActionStatus.DONE), count.apply(ActionStatus.CANCELLED), actions.size(),
                    actions.stream().filter(ActionLine::late).count());
        }

        /**
         * Returns the count of one state.
         *
         * @param status the state
         * @return the number of actions in it
         * @throws NullPointerException if {@code status} is null
         */
        public long count(ActionStatus status) {
            return switch (Objects.requireNonNull(status, "status")) {
                case PLANNED -> planned;
                case IN_PROGRESS -> inProgress;
                case DONE -> done;
                case CANCELLED -> cancelled;
            };
        }
    }

    /**
     * The counts of one group of measures.
     *
     * @param id the group id, e.g. {@code "op.exp"}
     * @param name the official Spanish name of the group; its id when the catalog does not know it
     * @param tally the counts
     */
    public record GroupTally(String id, String name, Tally tally) {

        /**
         * Creates a group's counts.
         *
         * @param id the id
         * @param name the name
         * @param tally the counts
         * @throws NullPointerException if an argument is null
         */
        public GroupTally {
            Objects.requireNonNull(id, "id");
            Objects.requireNonNull(name, "name");
            Objects.requireNonNull(tally, "tally");
        }

        static List<GroupTally> of(List<ActionLine> actions, MeasureCatalog catalog) {
            Map<String, List<ActionLine>> byGroup = actions.stream()
                    .collect(Collectors.groupingBy(ActionLine::group, TreeMap::new, Collectors.toList()));
            List<GroupTally> tallies = new ArrayList<>();
            for (MeasureGroup group : catalog.groups()) {
                List<ActionLine> members = byGroup.remove(group.id());
                if (members != null) {
                    tallies.add(new GroupTally(group.id(), group.name(), Tally.of(members)));
                }
            }
            byGroup.forEach((id, members) -> tallies.add(new GroupTally(id, id, Tally.of(members))));
            return tallies;
        }
    }

    /**
     * The counts of one owner.
     *
     * @param owner the owner, as the actions name them
     * @param tally the counts
     */
    public record OwnerTally(String owner, Tally tally) {

        /**
         * Creates an owner's counts.
         *
         * @param owner the owner
         * @param tally the counts
         * @throws NullPointerException if an argument is null
         */
        public OwnerTally {
            Objects.requireNonNull(owner, "owner");
            Objects.requireNonNull(tally, "tally");
        }

        static List<OwnerTally> of(List<ActionLine> actions) {
            return actions.stream()
                    .collect(Collectors.groupingBy(ActionLine::owner, TreeMap::new, Collectors.toList()))
                    .entrySet().stream().map(entry -> new OwnerTally(entry.getKey(), Tally.of(entry.getValue())))
                    .toList();
        }
    }
}
