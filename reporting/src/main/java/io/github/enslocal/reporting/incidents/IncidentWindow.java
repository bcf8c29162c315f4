// SPDX-License-Identifier: Apache-2.0
package io.github.enslocal.reporting.incidents;

import io.github.enslocal.core.dataset.Dataset;
import io.github.enslocal.core.incident.Incident;
import io.github.enslocal.core.sla.BusinessCalendar;
import io.github.enslocal.core.time.DateRange;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Objects;

/**
 * The incidents a report covers: those opened on a day of a period, days being reckoned in a time
 * zone, and the instant at which the report measures them, the end of the period's last day. This
 * class is immutable and thread-safe.
 *
 * @param period the period, both ends included
 * @param zone the zone of the days: the SLA calendar's zone, else {@code Europe/Madrid}
 */
public record IncidentWindow(DateRange period, ZoneId zone) {

    /**
     * Creates a window.
     *
     * @param period the period
     * @param zone the zone
     * @throws NullPointerException if an argument is null
     */
    public IncidentWindow {
        Objects.requireNonNull(period, "period");
        Objects.requireNonNull(zone, "zone");
    }

    /**
     * Obtains the window of a period in a dataset: days in the zone of its SLA policy's calendar, or
     * in {@link BusinessCalendar#EUROPE_MADRID} when it has no SLA policy.
     *
     * @param dataset the dataset
     * @param period the period
     * @return the window
     * @throws NullPointerException if an argument is null
     */
    public static IncidentWindow of(Dataset dataset, DateRange period) {
        return new IncidentWindow(period, dataset.slaPolicy()
                .map(policy -> policy.calendar().zone())
                .orElse(BusinessCalendar.EUROPE_MADRID));
    }

    /**
     * Returns whether an incident was opened on a day of the period.
     *
     * @param incident the incident
     * @return true if its opening date in the zone is within the period
     */
    public boolean contains(Incident incident) {
        return period.contains(openedOn(incident));
    }

    /**
     * Returns the day an incident was opened, in the zone.
     *
     * @param incident the incident
     * @return the local date of its opening instant
     */
    public LocalDate openedOn(Incident incident) {
        return LocalDate.ofInstant(incident.openedAt(), zone);
    }

    /**
     * Returns the instant at which the report measures: the start of the day after the period, in
     * the zone. Changes recorded later are ignored.
     *
     * @return the end of the period
     */
    public Instant measuredAt() {
        return period.end().plusDays(1).atStartOfDay(zone).toInstant();
    }

    /**
     * Returns the number of calendar months the period touches.
     *
     * @return one or more
     */
    public int months() {
        return MonthCount.months(period).size();
    }
}
