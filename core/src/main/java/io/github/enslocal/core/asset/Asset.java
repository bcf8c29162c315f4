// SPDX-License-Identifier: Apache-2.0
package io.github.enslocal.core.asset;

import io.github.enslocal.core.territory.IneCode;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.Objects;
import java.util.Optional;

/**
 * An asset that a municipality owns and someone manages: a device, a software product or a cloud
 * service, with the security facts that compliance rules read.
 *
 * <p>The constructor only normalises (null optionals become empty, null facts become
 * {@link SecurityFacts#unknown()}); the constraints are checked when a dataset is validated.
 * Methods that depend on the current day take it as an explicit {@code asOf} argument. This class
 * is immutable and thread-safe.
 *
 * @param id the asset's id, unique in its dataset
 * @param owner the municipality that owns the asset
 * @param type the kind of asset
 * @param name the name that identifies the asset, such as its host name or inventory label
 * @param serialNumber the manufacturer's serial number
 * @param location where the asset is, such as a building and room
 * @param responsible the person responsible for the asset, by name or position
 * @param managedBy who manages the asset day to day
 * @param acquisitionDate the day the asset was acquired
 * @param product the product, such as {@code "Windows 11 Pro"} or {@code "HP ProBook 450 G8"}
 * @param version the product version, such as {@code "23H2"}
 * @param endOfSupport the last day on which the vendor supports the product, in particular with
 *     security updates
 * @param securityFacts the security facts recorded about the asset
 */
public record Asset(
        @NotBlank @Size(max = 64) String id,
        @NotNull IneCode owner,
        @NotNull AssetType type,
        @NotBlank @Size(max = 200) String name,
        Optional<@Pattern(regexp = "(?s).*\\S.*", message = "must not be blank") @Size(max = 100) String> serialNumber,
        Optional<@Pattern(regexp = "(?s).*\\S.*", message = "must not be blank") @Size(max = 200) String> location,
        Optional<@Pattern(regexp = "(?s).*\\S.*", message = "must not be blank") @Size(max = 200) String> responsible,
        @NotNull Management managedBy,
        Optional<LocalDate> acquisitionDate,
        Optional<@Pattern(regexp = "(?s).*\\S.*", message = "must not be blank") @Size(max = 200) String> product,
        Optional<@Pattern(regexp = "(?s).*\\S.*", message = "must not be blank") @Size(max = 100) String> version,
        Optional<LocalDate> endOfSupport,
        SecurityFacts securityFacts) {

    /**
     * Creates an asset, turning null optionals into empty ones and null facts into unknown facts.
     *
     * @param id the asset's id
     * @param owner the owner municipality
     * @param type the kind of asset
     * @param name the identifying name
     * @param serialNumber the serial number
     * @param location the location
     * @param responsible the responsible person
     * @param managedBy who manages the asset
     * @param acquisitionDate the acquisition day
     * @param product the product
     * @param version the product version
     * @param endOfSupport the last day of vendor support
     * @param securityFacts the security facts, or null if nothing is recorded
     */
    public Asset {
        serialNumber = Objects.requireNonNullElse(serialNumber, Optional.empty());
        location = Objects.requireNonNullElse(location, Optional.empty());
        responsible = Objects.requireNonNullElse(responsible, Optional.empty());
        acquisitionDate = Objects.requireNonNullElse(acquisitionDate, Optional.empty());
        product = Objects.requireNonNullElse(product, Optional.empty());
        version = Objects.requireNonNullElse(version, Optional.empty());
        endOfSupport = Objects.requireNonNullElse(endOfSupport, Optional.empty());
        securityFacts = Objects.requireNonNullElse(securityFacts, SecurityFacts.unknown());
    }

    /**
     * Returns whether the vendor's support had ended by a date, that is whether the date is after
     * the last day of support.
     *
     * <p>An asset whose end of support is not recorded is not reported as out of support; rules
     * that need to tell "unknown" apart read {@link #endOfSupport()}.
     *
     * @param asOf the date of the evaluation, not null
     * @return true if the end of support is recorded and {@code asOf} is after it
     * @throws NullPointerException if {@code asOf} is null
     */
    public boolean isSupportEnded(LocalDate asOf) {
        Objects.requireNonNull(asOf, "asOf");
        return endOfSupport.filter(asOf::isAfter).isPresent();
    }

    /**
     * Returns the number of days from a date to the last day of vendor support.
     *
     * @param asOf the date to count from, not null
     * @return the number of days, zero on the last day of support and negative once support has
     *     ended; empty if the end of support is not recorded
     * @throws NullPointerException if {@code asOf} is null
     */
    public Optional<Long> daysUntilEndOfSupport(LocalDate asOf) {
        Objects.requireNonNull(asOf, "asOf");
        return endOfSupport.map(last -> ChronoUnit.DAYS.between(asOf, last));
    }

    /**
     * Returns the number of days from the last patch to a date; see
     * {@link SecurityFacts#daysSinceLastPatch(LocalDate)}.
     *
     * @param asOf the date to count to, not null
     * @return the number of days, or empty if no patch is recorded
     * @throws NullPointerException if {@code asOf} is null
     */
    public Optional<Long> daysSinceLastPatch(LocalDate asOf) {
        return securityFacts.daysSinceLastPatch(asOf);
    }

    /**
     * Returns whether the asset is portable and its disk is known not to be encrypted, the case
     * mp.eq.3 addresses. An asset whose encryption is unknown is not reported here.
     *
     * @return true if the type is portable and disk encryption is {@link Fact#NO}
     */
    public boolean isUnencryptedPortable() {
        return type.isPortable() && securityFacts.diskEncryption() == Fact.NO;
    }
}
