// SPDX-License-Identifier: Apache-2.0
package io.github.enslocal.ens.applicability;

import io.github.enslocal.core.ens.ReinforcementId;
import io.github.enslocal.ens.catalog.Column;
import io.github.enslocal.ens.catalog.Measure;
import io.github.enslocal.ens.catalog.OneOf;
import io.github.enslocal.ens.catalog.Requirement;
import io.github.enslocal.ens.internal.text.Texts;
import io.github.enslocal.ens.profile.ProfileAdjustment;
import java.util.List;
import java.util.Locale;
import java.util.Map;
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
        return describe(Locale.ENGLISH);
    }

    /**
     * Returns the decision as a sentence reports print, in a language.
     *
     * @param locale the language, not null: Catalan, Spanish, or English for any other
     * @return the sentence {@link #describe()} gives in English
     */
    public String describe(Locale locale) {
        Texts text = Texts.of(locale);
        String id = measure.id().toString();
        String table;
        boolean tableApplies = reason.column().map(column -> measure.requirement(column).applies()).orElse(false);
        if (tableApplies) {
            String required = measure.requirement(reason.column().orElseThrow()).describe(locale);
            table = text.get(required.isEmpty() ? "applicability.applies" : "applicability.requires",
                    Map.of("measure", id, "requirement", required, "why", reason.whyApplies(text)));
        } else {
            table = text.get("applicability.notApplicable", Map.of("measure", id, "why", reason.whyNot(text)));
        }
        if (adjustments.isEmpty()) {
            return table;
        }
        String required = requirement.describe(locale);
        return table + adjustments.stream()
                .map(adjustment -> text.get("applicability.profile", Map.of("adjustment", adjustment.describe(locale))))
                .collect(Collectors.joining())
                + text.get(!requirement.applies() ? "applicability.so.notApplies"
                        : required.isEmpty() ? "applicability.so.applies" : "applicability.so.requires",
                        Map.of("measure", id, "requirement", required));
    }

    /**
     * Returns the decision as a sentence in English.
     *
     * @return {@link #describe()}
     */
    @Override
    public String toString() {
        return describe();
    }
}
