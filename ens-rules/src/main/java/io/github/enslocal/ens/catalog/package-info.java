// SPDX-License-Identifier: Apache-2.0
/**
 * The catalog of the 73 security measures of RD 311/2022 Anexo II, with their reinforcements and the
 * requirement of every cell of the Anexo II table, shipped as versioned data.
 */
package io.github.enslocal.ens.catalog;
