// SPDX-License-Identifier: Apache-2.0
/**
 * ENS compliance evaluation of information systems and whole datasets at an explicit date: measure
 * statuses with their reasons, findings, and the CCN-STIC 815 indices and zones.
 */
package io.github.enslocal.ens.evaluation;
