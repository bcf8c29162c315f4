// SPDX-License-Identifier: Apache-2.0
package io.github.enslocal.core.system;

import jakarta.validation.Valid;
import java.util.Collections;
import java.util.EnumSet;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * The people who hold the four roles of an information system (RD 311/2022 article 13.2); a role
 * nobody has been designated for is empty.
 *
 * <p>This class is immutable and thread-safe.
 *
 * @param informationOwner the responsable de la información
 * @param serviceOwner the responsable del servicio
 * @param securityOfficer the responsable de la seguridad
 * @param systemOfficer the responsable del sistema
 */
public record SystemRoles(
        Optional<@Valid Person> informationOwner,
        Optional<@Valid Person> serviceOwner,
        Optional<@Valid Person> securityOfficer,
        Optional<@Valid Person> systemOfficer) {

    private static final SystemRoles NONE =
            new SystemRoles(Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty());

    /**
     * Creates the roles, turning null optionals into empty ones.
     *
     * @param informationOwner the responsable de la información
     * @param serviceOwner the responsable del servicio
     * @param securityOfficer the responsable de la seguridad
     * @param systemOfficer the responsable del sistema
     */
    public SystemRoles {
        informationOwner = Objects.requireNonNullElse(informationOwner, Optional.empty());
        serviceOwner = Objects.requireNonNullElse(serviceOwner, Optional.empty());
        securityOfficer = Objects.requireNonNullElse(securityOfficer, Optional.empty());
        systemOfficer = Objects.requireNonNullElse(systemOfficer, Optional.empty());
    }

    /**
     * Returns the roles of a system for which nobody has been designated.
     *
     * @return roles that are all empty
     */
    public static SystemRoles none() {
        return NONE;
    }

    /**
     * Returns the person who holds a role.
     *
     * @param role the role, not null
     * @return the person, or empty if nobody holds the role
     * @throws NullPointerException if {@code role} is null
     */
    public Optional<Person> holder(SystemRole role) {
        return switch (Objects.requireNonNull(role, "role")) {
            case INFORMATION_OWNER -> informationOwner;
            case SERVICE_OWNER -> serviceOwner;
            case SECURITY_OFFICER -> securityOfficer;
            case SYSTEM_OFFICER -> systemOfficer;
        };
    }

    /**
     * Returns the roles nobody holds.
     *
     * @return the unassigned roles, in the order of {@link SystemRole}; empty if all are held
     */
    public Set<SystemRole> unassigned() {
        EnumSet<SystemRole> unassigned = EnumSet.noneOf(SystemRole.class);
        for (SystemRole role : SystemRole.values()) {
            if (holder(role).isEmpty()) {
                unassigned.add(role);
            }
        }
        return Collections.unmodifiableSet(unassigned);
    }

    /**
     * Returns whether the security officer and the system officer are both designated and are
     * different people, as RD 311/2022 article 13.3 requires ("El responsable de la seguridad será
     * distinto del responsable del sistema").
     *
     * <p>People are compared by {@linkplain Person#isSamePersonAs(Person) normalised name}. The
     * article also forbids a hierarchical dependency between the two and allows exceptions with
     * compensating measures; neither is recorded here, so this method checks only that the two
     * roles are held by different people.
     *
     * @return false if either role is unassigned or both are held by the same person
     */
    public boolean isSecurityOfficerSeparateFromSystemOfficer() {
        return securityOfficer.isPresent() && systemOfficer.isPresent()
                && !securityOfficer.get().isSamePersonAs(systemOfficer.get());
    }
}
