// SPDX-License-Identifier: Apache-2.0
/**
 * The incidents report (volumes by month, category and municipality, SLA, CCN-STIC 817 security
 * incidents and CCN-CERT notifications) and the incident figures other reports reuse.
 */
package io.github.enslocal.reporting.incidents;
