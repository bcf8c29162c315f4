// SPDX-License-Identifier: Apache-2.0
package io.github.enslocal.ens.applicability;

import java.util.Objects;

/** Checks the free texts of the Declaración de Aplicabilidad. */
final class Justifications {

    private Justifications() {
    }

    static void check(String text, String subject) {
        Objects.requireNonNull(text, "text");
        if (text.isBlank()) {
            throw new IllegalArgumentException(subject + " needs a non-blank text, e.g. 'Según el análisis de riesgos de 2025'");
        }
    }
}
