// SPDX-License-Identifier: Apache-2.0
package io.github.enslocal.core.asset;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.Objects;
import java.util.Optional;

/**
 * The security facts recorded about an asset, which compliance rules read as evidence: disk
 * encryption (mp.eq.3), anti-malware (op.exp.6), activity logging (op.exp.8), multi-factor
 * authentication (op.acc.6) and whether the asset is reached from outside the organisation's
 * controlled zones (op.acc.6 R8), patching (op.exp.4), backups and restore tests (mp.info.6) and the
 * inventory review (op.exp.1).
 *
 * <p>Every fact may be unknown: a yes-or-no property is {@link Fact#UNKNOWN} and a date is empty
 * when nothing is recorded. The {@code daysSince…} methods count calendar days from the recorded
 * date to an explicit {@code asOf} date; the count is negative when the recorded date is after
 * {@code asOf}. This class is immutable and thread-safe.
 *
 * @param diskEncryption whether the asset's disks are encrypted; null means unknown
 * @param antiMalware whether anti-malware protection is installed and active; null means unknown
 * @param logging whether the asset records activity logs; null means unknown
 * @param mfa whether access to the asset requires multi-factor authentication; null means unknown
 * @param externalAccess whether the asset is reached from or through zones not under the
 *     organisation's control, such as the Internet: remote access, teleworking, a service published
 *     on the Internet (RD 311/2022 Anexo II op.acc.6 R8, which defines a controlled zone as one that
 *     is not open to the public and where users authenticate before reaching the equipment); null
 *     means unknown
 * @param lastPatch the day security updates were last applied
 * @param lastBackup the day of the last successful backup
 * @param lastRestoreTest the day a restore from backup was last tested
 * @param lastInventoryReview the day the asset's inventory record was last checked
 */
public record SecurityFacts(
        Fact diskEncryption,
        Fact antiMalware,
        Fact logging,
        Fact mfa,
        Fact externalAccess,
        Optional<LocalDate> lastPatch,
        Optional<LocalDate> lastBackup,
        Optional<LocalDate> lastRestoreTest,
        Optional<LocalDate> lastInventoryReview) {

    private static final SecurityFacts UNKNOWN = new SecurityFacts(null, null, null, null, null,
            Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty());

    /**
     * Creates the facts, turning null facts into {@link Fact#UNKNOWN} and null dates into empty.
     *
     * @param diskEncryption whether the disks are encrypted, or null if unknown
     * @param antiMalware whether anti-malware is active, or null if unknown
     * @param logging whether activity is logged, or null if unknown
     * @param mfa whether access requires multi-factor authentication, or null if unknown
     * @param externalAccess whether the asset is reached from outside controlled zones, or null if
     *     unknown
     * @param lastPatch the day of the last patch
     * @param lastBackup the day of the last backup
     * @param lastRestoreTest the day of the last restore test
     * @param lastInventoryReview the day of the last inventory review
     */
    public SecurityFacts {
        diskEncryption = orUnknown(diskEncryption);
        antiMalware = orUnknown(antiMalware);
        logging = orUnknown(logging);
        mfa = orUnknown(mfa);
        externalAccess = orUnknown(externalAccess);
        lastPatch = Objects.requireNonNullElse(lastPatch, Optional.empty());
        lastBackup = Objects.requireNonNullElse(lastBackup, Optional.empty());
        lastRestoreTest = Objects.requireNonNullElse(lastRestoreTest, Optional.empty());
        lastInventoryReview = Objects.requireNonNullElse(lastInventoryReview, Optional.empty());
    }

    /**
     * Creates the facts without the external access fact, which stays unknown.
     *
     * @param diskEncryption whether the disks are encrypted, or null if unknown
     * @param antiMalware whether anti-malware is active, or null if unknown
     * @param logging whether activity is logged, or null if unknown
     * @param mfa whether access requires multi-factor authentication, or null if unknown
     * @param lastPatch the day of the last patch
     * @param lastBackup the day of the last backup
     * @param lastRestoreTest the day of the last restore test
     * @param lastInventoryReview the day of the last inventory review
     */
    public SecurityFacts(Fact diskEncryption, Fact antiMalware, Fact logging, Fact mfa, Optional<LocalDate> lastPatch,
            Optional<LocalDate> lastBackup, Optional<LocalDate> lastRestoreTest, Optional<LocalDate> lastInventoryReview) {
        this(diskEncryption, antiMalware, logging, mfa, null, lastPatch, lastBackup, lastRestoreTest,
                lastInventoryReview);
    }

    private static Fact orUnknown(Fact fact) {
        return fact == null ? Fact.UNKNOWN : fact;
    }

    /**
     * Returns the facts of an asset about which nothing is recorded.
     *
     * @return facts that are all unknown
     */
    public static SecurityFacts unknown() {
        return UNKNOWN;
    }

    /**
     * Returns the number of days from the last patch to a date.
     *
     * @param asOf the date to count to, not null
     * @return the number of days, or empty if no patch is recorded
     * @throws NullPointerException if {@code asOf} is null
     */
    public Optional<Long> daysSinceLastPatch(LocalDate asOf) {
        return daysSince(lastPatch, asOf);
    }

    /**
     * Returns the number of days from the last backup to a date.
     *
     * @param asOf the date to count to, not null
     * @return the number of days, or empty if no backup is recorded
     * @throws NullPointerException if {@code asOf} is null
     */
    public Optional<Long> daysSinceLastBackup(LocalDate asOf) {
        return daysSince(lastBackup, asOf);
    }

    /**
     * Returns the number of days from the last restore test to a date.
     *
     * @param asOf the date to count to, not null
     * @return the number of days, or empty if no restore test is recorded
     * @throws NullPointerException if {@code asOf} is null
     */
    public Optional<Long> daysSinceLastRestoreTest(LocalDate asOf) {
        return daysSince(lastRestoreTest, asOf);
    }

    /**
     * Returns the number of days from the last inventory review to a date.
     *
     * @param asOf the date to count to, not null
     * @return the number of days, or empty if no review is recorded
     * @throws NullPointerException if {@code asOf} is null
     */
    public Optional<Long> daysSinceLastInventoryReview(LocalDate asOf) {
        return daysSince(lastInventoryReview, asOf);
    }

    private static Optional<Long> daysSince(Optional<LocalDate> date, LocalDate asOf) {
        Objects.requireNonNull(asOf, "asOf");
        return date.map(day -> ChronoUnit.DAYS.between(day, asOf));
    }
}
