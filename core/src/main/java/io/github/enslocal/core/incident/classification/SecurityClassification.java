// SPDX-License-Identifier: Apache-2.0
package io.github.enslocal.core.incident.classification;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

/**
 * The cyber-security classification of an incident (CCN-STIC 817): its taxonomy type, danger and
 * impact levels, and the facts of its notification to the CCN-CERT.
 *
 * <p>The danger level is derived: the type's default, raised by a manual level when the handler
 * judges the case more dangerous. A manual level may only raise it; a manual level below the
 * default is a data problem that {@link #isManualDangerBelowDefault(IncidentTaxonomy)} reports and
 * {@link #danger(IncidentTaxonomy)} ignores. Whether the type id exists is checked against a
 * taxonomy, not here. This record is immutable and thread-safe; its constructor only normalises.
 *
 * @param typeId the id of the incident type in the taxonomy, e.g. {@code "PHISHING"}
 * @param manualDanger a danger level set by the handler, or empty to use the type's default
 * @param impact the impact level
 * @param notifiedToCcnCertAt when the incident was notified to the CCN-CERT, or empty if it was not
 * @param notificationReference the reference the CCN-CERT gave the notification (e.g. a LUCIA
 *     ticket), or empty
 * @param personalDataAffected whether personal data are affected, which brings a separate duty to
 *     notify the data-protection authority (ITS X.2) that this library does not model further
 */
