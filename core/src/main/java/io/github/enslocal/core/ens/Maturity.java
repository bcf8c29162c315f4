// SPDX-License-Identifier: Apache-2.0
package io.github.enslocal.core.ens;

/**
 * The maturity of the process behind a measure, on the CMM scale the CCN uses
 * (CCN-STIC 808, 2025, §6; CCN-STIC 815, 2014, §6.3), from lowest to highest.
 */
public enum Maturity {
    /** L0 – Inexistente. */
    L0("Inexistente"),
    /** L1 – Inicial / Ad hoc. */
    L1("Inicial / Ad hoc"),
    /** L2 – Reproducible, pero intuitivo. */
    L2("Reproducible, pero intuitivo"),
    /** L3 – Proceso definido. */
    L3("Proceso definido"),
    /** L4 – Gestionado y medible. */
    L4("Gestionado y medible"),
    /** L5 – Optimizado. */
    L5("Optimizado");

    private final String officialName;

    Maturity(String officialName) {
        this.officialName = officialName;
    }

    /**
     * Returns the name the CCN guides give this level, in Spanish.
     *
     * @return the name, e.g. {@code "Proceso definido"}
     */
    public String officialName() {
        return officialName;
    }

    /**
     * Returns the numeric value of this level, 0 to 5.
     *
     * @return the value
     */
    public int value() {
        return ordinal();
    }

    /**
     * Returns whether this level is at least as high as another.
     *
     * @param other the level to compare with, not null
     * @return true if this level is {@code other} or higher
     */
    public boolean isAtLeast(Maturity other) {
        return compareTo(other) >= 0;
    }
}
