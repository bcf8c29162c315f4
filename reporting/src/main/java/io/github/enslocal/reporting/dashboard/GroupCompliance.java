// SPDX-License-Identifier: Apache-2.0
package io.github.enslocal.reporting.dashboard;

import io.github.enslocal.ens.evaluation.Ratio;
import java.util.Objects;

/**
 * The compliance of the measures of one group of Anexo II (e.g. {@code op.acc}, Control de acceso)
 * in a set of systems: the required measures of the group that are met over those required, read
 * like the CCN-STIC 815 compliance index ({@link io.github.enslocal.ens.evaluation.ComplianceSummary}).
 *
 * <p>A measure result counts as follows: {@code COMPLIANT} and {@code COMPENSATED} are met;
 * {@code PARTIALLY_COMPLIANT}, {@code NON_COMPLIANT} and {@code NOT_ASSESSED} are required but not
 * met; {@code EXCLUDED} and {@code NOT_APPLICABLE} are left out of both terms. This class is
 * immutable and thread-safe.
 *
 * @param group the group's id, e.g. {@code "op.acc"}
 * @param name the group's official name, in Spanish, e.g. {@code "Control de acceso"}
 * @param compliance the met over the required measures of the group; 0/0 when none is required
 */
public record GroupCompliance(String group, String name, Ratio compliance) {

    /**
     * Creates a group's compliance.
     *
     * @param group the group's id
     * @param name the group's name
     * @param compliance the ratio
     * @throws NullPointerException if an argument is null
     */
    public GroupCompliance {
        Objects.requireNonNull(group, "group");
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(compliance, "compliance");
    }

    /**
     * Returns the sum of this group's compliance and another's, term by term.
     *
     * @param other the compliance of the same group elsewhere
     * @return the sum
     * @throws IllegalArgumentException if {@code other} is of another group
     */
    GroupCompliance plus(GroupCompliance other) {
        if (!group.equals(other.group)) {
            throw new IllegalArgumentException("Cannot add group '" + other.group + "' to group '" + group + "'");
        }
        return new GroupCompliance(group, name, compliance.plus(other.compliance));
    }
}
