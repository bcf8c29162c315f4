// SPDX-License-Identifier: Apache-2.0
package io.github.enslocal.core.ens;

/**
 * The security category of an information system (RD 311/2022 Anexo I point 4.1, article 40),
 * from lowest to highest.
 */
public enum Category {
    /** BÁSICA: the highest level of any dimension is BAJO. */
    BASICA("BÁSICA", Maturity.L2),
    /** MEDIA: the highest level of any dimension is MEDIO. */
    MEDIA("MEDIA", Maturity.L3),
    /** ALTA: at least one dimension is ALTO. */
    ALTA("ALTA", Maturity.L4);

    private final String officialName;
    private final Maturity minimumMaturity;

    Category(String officialName, Maturity minimumMaturity) {
        this.officialName = officialName;
        this.minimumMaturity = minimumMaturity;
    }

    /**
     * Returns the official Spanish name, with its accent.
     *
     * @return {@code "BÁSICA"}, {@code "MEDIA"} or {@code "ALTA"}
     */
    public String officialName() {
        return officialName;
    }

    /**
     * Returns the minimum maturity every applicable measure must reach in a system of this
     * category (CCN-STIC 808, 2025, §6: BÁSICA L2, MEDIA L3, ALTA L4).
     *
     * @return the minimum maturity
     */
    public Maturity minimumMaturity() {
        return minimumMaturity;
    }

    /**
     * Returns the level whose column of the Anexo II table corresponds to this category
     * (BÁSICA→BAJO, MEDIA→MEDIO, ALTA→ALTO).
     *
     * @return the corresponding level
     */
    public SecurityLevel level() {
        return SecurityLevel.values()[ordinal()];
    }
}
