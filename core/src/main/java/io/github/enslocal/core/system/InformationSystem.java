// SPDX-License-Identifier: Apache-2.0
package io.github.enslocal.core.system;

import io.github.enslocal.core.ens.Category;
import io.github.enslocal.core.ens.Dimension;
import io.github.enslocal.core.ens.DimensionLevels;
import io.github.enslocal.core.ens.SecurityLevel;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.util.Collections;
import java.util.EnumMap;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

/**
 * An information system in the sense of the ENS: the information it handles and the services it
 * provides, with their valuations, the assets it runs on, the four roles and the dates of its
 * security governance.
 *
 * <p>The constructor only normalises (null lists and sets become empty, null optionals become
 * empty, null roles become {@link SystemRoles#none()}; asset ids are kept sorted); the constraints
 * are checked when a dataset is validated. This class is immutable and thread-safe.
 *
 * @param id the system's id, unique in its dataset
 * @param name the system's name, e.g. {@code "Gestió d'expedients"}
 * @param description what the system is for
 * @param owner the municipality or supporting body that owns the system
 * @param information the valuations of the information types the system handles
 * @param services the valuations of the services the system provides
 * @param assetIds the ids of the assets the system runs on, in sorted order
 * @param roles the people who hold the four roles of RD 311/2022 article 13
 * @param policyApprovalDate the day the security policy that covers the system was approved
 * @param riskAnalysisDate the day the system's risk analysis was last approved
 * @param categorisationReviewDate the day the valuations and category were last reviewed
 * @param declaredCategory the category the security officer declared, which may differ from the
 *     one the valuations give
 * @param lastAudit the most recent conformity audit or self-assessment
 */
public record InformationSystem(
        @NotBlank @Size(max = 64) String id,
        @NotBlank @Size(max = 200) String name,
        Optional<@Pattern(regexp = "(?s).*\\S.*", message = "must not be blank") @Size(max = 2000) String> description,
        @NotNull @Valid SystemOwner owner,
        List<@Valid InformationValuation> information,
        List<@Valid ServiceValuation> services,
        Set<@NotBlank @Size(max = 64) String> assetIds,
        @Valid SystemRoles roles,
        Optional<LocalDate> policyApprovalDate,
        Optional<LocalDate> riskAnalysisDate,
        Optional<LocalDate> categorisationReviewDate,
        Optional<Category> declaredCategory,
        Optional<@Valid Audit> lastAudit) {

    /**
     * Creates a system, normalising null values and copying the collections.
     *
     * @param id the system's id
     * @param name the system's name
     * @param description what the system is for
     * @param owner the owner
     * @param information the valuations of the information types; null means none
     * @param services the valuations of the services; null means none
     * @param assetIds the ids of the assets; null means none
     * @param roles the role holders; null means none
     * @param policyApprovalDate the day the security policy was approved
     * @param riskAnalysisDate the day of the last risk analysis
     * @param categorisationReviewDate the day of the last categorisation review
     * @param declaredCategory the declared category
     * @param lastAudit the last audit
     * @throws NullPointerException if a list or set holds a null element
     */
    public InformationSystem {
        description = Objects.requireNonNullElse(description, Optional.empty());
        information = information == null ? List.of() : List.copyOf(information);
        services = services == null ? List.of() : List.copyOf(services);
        assetIds = assetIds == null ? Set.of() : Collections.unmodifiableSet(new TreeSet<>(assetIds));
        roles = Objects.requireNonNullElse(roles, SystemRoles.none());
        policyApprovalDate = Objects.requireNonNullElse(policyApprovalDate, Optional.empty());
        riskAnalysisDate = Objects.requireNonNullElse(riskAnalysisDate, Optional.empty());
        categorisationReviewDate = Objects.requireNonNullElse(categorisationReviewDate, Optional.empty());
        declaredCategory = Objects.requireNonNullElse(declaredCategory, Optional.empty());
        lastAudit = Objects.requireNonNullElse(lastAudit, Optional.empty());
    }

    /**
     * Returns the per-dimension maximum of the levels of all the system's information types and
     * services, by the rule of RD 311/2022 Anexo I point 3: the level of a system in a dimension is
     * the highest level any of its information or services has in that dimension. A dimension no
     * valuation assigns stays unassigned.
     *
     * <p>Turning these levels into a category, and treating a system with no level at all as an
     * error, is the concern of the categorisation in {@code ens-rules}.
     *
     * @return the aggregated levels; {@link DimensionLevels#none()} if there is no valuation or
     *     none assigns a level
     */
    public DimensionLevels aggregatedLevels() {
        // A loop rather than a stream of maxima: evaluation asks every system for its levels.
        EnumMap<Dimension, SecurityLevel> highest = new EnumMap<>(Dimension.class);
        for (List<? extends Valuation> valuations : List.of(information, services)) {
            for (Valuation valuation : valuations) {
                valuation.levels().levels().forEach((dimension, level) -> highest.merge(dimension, level,
                        (a, b) -> a.compareTo(b) >= 0 ? a : b));
            }
        }
        return new DimensionLevels(highest);
    }
}
