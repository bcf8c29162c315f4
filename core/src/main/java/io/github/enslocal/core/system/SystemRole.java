// SPDX-License-Identifier: Apache-2.0
package io.github.enslocal.core.system;

/**
 * The four roles that the security policy must assign for an information system (RD 311/2022
 * article 13.2).
 */
public enum SystemRole {
    /** Responsable de la información: determines the requirements of the information handled. */
    INFORMATION_OWNER("Responsable de la información"),
    /** Responsable del servicio: determines the requirements of the services provided. */
    SERVICE_OWNER("Responsable del servicio"),
    /**
     * Responsable de la seguridad: decides how to meet the security requirements, supervises the
     * measures and reports on them.
     */
    SECURITY_OFFICER("Responsable de la seguridad"),
    /**
     * Responsable del sistema: implements security in the system and supervises its daily
     * operation.
     */
    SYSTEM_OFFICER("Responsable del sistema");

    private final String officialName;

    SystemRole(String officialName) {
        this.officialName = officialName;
    }

    /**
     * Returns the name of the role in RD 311/2022, in Spanish.
     *
     * @return the name, e.g. {@code "Responsable de la seguridad"}
     */
    public String officialName() {
        return officialName;
    }
}
