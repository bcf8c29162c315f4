// SPDX-License-Identifier: Apache-2.0
package io.github.enslocal.core.assessment;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/**
 * The justified exclusion of a measure from a system's Declaración de Aplicabilidad: the security
 * officer has decided that the measure does not apply (RD 311/2022 article 28).
 *
 * <p>This class is immutable and thread-safe.
 *
 * @param justification why the measure does not apply to the system, e.g. {@code "El sistema no
 *     usa firma electrónica"}
 */
public record Exclusion(@NotBlank @Size(max = 2000) String justification) {
}
