// SPDX-License-Identifier: Apache-2.0
package io.github.enslocal.reporting.suite;

import io.github.enslocal.core.convention.Convention;
import io.github.enslocal.core.dataset.Dataset;
import io.github.enslocal.core.incident.classification.NotificationPolicy;
import io.github.enslocal.core.system.InformationSystem;
import io.github.enslocal.core.territory.SupportBody;
import io.github.enslocal.core.time.DateRange;
import io.github.enslocal.ens.evaluation.DatasetEvaluation;
import io.github.enslocal.reporting.convention.ConventionBalance;
import java.time.LocalDate;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Supplier;

/**
 * What the models of one suite are built from: the dataset, its evaluation (every report that
 * reads verdicts reads them from here), the support body, the systems in scope and the choices
 * made. A report's model factory asks for what it needs; a choice that is missing throws
 * {@link MissingChoiceException}. Not thread-safe: one suite builds its models on one thread.
 */
final class ReportScope {

    private final Dataset dataset;
    private final Supplier<DatasetEvaluation> evaluator;
    private DatasetEvaluation evaluation;
    private final SupportBody body;
    private final Set<String> systems;
    private final Dataset scoped;
    private final LocalDate asOf;
    private final Optional<DateRange> balancePeriod;
    private final Optional<DateRange> incidentPeriod;
    private final Optional<String> conventionId;
    private final Optional<NotificationPolicy> notificationPolicy;

    ReportScope(Dataset dataset, Supplier<DatasetEvaluation> evaluator, SupportBody body, LocalDate asOf,
            Optional<DateRange> balancePeriod, Optional<DateRange> incidentPeriod, Optional<String> conventionId,
            Optional<NotificationPolicy> notificationPolicy) {
        this.dataset = dataset;
        this.evaluator = evaluator;
        this.body = body;
        this.asOf = asOf;
        this.balancePeriod = balancePeriod;
        this.incidentPeriod = incidentPeriod;
        this.conventionId = conventionId;
        this.notificationPolicy = notificationPolicy;
        Set<String> inScope = new LinkedHashSet<>();
        dataset.systems().stream()
                .filter(system -> system.owner().isInScopeOf(body))
                .map(InformationSystem::id)
                .sorted()
                .forEach(inScope::add);
        this.systems = Set.copyOf(inScope);
        this.scoped = new Dataset(dataset.formatVersion(), dataset.title(), dataset.notice(), dataset.supportBodies(),
                dataset.municipalities(), dataset.conventions(),
                dataset.incidents().stream().filter(incident -> body.serves(incident.municipality())).toList(),
                dataset.assets().stream().filter(asset -> body.serves(asset.owner())).toList(),
                dataset.systems(), dataset.assessments(),
                dataset.plans().stream().filter(plan -> inScope.contains(plan.systemId())).toList(),
                dataset.trainingSessions(), dataset.slaPolicy());
    }

    /** Returns the whole dataset. */
    Dataset dataset() {
        return dataset;
    }

    /** Returns the dataset with only the incidents and assets of the municipalities served and the plans in scope. */
    Dataset scoped() {
        return scoped;
    }

    /** Returns the evaluation of the whole dataset on the report date, evaluating it on first use. */
    DatasetEvaluation evaluation() {
        if (evaluation == null) {
            evaluation = evaluator.get();
        }
        return evaluation;
    }

    /** Returns the support body reported on. */
    SupportBody body() {
        return body;
    }

    /** Returns the ids of the systems the support body's municipalities or the body own, sorted. */
    List<String> systems() {
        return systems.stream().sorted().toList();
    }

    /** Returns the date of the reports. */
    LocalDate asOf() {
        return asOf;
    }

    /** Returns the period of the convention balance. */
    DateRange balancePeriod() {
        return balancePeriod.orElseThrow(() -> missing(ReportChoice.PERIOD, List.of(), "The report 'convention-balance'"
                + " needs a period, set with period or balancePeriod, e.g. DateRange.parse(\"2025-01-01/2025-12-31\")"));
    }

    /** Returns the period of the incident report. */
    DateRange incidentPeriod() {
        return incidentPeriod.orElseThrow(() -> missing(ReportChoice.PERIOD, List.of(), "The report 'incidents'"
                + " needs a period, set with period or incidentPeriod, e.g. DateRange.parse(\"2025-01-01/2025-12-31\")"));
    }

    /** Returns the notification policy of the incident report. */
    NotificationPolicy notificationPolicy() {
        return notificationPolicy.orElseThrow(() -> missing(ReportChoice.NOTIFICATION_POLICY, List.of(),
                "The incident report needs a notification policy, e.g."
                        + " NotificationPolicy.withAllowedDelay(Duration.ofHours(24))"));
    }

    /**
     * Returns the convention balance: of the convention named, or of the support body's one signed
     * convention in force during the period.
     */
    ConventionBalance conventionBalance() {
        DateRange period = balancePeriod();
        if (conventionId.isPresent()) {
            return ConventionBalance.of(dataset, conventionId.get(), period);
        }
        List<String> inForce = ConventionBalance.conventionsInForce(dataset, body.id(), period).stream()
                .map(Convention::id).toList();
        if (inForce.size() != 1) {
            throw missing(ReportChoice.CONVENTION, inForce, "Support body '" + body.id() + "' has " + inForce.size()
                    + " signed conventions in force during " + period + " " + inForce
                    + ", expected exactly one; name the convention by its id instead");
        }
        return ConventionBalance.of(dataset, inForce.get(0), period);
    }

    private static MissingChoiceException missing(ReportChoice choice, List<String> candidates, String message) {
        return new MissingChoiceException(choice, candidates, message);
    }
}
