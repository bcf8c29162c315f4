// SPDX-License-Identifier: Apache-2.0
package io.github.enslocal.ens.spi;

/**
 * How serious a finding is, graded as CCN-STIC 802 (2025, §7) grades audit findings, from most to
 * least serious.
 */
public enum FindingGrade {
    /** No Conformidad Mayor: a requirement is not met in a way that undermines the measure. */
    MAJOR("No Conformidad Mayor"),
    /** No Conformidad menor: a requirement is met only in part, or a single lapse. */
    MINOR("No Conformidad menor"),
    /** Observación: not a non-conformity, but worth attention, e.g. a fact that is not recorded. */
    OBSERVATION("Observación");

    private final String officialName;

    FindingGrade(String officialName) {
        this.officialName = officialName;
    }

    /**
     * Returns the name CCN-STIC 802 gives this grade, in Spanish.
     *
     * @return the name, e.g. {@code "No Conformidad menor"}
     */
    public String officialName() {
        return officialName;
    }

    /**
     * Returns whether a finding of this grade is a non-conformity, which stops a measure from
     * being compliant.
     *
     * @return true for {@link #MAJOR} and {@link #MINOR}
     */
    public boolean isNonConformity() {
        return this != OBSERVATION;
    }
}
