// SPDX-License-Identifier: Apache-2.0
package io.github.enslocal.core.system;

/**
 * The way the conformity of a system with the ENS was determined (RD 311/2022 articles 31 and 38,
 * Anexo III).
 */
public enum AuditKind {
    /**
     * A self-assessment, which leads to a Declaración de Conformidad; the route for BÁSICA systems
     * (article 38.1, Anexo III point 2.1).
     */
    SELF_ASSESSMENT,
    /**
     * A certification audit, which leads to a Certificación de Conformidad; the route for MEDIA
     * and ALTA systems, and an option for BÁSICA ones (articles 31.1 and 38.1).
     */
    CERTIFICATION
}
