// SPDX-License-Identifier: Apache-2.0
/**
 * The convention balance: what a support convention delivered over a period — municipalities
 * served, technical dedication, managed equipment, incidents, resolution times, SLA attainment and
 * budget execution against the maximum.
 */
package io.github.enslocal.reporting.convention;
