// SPDX-License-Identifier: Apache-2.0
/**
 * Value types of the Esquema Nacional de Seguridad: dimensions, levels, categories, measure and reinforcement ids, maturity.
 */
package io.github.enslocal.core.ens;
