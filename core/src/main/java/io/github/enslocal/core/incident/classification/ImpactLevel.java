// SPDX-License-Identifier: Apache-2.0
package io.github.enslocal.core.incident.classification;

/**
 * The impact level of a cyber-incident on the organisation's functions, assets and the people
 * affected, from lowest to highest.
 *
 * <p>BAJO to CRÍTICO are the levels of CCN-STIC 817 (abril 2020) Tabla 4; IRRELEVANTE is the
 * lowest level the ITS de Notificación de Incidentes (BOE-A-2018-5370, III) lists and CCN-STIC 817
 * (2018) defines as I0. The criteria of each level are in the bundled taxonomy file.
 */
public enum ImpactLevel {
    /** IRRELEVANTE (0): no appreciable impact. */
    IRRELEVANTE("Irrelevante"),
    /** BAJO (1). */
    BAJO("Bajo"),
    /** MEDIO (2). */
    MEDIO("Medio"),
    /** ALTO (3). */
    ALTO("Alto"),
    /** MUY ALTO (4). */
    MUY_ALTO("Muy alto"),
    /** CRÍTICO (5). */
    CRITICO("Crítico");

    private final String officialName;

    ImpactLevel(String officialName) {
        this.officialName = officialName;
    }

    /**
     * Returns the name the CCN guides give this level, in Spanish.
     *
     * @return the name, e.g. {@code "Irrelevante"}
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
    public boolean isAtLeast(ImpactLevel other) {
        return compareTo(other) >= 0;
    }
}
