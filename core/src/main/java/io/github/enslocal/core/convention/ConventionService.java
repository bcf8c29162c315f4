// SPDX-License-Identifier: Apache-2.0
package io.github.enslocal.core.convention;

/**
 * A service a supporting body provides to municipalities under a convention.
 */
public enum ConventionService {
    /** Cybersecurity services: monitoring, hardening, response. */
    CYBERSECURITY,
    /** The help desk where municipalities raise incidents and requests. */
    INCIDENT_DESK,
    /** Management of the municipalities' equipment: computers, servers, mobiles, networks. */
    EQUIPMENT_MANAGEMENT,
    /** Integration with the electronic expedient manager the municipalities use. */
    EXPEDIENT_MANAGER_INTEGRATION,
    /** A technical team that supports small municipalities on site. */
    SMALL_MUNICIPALITY_SUPPORT_TEAM,
    /** Adequacy of the municipalities' systems to the ENS (RD 311/2022). */
    ENS_ADEQUACY,
    /** The municipalities' transparency web sites. */
    TRANSPARENCY_WEB,
    /** Training of municipal staff. */
    TRAINING,
    /** Any other service the convention names. */
    OTHER
}
