// SPDX-License-Identifier: Apache-2.0
package io.github.enslocal.ens.evidence;

import io.github.enslocal.core.incident.classification.NotificationTrigger;
import io.github.enslocal.ens.spi.Threshold;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * The thresholds of the built-in evidence rules: how old a patch, backup, review or audit may be.
 *
 * <p>{@link #defaults()} gives the values below. Four are fixed by a source; the others are the
 * library's defaults, chosen as common practice for small town halls and <em>not</em> fixed by the
 * ENS, which leaves them to each organisation's security procedures:
 *
 * <table>
 *   <caption>Default thresholds</caption>
 *   <tr><th>threshold</th><th>default</th><th>basis</th></tr>
 *   <tr><td>{@code inventoryReviewMaxAgeDays}</td><td>365</td><td>library default</td></tr>
 *   <tr><td>{@code patchMaxAgeDays}</td><td>90</td><td>library default</td></tr>
 *   <tr><td>{@code endOfSupportWarningDays}</td><td>180</td><td>library default</td></tr>
 *   <tr><td>{@code securityIncidentMaxOpenDays}</td><td>30</td><td>library default</td></tr>
 *   <tr><td>{@code notificationDelay}</td><td>none: only whether an incident that must be notified
 *       was notified at all is checked</td><td>no source fixes an hour count (see
 *       {@code NotificationPolicy})</td></tr>
 *   <tr><td>{@code notificationTrigger}</td><td>{@code DANGER_OR_IMPACT}</td><td>CCN-STIC 817 (2020)
 *       §4.5</td></tr>
 *   <tr><td>{@code backupMaxAgeDays}</td><td>7</td><td>library default</td></tr>
 *   <tr><td>{@code restoreTestMaxAgeDays}</td><td>365</td><td>library default</td></tr>
 *   <tr><td>{@code conventionExpiryWarningDays}</td><td>90</td><td>library default</td></tr>
 *   <tr><td>{@code trainingMaxAgeMonths}</td><td>12</td><td>library default</td></tr>
 *   <tr><td>{@code riskAnalysisMaxAgeMonths}</td><td>12</td><td>RD 311/2022 Anexo III 1.1 (risk
 *       analysis reviewed and approved yearly)</td></tr>
 *   <tr><td>{@code categorisationReviewMaxAgeMonths}</td><td>12</td><td>RD 311/2022 Anexo I.1
 *       (category re-assessed yearly)</td></tr>
 *   <tr><td>{@code auditMaxAgeYears}</td><td>2</td><td>RD 311/2022 art. 31.1 and 38.1</td></tr>
 * </table>
 *
 * <p>Ages count whole calendar days, months or years from the recorded date to the evaluation date;
 * a record is stale when the evaluation date is after the recorded date plus the maximum age. This
 * class is immutable and thread-safe.
 *
 * @param inventoryReviewMaxAgeDays the days an asset's inventory record may go unreviewed (op.exp.1)
 * @param patchMaxAgeDays the days since an asset's last patch before it counts as unpatched (op.exp.4)
 * @param endOfSupportWarningDays how many days before the end of vendor support an observation is
 *     raised (op.exp.4)
 * @param securityIncidentMaxOpenDays the days a security incident may stay open (op.exp.7)
 * @param notificationDelay the time after opening within which a CCN-CERT notification is in time,
 *     or empty to check only that it was made (op.exp.7)
 * @param notificationTrigger which levels make CCN-CERT notification mandatory (op.exp.7)
 * @param backupMaxAgeDays the days since the last backup before it counts as missing (mp.info.6)
 * @param restoreTestMaxAgeDays the days since the last restore test before it counts as missing
 *     (mp.info.6)
 * @param conventionExpiryWarningDays how many days before a convention ends an observation is
 *     raised (op.ext.1)
 * @param trainingMaxAgeMonths the months within which the municipality's staff must have attended
 *     a session (mp.per.3, mp.per.4)
 * @param riskAnalysisMaxAgeMonths the months a risk analysis stays current (op.pl.1)
 * @param categorisationReviewMaxAgeMonths the months a categorisation stays current
 * @param auditMaxAgeYears the years a conformity audit or self-assessment stays current
 */
public record EvidenceThresholds(
        int inventoryReviewMaxAgeDays,
        int patchMaxAgeDays,
        int endOfSupportWarningDays,
        int securityIncidentMaxOpenDays,
        Optional<Duration> notificationDelay,
        NotificationTrigger notificationTrigger,
        int backupMaxAgeDays,
        int restoreTestMaxAgeDays,
        int conventionExpiryWarningDays,
        int trainingMaxAgeMonths,
        int riskAnalysisMaxAgeMonths,
        int categorisationReviewMaxAgeMonths,
        int auditMaxAgeYears) {

    private static final EvidenceThresholds DEFAULTS = new EvidenceThresholds(365, 90, 180, 30, Optional.empty(),
            NotificationTrigger.defaultTrigger(), 7, 365, 90, 12, 12, 12, 2);

    /**
     * Creates thresholds, checking each one.
     *
     * @param inventoryReviewMaxAgeDays 1 or more
     * @param patchMaxAgeDays 1 or more
     * @param endOfSupportWarningDays 0 or more; 0 raises no warning
     * @param securityIncidentMaxOpenDays 1 or more
     * @param notificationDelay zero or positive, or empty; null means empty
     * @param notificationTrigger not null
     * @param backupMaxAgeDays 1 or more
     * @param restoreTestMaxAgeDays 1 or more
     * @param conventionExpiryWarningDays 0 or more; 0 raises no warning
     * @param trainingMaxAgeMonths 1 or more
     * @param riskAnalysisMaxAgeMonths 1 or more
     * @param categorisationReviewMaxAgeMonths 1 or more
     * @param auditMaxAgeYears 1 or more
     * @throws NullPointerException if {@code notificationTrigger} is null
     * @throws IllegalArgumentException if a value is out of its range
     */
    public EvidenceThresholds {
        positive("inventoryReviewMaxAgeDays", inventoryReviewMaxAgeDays, 365);
        positive("patchMaxAgeDays", patchMaxAgeDays, 90);
        notNegative("endOfSupportWarningDays", endOfSupportWarningDays, 180);
        positive("securityIncidentMaxOpenDays", securityIncidentMaxOpenDays, 30);
        notificationDelay = notificationDelay == null ? Optional.empty() : notificationDelay;
        notificationDelay.filter(Duration::isNegative).ifPresent(delay -> {
            throw new IllegalArgumentException("Invalid notificationDelay " + delay + ", expected zero or positive, e.g. PT24H");
        });
        Objects.requireNonNull(notificationTrigger, "notificationTrigger");
        positive("backupMaxAgeDays", backupMaxAgeDays, 7);
        positive("restoreTestMaxAgeDays", restoreTestMaxAgeDays, 365);
        notNegative("conventionExpiryWarningDays", conventionExpiryWarningDays, 90);
        positive("trainingMaxAgeMonths", trainingMaxAgeMonths, 12);
        positive("riskAnalysisMaxAgeMonths", riskAnalysisMaxAgeMonths, 12);
        positive("categorisationReviewMaxAgeMonths", categorisationReviewMaxAgeMonths, 12);
        positive("auditMaxAgeYears", auditMaxAgeYears, 2);
    }

    private static void positive(String name, int value, int example) {
        if (value < 1) {
            throw new IllegalArgumentException("Invalid " + name + " " + value + ", expected 1 or more, e.g. " + example);
        }
    }

    private static void notNegative(String name, int value, int example) {
        if (value < 0) {
            throw new IllegalArgumentException("Invalid " + name + " " + value + ", expected 0 or more, e.g. " + example);
        }
    }

    /**
     * Returns the default thresholds listed in the type comment.
     *
     * @return the defaults
     */
    public static EvidenceThresholds defaults() {
        return DEFAULTS;
    }

    /**
     * Returns a copy with another inventory review age.
     *
     * @param days 1 or more
     * @return the copy
     * @throws IllegalArgumentException if {@code days} is less than 1
     */
    public EvidenceThresholds withInventoryReviewMaxAgeDays(int days) {
        return new EvidenceThresholds(days, patchMaxAgeDays, endOfSupportWarningDays, securityIncidentMaxOpenDays,
                notificationDelay, notificationTrigger, backupMaxAgeDays, restoreTestMaxAgeDays,
                conventionExpiryWarningDays, trainingMaxAgeMonths, riskAnalysisMaxAgeMonths,
                categorisationReviewMaxAgeMonths, auditMaxAgeYears);
    }

    /**
     * Returns a copy with another patch age.
     *
     * @param days 1 or more
     * @return the copy
     * @throws IllegalArgumentException if {@code days} is less than 1
     */
    public EvidenceThresholds withPatchMaxAgeDays(int days) {
        return new EvidenceThresholds(inventoryReviewMaxAgeDays, days, endOfSupportWarningDays,
                securityIncidentMaxOpenDays, notificationDelay, notificationTrigger, backupMaxAgeDays,
                restoreTestMaxAgeDays, conventionExpiryWarningDays, trainingMaxAgeMonths, riskAnalysisMaxAgeMonths,
                categorisationReviewMaxAgeMonths, auditMaxAgeYears);
    }

    /**
     * Returns a copy with another end-of-support warning.
     *
     * @param days 0 or more
     * @return the copy
     * @throws IllegalArgumentException if {@code days} is negative
     */
    public EvidenceThresholds withEndOfSupportWarningDays(int days) {
        return new EvidenceThresholds(inventoryReviewMaxAgeDays, patchMaxAgeDays, days, securityIncidentMaxOpenDays,
                notificationDelay, notificationTrigger, backupMaxAgeDays, restoreTestMaxAgeDays,
                conventionExpiryWarningDays, trainingMaxAgeMonths, riskAnalysisMaxAgeMonths,
                categorisationReviewMaxAgeMonths, auditMaxAgeYears);
    }

    /**
     * Returns a copy with another time a security incident may stay open.
     *
     * @param days 1 or more
     * @return the copy
     * @throws IllegalArgumentException if {@code days} is less than 1
     */
    public EvidenceThresholds withSecurityIncidentMaxOpenDays(int days) {
        return new EvidenceThresholds(inventoryReviewMaxAgeDays, patchMaxAgeDays, endOfSupportWarningDays, days,
                notificationDelay, notificationTrigger, backupMaxAgeDays, restoreTestMaxAgeDays,
                conventionExpiryWarningDays, trainingMaxAgeMonths, riskAnalysisMaxAgeMonths,
                categorisationReviewMaxAgeMonths, auditMaxAgeYears);
    }

    /**
     * Returns a copy that also checks that CCN-CERT notifications were made in time.
     *
     * @param delay the allowed delay after opening, zero or positive
     * @param trigger which levels make notification mandatory, not null
     * @return the copy
     * @throws NullPointerException if an argument is null
     * @throws IllegalArgumentException if {@code delay} is negative
     */
    public EvidenceThresholds withNotification(Duration delay, NotificationTrigger trigger) {
        return new EvidenceThresholds(inventoryReviewMaxAgeDays, patchMaxAgeDays, endOfSupportWarningDays,
                securityIncidentMaxOpenDays, Optional.of(delay), trigger, backupMaxAgeDays, restoreTestMaxAgeDays,
                conventionExpiryWarningDays, trainingMaxAgeMonths, riskAnalysisMaxAgeMonths,
                categorisationReviewMaxAgeMonths, auditMaxAgeYears);
    }

    /**
     * Returns a copy with other backup and restore-test ages.
     *
     * @param backupDays 1 or more
     * @param restoreTestDays 1 or more
     * @return the copy
     * @throws IllegalArgumentException if a value is less than 1
     */
    public EvidenceThresholds withBackupMaxAgeDays(int backupDays, int restoreTestDays) {
        return new EvidenceThresholds(inventoryReviewMaxAgeDays, patchMaxAgeDays, endOfSupportWarningDays,
                securityIncidentMaxOpenDays, notificationDelay, notificationTrigger, backupDays, restoreTestDays,
                conventionExpiryWarningDays, trainingMaxAgeMonths, riskAnalysisMaxAgeMonths,
                categorisationReviewMaxAgeMonths, auditMaxAgeYears);
    }

    /**
     * Returns a copy with another convention expiry warning.
     *
     * @param days 0 or more
     * @return the copy
     * @throws IllegalArgumentException if {@code days} is negative
     */
    public EvidenceThresholds withConventionExpiryWarningDays(int days) {
        return new EvidenceThresholds(inventoryReviewMaxAgeDays, patchMaxAgeDays, endOfSupportWarningDays,
                securityIncidentMaxOpenDays, notificationDelay, notificationTrigger, backupMaxAgeDays,
                restoreTestMaxAgeDays, days, trainingMaxAgeMonths, riskAnalysisMaxAgeMonths,
                categorisationReviewMaxAgeMonths, auditMaxAgeYears);
    }

    /**
     * Returns a copy with another training period.
     *
     * @param months 1 or more
     * @return the copy
     * @throws IllegalArgumentException if {@code months} is less than 1
     */
    public EvidenceThresholds withTrainingMaxAgeMonths(int months) {
        return new EvidenceThresholds(inventoryReviewMaxAgeDays, patchMaxAgeDays, endOfSupportWarningDays,
                securityIncidentMaxOpenDays, notificationDelay, notificationTrigger, backupMaxAgeDays,
                restoreTestMaxAgeDays, conventionExpiryWarningDays, months, riskAnalysisMaxAgeMonths,
                categorisationReviewMaxAgeMonths, auditMaxAgeYears);
    }

    /**
     * Returns a copy with other review periods for the risk analysis, the categorisation and the
     * audit.
     *
     * @param riskAnalysisMonths 1 or more
     * @param categorisationMonths 1 or more
     * @param auditYears 1 or more
     * @return the copy
     * @throws IllegalArgumentException if a value is less than 1
     */
    public EvidenceThresholds withReviewPeriods(int riskAnalysisMonths, int categorisationMonths, int auditYears) {
        return new EvidenceThresholds(inventoryReviewMaxAgeDays, patchMaxAgeDays, endOfSupportWarningDays,
                securityIncidentMaxOpenDays, notificationDelay, notificationTrigger, backupMaxAgeDays,
                restoreTestMaxAgeDays, conventionExpiryWarningDays, trainingMaxAgeMonths, riskAnalysisMonths,
                categorisationMonths, auditYears);
    }

    /**
     * Returns named thresholds as data, each with its basis: the source or library default when
     * the value is the default, {@value Threshold#HOST_SETTING} otherwise.
     *
     * @param names names of components of this record
     * @return the thresholds, in the order given
     * @throws IllegalArgumentException if a name is not a threshold
     */
    List<Threshold> describe(String... names) {
        List<Threshold> thresholds = new ArrayList<>();
        for (String name : names) {
            thresholds.add(switch (name) {
                case "inventoryReviewMaxAgeDays" -> threshold(name, inventoryReviewMaxAgeDays, DEFAULTS.inventoryReviewMaxAgeDays, null);
                case "patchMaxAgeDays" -> threshold(name, patchMaxAgeDays, DEFAULTS.patchMaxAgeDays, null);
                case "endOfSupportWarningDays" -> threshold(name, endOfSupportWarningDays, DEFAULTS.endOfSupportWarningDays, null);
                case "securityIncidentMaxOpenDays" ->
                        threshold(name, securityIncidentMaxOpenDays, DEFAULTS.securityIncidentMaxOpenDays, null);
                case "notificationDelay" -> new Threshold(name, notificationDelay.map(Duration::toString).orElse("none"),
                        notificationDelay.isEmpty() ? "no source fixes an hour count; only whether the notification was made is checked"
                                : Threshold.HOST_SETTING);
                case "notificationTrigger" -> threshold(name, notificationTrigger, DEFAULTS.notificationTrigger,
                        "CCN-STIC 817 (2020) §4.5, danger or impact ALTO or above");
                case "backupMaxAgeDays" -> threshold(name, backupMaxAgeDays, DEFAULTS.backupMaxAgeDays, null);
                case "restoreTestMaxAgeDays" -> threshold(name, restoreTestMaxAgeDays, DEFAULTS.restoreTestMaxAgeDays, null);
                case "conventionExpiryWarningDays" ->
                        threshold(name, conventionExpiryWarningDays, DEFAULTS.conventionExpiryWarningDays, null);
                case "trainingMaxAgeMonths" -> threshold(name, trainingMaxAgeMonths, DEFAULTS.trainingMaxAgeMonths, null);
                case "riskAnalysisMaxAgeMonths" -> threshold(name, riskAnalysisMaxAgeMonths, DEFAULTS.riskAnalysisMaxAgeMonths,
                        "RD 311/2022 Anexo III 1.1, risk analysis reviewed and approved yearly");
                case "categorisationReviewMaxAgeMonths" -> threshold(name, categorisationReviewMaxAgeMonths,
                        DEFAULTS.categorisationReviewMaxAgeMonths, "RD 311/2022 Anexo I.1, category re-assessed yearly");
                case "auditMaxAgeYears" -> threshold(name, auditMaxAgeYears, DEFAULTS.auditMaxAgeYears,
                        "RD 311/2022 art. 31.1 and 38.1, at least every two years");
                default -> throw new IllegalArgumentException("Unknown threshold '" + name + "', expected e.g. 'patchMaxAgeDays'");
            });
        }
        return List.copyOf(thresholds);
    }

    private static Threshold threshold(String name, Object value, Object byDefault, String source) {
        String basis = !value.equals(byDefault) ? Threshold.HOST_SETTING
                : source == null ? Threshold.LIBRARY_DEFAULT : source;
        return new Threshold(name, value.toString(), basis);
    }
}
