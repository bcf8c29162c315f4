// SPDX-License-Identifier: Apache-2.0
package io.github.enslocal.core.convention;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/**
 * A party that signs a convention, e.g. {@code Diputació de Barcelona} as {@link PartyRole#FUNDER}.
 *
 * <p>The constructor only stores its arguments; constraints are checked when a dataset is
 * validated. This class is immutable and thread-safe.
 *
 * @param name the party's official name
 * @param role the part the party plays
 */
public record Party(@NotBlank @Size(max = 200) String name, @NotNull PartyRole role) {
}
