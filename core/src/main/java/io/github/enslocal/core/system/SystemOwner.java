// SPDX-License-Identifier: Apache-2.0
package io.github.enslocal.core.system;

import io.github.enslocal.core.territory.IneCode;
import io.github.enslocal.core.territory.SupportBody;
import jakarta.validation.constraints.AssertTrue;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.util.Objects;
import java.util.Optional;

/**
 * Who owns an information system: a municipality, or a supporting body that provides the system as
 * a common service to the municipalities it serves (RD 311/2022 article 12.5 lets a comarcal or
 * provincial body take on the security of municipal systems).
 *
 * <p>Exactly one of the two is set in a valid value; the constructor does not check this, so that
 * dataset validation can report it with every other problem. In JSON the owner is an object with
 * one member, e.g. {@code {"municipality": "08140"}} or {@code {"supportBody": "cc-bages"}}. This
 * class is immutable and thread-safe.
 *
 * @param municipality the owner municipality
 * @param supportBody the id of the owner supporting body
 */
public record SystemOwner(
        Optional<IneCode> municipality,
        Optional<@Pattern(regexp = "(?s).*\\S.*", message = "must not be blank") @Size(max = 64) String> supportBody) {

    /**
     * Creates an owner, turning null optionals into empty ones.
     *
     * @param municipality the owner municipality
     * @param supportBody the id of the owner supporting body
     */
    public SystemOwner {
        municipality = Objects.requireNonNullElse(municipality, Optional.empty());
        supportBody = Objects.requireNonNullElse(supportBody, Optional.empty());
    }

    /**
     * Obtains the owner that is a municipality.
     *
     * @param municipality the municipality, not null
     * @return the owner
     * @throws NullPointerException if {@code municipality} is null
     */
    public static SystemOwner municipality(IneCode municipality) {
        return new SystemOwner(Optional.of(municipality), Optional.empty());
    }

    /**
     * Obtains the owner that is a supporting body.
     *
     * @param supportBodyId the id of the supporting body, not null
     * @return the owner
     * @throws NullPointerException if {@code supportBodyId} is null
     */
    public static SystemOwner supportBody(String supportBodyId) {
        return new SystemOwner(Optional.empty(), Optional.of(supportBodyId));
    }

    /**
     * Returns whether exactly one of the municipality and the supporting body is set, the
     * condition for a valid owner.
     *
     * @return true if one is set and the other is empty
     */
    @AssertTrue(message = "must name either a municipality or a support body, not both or neither")
    public boolean hasExactlyOneParty() {
        return municipality.isPresent() != supportBody.isPresent();
    }

    /**
     * Returns whether a support body reports on what this owner owns: the owner is a municipality
     * the body serves, or the body itself.
     *
     * @param body the support body, not null
     * @return true if {@code body} serves the owner municipality or is the owner
     * @throws NullPointerException if {@code body} is null
     */
    public boolean isInScopeOf(SupportBody body) {
        Objects.requireNonNull(body, "body");
        return municipality.map(body::serves).orElse(false) || supportBody.filter(body.id()::equals).isPresent();
    }
}
