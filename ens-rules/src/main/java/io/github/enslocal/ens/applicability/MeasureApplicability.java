// SPDX-License-Identifier: Apache-2.0
package io.github.enslocal.ens.applicability;

import io.github.enslocal.core.ens.ReinforcementId;
import io.github.enslocal.ens.catalog.Column;
import io.github.enslocal.ens.catalog.Measure;
import io.github.enslocal.ens.catalog.OneOf;
import io.github.enslocal.ens.catalog.Requirement;
import io.github.enslocal.ens.profile.ProfileAdjustment;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * Whether one measure applies to a system, and with which reinforcements, with the reason.
 *
 * <p>This class is immutable and thread-safe.
 *
 * @param measure the measure
 * @param requirement what is required: whether the base measure applies, the required
 *     reinforcements and the choices, after any profile adjustments
 * @param reason why the Anexo II table gives the cell it gives
 * @param adjustments the profile adjustments that changed the table's cell, in the order applied
 */
public record MeasureApplicability(
        Measure measure,
        Requirement requirement,
        ApplicabilityReason reason,
        List<ProfileAdjustment> adjustments) {

    /**
     * Creates a result.
     *
     * @param measure the measure
     * @param requirement the requirement
     * @param reason the reason
     * @param adjustments the adjustments applied; null means none
     * @throws NullPointerException if a required argument or an adjustment is null
     */
    public MeasureApplicability {
        Objects.requireNonNull(measure, "measure");
        Objects.requireNonNull(requirement, "requirement");
        Objects.requireNonNull(reason, "reason");
        adjustments = adjustments == null ? List.of() : List.copyOf(adjustments);
    }

    /**
     * Returns whether the base measure is required.
     *
     * @return true if the measure applies
     */
    public boolean applies() {
        return requirement.applies();
    }

    /**
     * Returns the column of the Anexo II table that was used.
     *
     * @return the column, or empty when none of a dimension-based measure's dimensions is assigned
     */
    public Optional<Column> column() {
        return reason.column();
    }

    /**
     * Returns the reinforcements required.
     *
     * @return the reinforcements, sorted; empty if the measure does not apply
     */
    public List<ReinforcementId> requiredReinforcements() {
        return requirement.reinforcements();
    }

    /**
     * Returns the choices, each requiring one of its reinforcements.
     *
     * @return the choices; empty if the measure does not apply
     */
    public List<OneOf> oneOf() {
        return requirement.oneOf();
    }

    /**
     * Returns the decision as a sentence reports print.
     *
     * @return e.g. {@code "op.acc.6 + R8 + R9 + one of [R1, R2, R3, R4] because A=BAJO (highest of C,
     *     I, T, A)"}, {@code "org.1 applies because the category is BÁSICA"}, {@code "op.cont.2 not
     *     applicable: D is BAJO, the measure applies only from ALTO"} or {@code "op.exp.8 not
     *     applicable: T is not assigned"}, followed by {@code "; profile …"} clauses for the
     *     adjustments
     */
    public String describe() {
        String id = measure.id().toString();
        String table;
        boolean tableApplies = reason.column().map(column -> measure.requirement(column).applies()).orElse(false);
        if (tableApplies) {
            Requirement cell = measure.requirement(reason.column().orElseThrow());
            String required = cell.toString();
            table = id + (required.isEmpty() ? " applies" : " " + required) + " because " + reason.whyApplies();
        } else {
            table = id + " not applicable: " + reason.whyNot();
        }
        if (adjustments.isEmpty()) {
            return table;
        }
        String required = requirement.toString();
        return table + adjustments.stream().map(adjustment -> "; the profile " + adjustment)
                .collect(Collectors.joining()) + "; so " + id
                + (requirement.applies() ? (required.isEmpty() ? " applies" : " " + required) : " does not apply");
    }

    /**
     * Returns the decision as a sentence.
     *
     * @return {@link #describe()}
     */
    @Override
    public String toString() {
        return describe();
    }
}