public record SecurityClassification(
        @NotBlank @Size(max = 64) @Pattern(regexp = "[A-Z][A-Z0-9_]*") String typeId,
        Optional<DangerLevel> manualDanger,
        @NotNull ImpactLevel impact,
        Optional<Instant> notifiedToCcnCertAt,
        Optional<@Pattern(regexp = "(?s).*\\S.*", message = "must not be blank") @Size(max = 64) String> notificationReference,
        boolean personalDataAffected) {

    /**
     * Creates a classification, turning null optional values into empty ones.
     *
     * @param typeId the type id
     * @param manualDanger the manual danger level, or empty
     * @param impact the impact level
     * @param notifiedToCcnCertAt the notification instant, or empty
     * @param notificationReference the notification reference, or empty
     * @param personalDataAffected whether personal data are affected
     */
    public SecurityClassification {
        manualDanger = manualDanger == null ? Optional.empty() : manualDanger;
        notifiedToCcnCertAt = notifiedToCcnCertAt == null ? Optional.empty() : notifiedToCcnCertAt;
        notificationReference = notificationReference == null ? Optional.empty() : notificationReference;
    }

    /**
     * Obtains a classification with no manual danger level, not notified, not affecting personal
     * data.
     *
     * @param typeId the type id, e.g. {@code "PHISHING"}
     * @param impact the impact level
     * @return the classification
     */
    public static SecurityClassification of(String typeId, ImpactLevel impact) {
        return new SecurityClassification(typeId, Optional.empty(), impact, Optional.empty(), Optional.empty(), false);
    }

    /**
     * Returns a copy with a manual danger level.
     *
     * @param level the manual level, not null
     * @return the copy
     */
    public SecurityClassification withManualDanger(DangerLevel level) {
        return new SecurityClassification(typeId, Optional.of(level), impact, notifiedToCcnCertAt,
                notificationReference, personalDataAffected);
    }

    /**
     * Returns a copy recording a notification to the CCN-CERT.
     *
     * @param at when the notification was made, not null
     * @param reference the reference the CCN-CERT gave it, not null
     * @return the copy
     */
    public SecurityClassification withCcnCertNotification(Instant at, String reference) {
        return new SecurityClassification(typeId, manualDanger, impact, Optional.of(at), Optional.of(reference),
                personalDataAffected);
    }

    /**
     * Returns the danger level of the incident: the higher of the type's default level and the
     * manual level, if any.
     *
     * @param taxonomy the taxonomy that defines {@link #typeId()}, not null
     * @return the danger level
     * @throws IllegalArgumentException if the taxonomy has no type {@link #typeId()}
     */
    public DangerLevel danger(IncidentTaxonomy taxonomy) {
        DangerLevel byDefault = taxonomy.requireType(typeId).defaultDanger();
        return manualDanger.map(byDefault::max).orElse(byDefault);
    }

    /**
     * Returns whether the manual danger level is below the type's default, which is not allowed:
     * a manual level may only raise the default.
     *
     * @param taxonomy the taxonomy that defines {@link #typeId()}, not null
     * @return true if a manual level is set and is lower than the type's default
     * @throws IllegalArgumentException if the taxonomy has no type {@link #typeId()}
     */
    public boolean isManualDangerBelowDefault(IncidentTaxonomy taxonomy) {
        DangerLevel byDefault = taxonomy.requireType(typeId).defaultDanger();
        return manualDanger.filter(manual -> !manual.isAtLeast(byDefault)).isPresent();
    }

    /**
     * Returns whether the incident must be notified to the CCN-CERT under the
     * {@linkplain NotificationTrigger#defaultTrigger() default trigger}: danger or impact ALTO or
     * above, per the CCN-CERT follow-up table of CCN-STIC 817.
     *
     * @param taxonomy the taxonomy that defines {@link #typeId()}, not null
     * @return true if notification is mandatory
     * @throws IllegalArgumentException if the taxonomy has no type {@link #typeId()}
     */
    public boolean mustNotifyCcnCert(IncidentTaxonomy taxonomy) {
        return mustNotifyCcnCert(taxonomy, NotificationTrigger.defaultTrigger());
    }

    /**
     * Returns whether the incident must be notified to the CCN-CERT, reading the CCN-CERT
     * follow-up table for the levels the trigger names.
     *
     * @param taxonomy the taxonomy that defines {@link #typeId()}, not null
     * @param trigger which levels count, not null
     * @return true if notification is mandatory
     * @throws IllegalArgumentException if the taxonomy has no type {@link #typeId()}
     */
    public boolean mustNotifyCcnCert(IncidentTaxonomy taxonomy, NotificationTrigger trigger) {
        Objects.requireNonNull(trigger, "trigger");
        boolean byImpact = taxonomy.ccnCertFollowUp(impact).map(CcnCertFollowUp::mustNotifyCcnCert).orElse(false);
        return switch (trigger) {
            case IMPACT -> byImpact;
            case DANGER_OR_IMPACT -> byImpact || taxonomy.ccnCertFollowUp(danger(taxonomy)).mustNotifyCcnCert();
        };
    }

    /**
     * Returns whether the CCN-CERT notification is late as of an instant: the incident must be
     * notified under the policy's trigger, and it was notified after the allowed delay, or has not
     * been notified by {@code asOf} and the allowed delay has run out by then. A notification after
     * {@code asOf} is ignored, so that a past instant is judged as it stood then.
     *
     * @param taxonomy the taxonomy that defines {@link #typeId()}, not null
     * @param policy the trigger and the allowed delay, not null
     * @param occurredAt when the incident occurred (for a help-desk incident, usually its opening
     *     instant), not null
     * @param asOf the instant to judge at, not null
     * @return true if the notification is late
     * @throws IllegalArgumentException if the taxonomy has no type {@link #typeId()}
     */
    public boolean isCcnCertNotificationLate(
            IncidentTaxonomy taxonomy, NotificationPolicy policy, Instant occurredAt, Instant asOf) {
        Objects.requireNonNull(asOf, "asOf");
        if (!mustNotifyCcnCert(taxonomy, policy.trigger())) {
            return false;
        }
        Instant deadline = occurredAt.plus(policy.allowedDelay());
        return notifiedToCcnCertAt
                .filter(at -> !at.isAfter(asOf))
                .map(at -> at.isAfter(deadline))
                .orElse(asOf.isAfter(deadline));
    }
}
