// SPDX-License-Identifier: Apache-2.0
/**
 * Which Anexo II measures and reinforcements a system requires, with the reason for each decision,
 * and the Declaración de Aplicabilidad built on it (RD 311/2022 art. 28).
 */
package io.github.enslocal.ens.applicability;
