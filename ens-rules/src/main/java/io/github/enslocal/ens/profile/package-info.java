// SPDX-License-Identifier: Apache-2.0
/**
 * Compliance profiles: data overlays that add or remove measures and reinforcements on top of the
 * Anexo II result for a category, each with its reason and source.
 */
package io.github.enslocal.ens.profile;
