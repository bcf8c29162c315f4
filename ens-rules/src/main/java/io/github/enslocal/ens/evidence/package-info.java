// SPDX-License-Identifier: Apache-2.0
/**
 * The built-in evidence rules, which read a dataset for evidence about ENS measures, and the
 * thresholds that configure them.
 */
package io.github.enslocal.ens.evidence;
