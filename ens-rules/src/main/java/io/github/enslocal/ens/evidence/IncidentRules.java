// SPDX-License-Identifier: Apache-2.0
package io.github.enslocal.ens.evidence;

import io.github.enslocal.core.incident.Incident;
import io.github.enslocal.core.incident.IncidentCategory;
import io.github.enslocal.core.incident.classification.IncidentTaxonomy;
import io.github.enslocal.core.incident.classification.NotificationTrigger;
import io.github.enslocal.core.incident.classification.SecurityClassification;
import io.github.enslocal.ens.spi.EvaluationContext;
import io.github.enslocal.ens.spi.FindingGrade;
import io.github.enslocal.ens.spi.Subject;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Predicate;

/**
 * The rules on the incidents that concern a system. Only incidents opened before the end of the
 * evaluation day count, each as it stood then; a notification after that day has not happened yet.
 */
final class IncidentRules {

    private IncidentRules() {
    }

    /**
     * op.exp.7 Gestión de incidentes: every security incident whose danger or impact makes CCN-CERT
     * notification mandatory ({@link SecurityClassification#mustNotifyCcnCert}, by default danger
     * or impact ALTO or above) was notified (major if not) and, when the host sets a
     * {@code notificationDelay}, in time (minor if late); no security incident stays open longer than
     * {@code securityIncidentMaxOpenDays} (minor).
     */
    static CheckRule handling(EvidenceThresholds thresholds) {
        NotificationTrigger trigger = thresholds.notificationTrigger();
        Optional<Duration> delay = thresholds.notificationDelay();
        int maxOpenDays = thresholds.securityIncidentMaxOpenDays();
        return new CheckRule("incident-handling", List.of("op.exp.7"),
                "Security incidents that must be notified to the CCN-CERT were notified, and none stays open too long",
                thresholds.describe("notificationTrigger", "notificationDelay", "securityIncidentMaxOpenDays"),
                (context, findings) -> {
                    Instant cutOff = context.cutOff();
                    IncidentTaxonomy taxonomy = context.taxonomy();
                    List<Incident> classified = happened(context).stream()
                            .filter(incident -> incident.security().filter(known(taxonomy)).isPresent()).toList();
                    List<Incident> mustNotify = classified.stream()
                            .filter(incident -> incident.security().orElseThrow().mustNotifyCcnCert(taxonomy, trigger)).toList();
                    findings.incidents("op.exp.7", FindingGrade.MAJOR, mustNotify.stream()
                            .filter(incident -> notifiedBefore(incident, cutOff).isEmpty()).toList(),
                            trigger == NotificationTrigger.IMPACT ? "incident.not-notified.impact"
                                    : "incident.not-notified.danger-or-impact", Map.of());
                    delay.ifPresent(allowed -> findings.incidents("op.exp.7", FindingGrade.MINOR, mustNotify.stream()
                            .filter(incident -> notifiedBefore(incident, cutOff)
                                    .filter(at -> at.isAfter(incident.openedAt().plus(allowed))).isPresent())
                            .toList(), "incident.notified-late", Map.of("delay", allowed)));
                    Duration maxOpen = Duration.ofDays(maxOpenDays);
                    findings.incidents("op.exp.7", FindingGrade.MINOR, classified.stream()
                            .filter(incident -> incident.isOpenOn(cutOff.minusNanos(1)))
                            .filter(incident -> incident.openedAt().plus(maxOpen).isBefore(cutOff))
                            .toList(), "incident.open-too-long", Map.of("maxOpenDays", maxOpenDays));
                });
    }

    /**
     * op.exp.9 Registro de la gestión de incidentes: every incident filed as a security incident
     * carries a CCN-STIC 817 classification (minor if not) whose type the taxonomy defines (minor if
     * not); a manual danger level below the type's default is an observation.
     */
    static CheckRule register() {
        return new CheckRule("incident-register", List.of("op.exp.9"),
                "Security incidents are registered with a CCN-STIC 817 classification of a type the taxonomy defines",
                List.of(), (context, findings) -> {
                    IncidentTaxonomy taxonomy = context.taxonomy();
                    List<Incident> incidents = happened(context);
                    findings.incidents("op.exp.9", FindingGrade.MINOR, incidents.stream()
                            .filter(incident -> incident.category() == IncidentCategory.SECURITY && incident.security().isEmpty())
                            .toList(), "incident.unclassified", Map.of());
                    findings.incidents("op.exp.9", FindingGrade.MINOR, incidents.stream()
                            .filter(incident -> incident.security().filter(known(taxonomy).negate()).isPresent())
                            .toList(), "incident.unknown-type", Map.of());
                    findings.incidents("op.exp.9", FindingGrade.OBSERVATION, incidents.stream()
                            .filter(incident -> incident.security().filter(known(taxonomy))
                                    .filter(security -> security.isManualDangerBelowDefault(taxonomy)).isPresent())
                            .toList(), "incident.danger-below-default", Map.of());
                });
    }

    private static List<Incident> happened(EvaluationContext context) {
        Instant cutOff = context.cutOff();
        return context.incidents().stream().filter(incident -> incident.openedAt().isBefore(cutOff)).toList();
    }

    private static Predicate<SecurityClassification> known(IncidentTaxonomy taxonomy) {
        return security -> taxonomy.type(security.typeId()).isPresent();
    }

    private static Optional<Instant> notifiedBefore(Incident incident, Instant cutOff) {
        return incident.security().flatMap(SecurityClassification::notifiedToCcnCertAt).filter(at -> at.isBefore(cutOff));
    }
}
