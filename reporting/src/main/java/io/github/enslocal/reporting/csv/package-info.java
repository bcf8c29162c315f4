// SPDX-License-Identifier: Apache-2.0
/**
 * CSV output of report tables, in the RFC 4180 dialect and a spreadsheet dialect, with spreadsheet
 * formula injection neutralised.
 */
package io.github.enslocal.reporting.csv;
