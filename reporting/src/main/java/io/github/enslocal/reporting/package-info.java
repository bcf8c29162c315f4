// SPDX-License-Identifier: Apache-2.0
/**
 * The report writing contract shared by every report: formats, languages, tables of typed cells and
 * whole-or-nothing file output.
 */
package io.github.enslocal.reporting;
