// SPDX-License-Identifier: Apache-2.0
package io.github.enslocal.core.ens;

/**
 * The level of a security dimension (RD 311/2022 Anexo I point 3), from lowest to highest.
 *
 * <p>A dimension that is not affected is assigned no level at all; that state is modelled by the
 * absence of a level (see {@link DimensionLevels}), never by {@link #BAJO}, because BAJO brings
 * measures with it and "not assigned" does not.
 */
public enum SecurityLevel {
    /** BAJO: an incident would cause limited harm ("perjuicio limitado"). */
    BAJO(Category.BASICA),
    /** MEDIO: an incident would cause serious harm ("perjuicio grave"). */
    MEDIO(Category.MEDIA),
    /** ALTO: an incident would cause very serious harm ("perjuicio muy grave"). */
    ALTO(Category.ALTA);

    private final Category category;

    SecurityLevel(Category category) {
        this.category = category;
    }

    /**
     * Returns the system category that this level, as the highest level of a system, gives
     * (Anexo I point 4.1: BAJO→BÁSICA, MEDIO→MEDIA, ALTO→ALTA).
     *
     * @return the category
     */
    public Category category() {
        return category;
    }

    /**
     * Returns whether this level is at least as high as another.
     *
     * @param other the level to compare with, not null
     * @return true if this level is {@code other} or higher
     */
    public boolean isAtLeast(SecurityLevel other) {
        return compareTo(other) >= 0;
    }
}
