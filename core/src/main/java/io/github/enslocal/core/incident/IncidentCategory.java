// SPDX-License-Identifier: Apache-2.0
package io.github.enslocal.core.incident;

/**
 * What an incident is about, as a help desk serving town halls sorts its requests.
 *
 * <p>A cyber-security incident is filed under {@link #SECURITY} and also carries a
 * {@link io.github.enslocal.core.incident.classification.SecurityClassification}; an incident of
 * another category may carry one too when it turns out to have a security side.
 */
public enum IncidentCategory {
    /** Computers, peripherals and other physical equipment. */
    HARDWARE,
    /** Installed software: operating systems, office suites, desktop applications. */
    SOFTWARE,
    /** Connectivity: local network, Wi-Fi, internet access, VPN. */
    NETWORK,
    /** Mailboxes and e-mail delivery. */
    EMAIL,
    /** User accounts, passwords, permissions, certificates and other means of access. */
    ACCOUNTS_AND_ACCESS,
    /** Printers, scanners and multifunction devices. */
    PRINTING,
    /** The electronic expedient manager ("gestor d'expedients") and its integrations. */
    EXPEDIENT_MANAGER,
    /** The municipal website, electronic office ("seu electrònica") or transparency portal. */
    WEBSITE,
    /** Fixed and mobile telephony. */
    TELEPHONY,
    /** Cyber-security: suspected or confirmed attacks, malware, data leaks. */
    SECURITY,
    /** Anything else. */
    OTHER
}
