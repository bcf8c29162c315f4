// SPDX-License-Identifier: Apache-2.0
package io.github.enslocal.ens.evidence;

import io.github.enslocal.core.asset.Management;
import io.github.enslocal.core.convention.Adhesion;
import io.github.enslocal.core.convention.Convention;
import io.github.enslocal.core.territory.IneCode;
import io.github.enslocal.core.training.TrainingKind;
import io.github.enslocal.core.training.TrainingSession;
import io.github.enslocal.ens.spi.EvaluationContext;
import io.github.enslocal.ens.spi.FindingGrade;
import io.github.enslocal.ens.spi.Quantity;
import io.github.enslocal.ens.spi.Subject;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The rules that read what the owner municipality has with the supporting body: its convention and
 * its staff's training. A system a supporting body owns has nothing to check here.
 */
final class MunicipalityRules {

    private MunicipalityRules() {
    }

    /**
     * op.ext.1 Contratación y acuerdos de nivel de servicio and op.ext.2 Gestión diaria: when the
     * supporting body manages any of the system's assets, it acts as an external provider, and the
     * support convention is the contract. On the evaluation date a convention must be in force in
     * which the owner municipality's adhesion is active (major on both measures if not). A
     * convention whose last day falls within {@code conventionExpiryWarningDays} gives an observation
     * on op.ext.1, unless another such convention runs longer.
     */
    static CheckRule externalProvider(EvidenceThresholds thresholds) {
        int warningDays = thresholds.conventionExpiryWarningDays();
        return new CheckRule("external-provider-contract", List.of("op.ext.1", "op.ext.2"),
                "When the supporting body manages the system's assets, a convention is in force with the municipality adhered",
                thresholds.describe("conventionExpiryWarningDays"), (context, findings) -> {
                    Optional<IneCode> municipality = context.municipality();
                    long managed = context.assetsInService().stream()
                            .filter(asset -> asset.managedBy() == Management.SUPPORT_BODY).count();
                    if (municipality.isEmpty() || managed == 0) {
                        return;
                    }
                    LocalDate asOf = context.asOf();
                    List<Convention> active = context.conventions().stream()
                            .filter(convention -> isAdheredOn(context, convention, asOf))
                            .toList();
                    if (active.isEmpty()) {
                        List<Subject> subjects = new ArrayList<>();
                        subjects.add(municipality(municipality.get()));
                        context.conventions().forEach(convention -> subjects.add(Subject.convention(convention.id())));
                        Map<String, Object> arguments = Map.of("asOf", asOf, "municipality", municipality.get().toString(),
                                "managed", new Quantity(managed, "asset"));
                        findings.add("op.ext.1", FindingGrade.MAJOR, "contract.none-in-force", arguments, subjects);
                        findings.add("op.ext.2", FindingGrade.MAJOR, "contract.none-in-force", arguments, subjects);
                        return;
                    }
                    Convention longest = active.stream().max(Comparator.comparing(Convention::effectiveEnd)
                            .thenComparing(Convention::id)).orElseThrow();
                    long daysLeft = ChronoUnit.DAYS.between(asOf, longest.effectiveEnd());
                    if (daysLeft < warningDays) {
                        findings.add("op.ext.1", FindingGrade.OBSERVATION, "contract.ending",
                                Map.of("end", longest.effectiveEnd(), "warningDays", warningDays),
                                List.of(Subject.convention(longest.id())));
                    }
                });
    }

    /**
     * mp.per.3 Concienciación and mp.per.4 Formación: staff of the owner municipality attended an
     * awareness session, and a technical training session, within {@code trainingMaxAgeMonths} of
     * the evaluation date (minor on the measure of each kind missing).
     */
    static CheckRule training(EvidenceThresholds thresholds) {
        int months = thresholds.trainingMaxAgeMonths();
        return new CheckRule("training", List.of("mp.per.3", "mp.per.4"),
                "Staff of the municipality attended awareness (mp.per.3) and training (mp.per.4) sessions recently",
                thresholds.describe("trainingMaxAgeMonths"), (context, findings) -> {
                    if (context.municipality().isEmpty()) {
                        return;
                    }
                    LocalDate asOf = context.asOf();
                    for (TrainingKind kind : TrainingKind.values()) {
                        Optional<TrainingSession> latest = context.trainingSessions().stream()
                                .filter(session -> session.kind() == kind && !session.date().isAfter(asOf))
                                .max(Comparator.comparing(TrainingSession::date).thenComparing(TrainingSession::id));
                        if (latest.filter(session -> !session.date().plusMonths(months).isBefore(asOf)).isEmpty()) {
                            List<Subject> subjects = new ArrayList<>();
                            subjects.add(municipality(context.municipality().get()));
                            latest.ifPresent(session -> subjects.add(new Subject(Subject.Kind.TRAINING_SESSION, session.id())));
                            Map<String, Object> arguments = new HashMap<>(Map.of("municipality",
                                    context.municipality().get().toString(), "measureName", kind.measureName(),
                                    "maxAgeMonths", months));
                            latest.ifPresent(session -> arguments.put("last", session.date()));
                            findings.add(kind.measure().toString(), FindingGrade.MINOR,
                                    latest.isPresent() ? "training.stale" : "training.none", arguments, subjects);
                        }
                    }
                });
    }

    /**
     * Returns whether a municipality's adhesion to a convention is active on a date, as
     * {@code convention.adhesionsActiveOn(date)} would list it, without building and sorting that
     * list: a convention of a diputació can have thousands of adhesions, and this runs per system.
     */
    private static boolean isAdheredOn(EvaluationContext context, Convention convention, LocalDate date) {
        if (!convention.isInForce(date)) {
            return false;
        }
        for (Adhesion adhesion : context.adhesions(convention)) {
            if (adhesion.isActiveOn(date)) {
                return true;
            }
        }
        return false;
    }

    private static Subject municipality(IneCode code) {
        return new Subject(Subject.Kind.MUNICIPALITY, code.toString());
    }
}
