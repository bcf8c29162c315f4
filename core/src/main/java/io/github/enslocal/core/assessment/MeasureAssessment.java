// SPDX-License-Identifier: Apache-2.0
package io.github.enslocal.core.assessment;

import io.github.enslocal.core.ens.Maturity;
import io.github.enslocal.core.ens.MeasureId;
import io.github.enslocal.core.ens.ReinforcementId;
import jakarta.validation.Valid;
import jakarta.validation.constraints.AssertFalse;
import jakarta.validation.constraints.AssertTrue;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.util.Collections;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;

/**
 * What the people responsible for a system declare about one Anexo II measure: the maturity of
 * its implementation, the reinforcements implemented, an exclusion or a compensating measure, and
 * the evidence.
 *
 * <p>This is a declaration, not a verdict: whether the measure applies and complies is decided by
 * the evaluation in {@code ens-rules}. The constructor only normalises (null collections and
 * optionals become empty; reinforcements are kept sorted); the constraints, including the
 * consistency checks {@link #hasOnlyOwnReinforcements()} and
 * {@link #hasBothExclusionAndCompensation()}, are checked when a dataset is validated. This class
 * is immutable and thread-safe.
 *
 * @param systemId the id of the information system assessed
 * @param measure the measure assessed
 * @param maturity the declared maturity of the measure's implementation
 * @param reinforcements the reinforcements of the measure that are implemented, in sorted order
 * @param exclusion the justified exclusion of the measure, if it is excluded
 * @param compensation the compensating measure that replaces this one, if any
 * @param evidence references to the evidence, such as document names or URLs
 * @param assessedOn the day of the assessment
 * @param assessedBy who made the assessment
 */
public record MeasureAssessment(
        @NotBlank @Size(max = 64) String systemId,
        @NotNull MeasureId measure,
        @NotNull Maturity maturity,
        Set<ReinforcementId> reinforcements,
        Optional<@Valid Exclusion> exclusion,
        Optional<@Valid Compensation> compensation,
        List<@NotBlank @Size(max = 500) String> evidence,
        @NotNull LocalDate assessedOn,
        @NotBlank @Size(max = 200) String assessedBy) {

    /**
     * Creates an assessment, normalising null values and copying the collections.
     *
     * @param systemId the id of the system
     * @param measure the measure
     * @param maturity the declared maturity
     * @param reinforcements the implemented reinforcements; null means none
     * @param exclusion the exclusion
     * @param compensation the compensating measure
     * @param evidence the evidence references; null means none
     * @param assessedOn the day of the assessment
     * @param assessedBy who assessed
     * @throws NullPointerException if a collection holds a null element
     */
    public MeasureAssessment {
        reinforcements = reinforcements == null
                ? Set.of()
                : Collections.unmodifiableSet(new TreeSet<>(reinforcements));
        exclusion = Objects.requireNonNullElse(exclusion, Optional.empty());
        compensation = Objects.requireNonNullElse(compensation, Optional.empty());
        evidence = evidence == null ? List.of() : List.copyOf(evidence);
    }

    /**
     * Returns the implemented reinforcements that belong to a measure other than the one
     * assessed, such as {@code op.acc.5.r1} in an assessment of {@code op.acc.6}.
     *
     * @return the foreign reinforcements, in sorted order; empty if there are none or the measure
     *     is missing
     */
    public Set<ReinforcementId> foreignReinforcements() {
        return reinforcements.stream()
                .filter(reinforcement -> measure != null && !reinforcement.measure().equals(measure))
                .collect(Collectors.collectingAndThen(
                        Collectors.toCollection(TreeSet::new), Collections::unmodifiableSet));
    }

    /**
     * Returns whether every implemented reinforcement belongs to the assessed measure, a
     * condition for a valid assessment.
     *
     * @return true if {@link #foreignReinforcements()} is empty
     */
    @AssertTrue(message = "every reinforcement must belong to the assessed measure")
    public boolean hasOnlyOwnReinforcements() {
        // As foreignReinforcements().isEmpty(), without building the set: validation asks every assessment.
        return measure == null || reinforcements.stream().allMatch(reinforcement -> reinforcement.measure().equals(measure));
    }

    /**
     * Returns whether the measure is both excluded and replaced by a compensating measure, which
     * is contradictory: an excluded measure needs no replacement, and a replaced one is not
     * excluded but fulfilled another way.
     *
     * @return true if both {@link #exclusion()} and {@link #compensation()} are present
     */
    @AssertFalse(message = "a measure cannot be both excluded and compensated")
    public boolean hasBothExclusionAndCompensation() {
        return exclusion.isPresent() && compensation.isPresent();
    }
}
