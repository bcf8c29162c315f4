// SPDX-License-Identifier: Apache-2.0
package io.github.enslocal.core.incident;

/**
 * How an incident reached the help desk.
 */
public enum IncidentChannel {
    /** A telephone call. */
    PHONE,
    /** An e-mail to the help-desk address. */
    EMAIL,
    /** A form on the support body's web portal or ticketing tool. */
    WEB_PORTAL,
    /** A request made in person, e.g. during an on-site visit. */
    IN_PERSON,
    /** An alert raised by a monitoring or early-warning system rather than by a person. */
    MONITORING_ALERT,
    /** Any other channel. */
    OTHER
}
