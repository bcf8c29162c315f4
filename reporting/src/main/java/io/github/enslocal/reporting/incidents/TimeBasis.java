// SPDX-License-Identifier: Apache-2.0
package io.github.enslocal.reporting.incidents;

/**
 * How a report measures the time an incident took: in the business hours of the dataset's SLA
 * calendar, or in elapsed calendar time when the dataset has no SLA policy.
 */
public enum TimeBasis {
    /** Business time in the working hours and holidays of the SLA policy's calendar. */
    BUSINESS_HOURS,
    /** Elapsed calendar time, nights, weekends and holidays included. */
    CALENDAR
}
