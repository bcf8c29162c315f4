// SPDX-License-Identifier: Apache-2.0
package io.github.enslocal.core.incident.classification;

/**
 * The danger level ("nivel de peligrosidad") of a cyber-incident, from lowest to highest, as
 * CCN-STIC 817 (abril 2020) Tabla 2 orders it.
 *
 * <p>Danger rates the threat itself, before its consequences are known; {@link ImpactLevel} rates
 * the consequences. Each {@link IncidentType} carries a default danger level.
 */
public enum DangerLevel {
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

    DangerLevel(String officialName) {
        this.officialName = officialName;
    }

    /**
     * Returns the name the CCN guides give this level, in Spanish.
     *
     * @return the name, e.g. {@code "Muy alto"}
     */
    public String officialName() {
        return officialName;
    }

    /**
     * Returns the numeric value of this level, 1 to 5.
     *
     * @return the value
     */
    public int value() {
        return ordinal() + 1;
    }

    /**
     * Returns whether this level is at least as high as another.
     *
     * @param other the level to compare with, not null
     * @return true if this level is {@code other} or higher
     */
    public boolean isAtLeast(DangerLevel other) {
        return compareTo(other) >= 0;
    }

    /**
     * Returns the higher of this level and another.
     *
     * @param other the level to compare with, not null
     * @return this level if it is at least as high as {@code other}, otherwise {@code other}
     */
    public DangerLevel max(DangerLevel other) {
        return isAtLeast(other) ? this : other;
    }
}
