// SPDX-License-Identifier: Apache-2.0
/**
 * The findings report (informe de no conformitats): every open finding of the systems a support
 * body serves, with its grade, measure, subjects and the adequacy-plan action that addresses it, as a
 * report with its writers for every format.
 */
package io.github.enslocal.reporting.findings;
