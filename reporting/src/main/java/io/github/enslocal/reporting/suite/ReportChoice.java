// SPDX-License-Identifier: Apache-2.0
package io.github.enslocal.reporting.suite;

/**
 * A choice that a report needs and that has no default, so that a {@link ReportSuite} can say which
 * one is missing when it skips a report ({@link SkippedReport}).
 */
public enum ReportChoice {
    /** The period of the convention balance or of the incident report. */
    PERIOD,
    /** The notification policy of the incident report: no regulation fixes an hour count. */
    NOTIFICATION_POLICY,
    /** The convention of the balance, when the support body has none or several in force in the period. */
    CONVENTION
}
