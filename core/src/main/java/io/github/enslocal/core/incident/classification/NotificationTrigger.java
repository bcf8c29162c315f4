// SPDX-License-Identifier: Apache-2.0
package io.github.enslocal.core.incident.classification;

/**
 * Which levels of a classified incident decide whether it must be notified to the CCN-CERT.
 *
 * <p>The sources differ (SOURCES.md, open item 4): the ITS de Notificación de Incidentes
 * (BOE-A-2018-5370, IV.2–IV.3) ties the public-sector duty to the <em>impact</em> level, while
 * CCN-STIC 817 (abril 2020) §4.5 keys its CCN-CERT follow-up table on "nivel de peligrosidad o
 * impacto". The library's default is the wider reading, {@link #DANGER_OR_IMPACT}; a host that
 * follows the ITS literally chooses {@link #IMPACT}.
 */
public enum NotificationTrigger {
    /** Only the impact level counts (the ITS reading). */
    IMPACT,
    /** The danger level or the impact level counts, whichever is higher (the CCN-STIC 817 reading; the default). */
    DANGER_OR_IMPACT;

    /**
     * Returns the trigger the library uses when none is given.
     *
     * @return {@link #DANGER_OR_IMPACT}
     */
    public static NotificationTrigger defaultTrigger() {
        return DANGER_OR_IMPACT;
    }
}
