// SPDX-License-Identifier: Apache-2.0
/**
 * The ENS tracking dashboard (quadre de seguiment) of a support body: one row per municipality it
 * serves with its category, indices, zone, policy, roles, audits, overdue actions and open major
 * findings, a totals row and charts.
 */
package io.github.enslocal.reporting.dashboard;
