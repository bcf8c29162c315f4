// SPDX-License-Identifier: Apache-2.0
package io.github.enslocal.core.assessment;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/**
 * A compensating measure that replaces an Anexo II measure (RD 311/2022 article 28.3): the
 * replacement must protect equally or better, and the Declaración de Aplicabilidad must say which
 * measure it replaces and why.
 *
 * <p>This class is immutable and thread-safe.
 *
 * @param compensatingMeasure what is done instead, e.g. {@code "Registre de totes les accions
 *     dels administradors, revisat mensualment pel responsable de la seguretat"}
 * @param justification why the compensating measure protects at least as well as the one it
 *     replaces
 */
public record Compensation(
        @NotBlank @Size(max = 2000) String compensatingMeasure,
        @NotBlank @Size(max = 2000) String justification) {
}
