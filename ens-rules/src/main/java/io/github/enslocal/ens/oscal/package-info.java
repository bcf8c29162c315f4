// SPDX-License-Identifier: Apache-2.0
/**
 * Reading the OSCAL catalog of RD 311/2022 Anexo II into the measure catalog model, to cross-check
 * the bundled catalog or to load a newer revision.
 */
package io.github.enslocal.ens.oscal;
