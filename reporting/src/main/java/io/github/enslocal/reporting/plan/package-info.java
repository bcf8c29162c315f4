// SPDX-License-Identifier: Apache-2.0
/**
 * The status of adequacy plans at a date (actions by state, overdue, by owner and by group of
 * measures) as a report, with its writers for every format.
 */
package io.github.enslocal.reporting.plan;
