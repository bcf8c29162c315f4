// SPDX-License-Identifier: Apache-2.0
package io.github.enslocal.core.system;

import io.github.enslocal.core.ens.DimensionLevels;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import java.util.Objects;

/**
 * The valuation of a service the system provides, made by its responsable
 * (RD 311/2022 article 41, Anexo I point 3).
 *
 * <p>This class is immutable and thread-safe.
 *
 * @param name the name of the service, e.g. {@code "Registre electrònic d'entrada"}
 * @param levels the level of each affected dimension
 */
public record ServiceValuation(@NotBlank @Size(max = 200) String name, DimensionLevels levels)
        implements Valuation {

    /**
     * Creates a valuation, turning null levels into {@link DimensionLevels#none()}.
     *
     * @param name the name of the service
     * @param levels the level of each affected dimension
     */
    public ServiceValuation {
        levels = Objects.requireNonNullElse(levels, DimensionLevels.none());
    }
}
