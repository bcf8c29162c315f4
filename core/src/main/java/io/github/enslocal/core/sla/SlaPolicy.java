// SPDX-License-Identifier: Apache-2.0
package io.github.enslocal.core.sla;

import io.github.enslocal.core.incident.Incident;
import io.github.enslocal.core.incident.Priority;
import java.time.Duration;
import java.time.Instant;
import java.util.Collections;
import java.util.EnumMap;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * A help desk's service-level policy: for each priority, the business time allowed to the first
 * response and to the resolution, measured in a business calendar.
 *
 * <p>Targets are a matter of each support convention or internal agreement; no regulation read
 * for this library sets them. {@link #example()} shows a plausible policy, nothing more.
 *
 * <p>Clocks start when the incident is opened and count business time only. First response is
 * reached at {@link Incident#firstResponseAt()}, resolution at {@link Incident#resolvedAt()}. A
 * milestone reached within the target is {@link SlaStatus#MET}; reached later, or not reached once
 * more business time than the target has elapsed, it is {@link SlaStatus#BREACHED}; otherwise it
 * is {@link SlaStatus#RUNNING}, or {@link SlaStatus#NOT_APPLICABLE} if the incident was cancelled
 * before the milestone. Because only business time counts, a deadline passed outside working
 * hours becomes a breach only when working hours resume. Time on hold is not paused. This class is
 * immutable and thread-safe.
 *
 * @param calendar the business calendar the targets are measured in
 * @param targets the targets of each priority; every priority must have targets
 */
public record SlaPolicy(BusinessCalendar calendar, Map<Priority, SlaTargets> targets) {

    /**
     * Creates a policy, checking that every priority has targets.
     *
     * @param calendar the calendar
     * @param targets the targets per priority
     * @throws NullPointerException if an argument, key or value is null
     * @throws IllegalArgumentException if a priority has no targets
     */
    public SlaPolicy {
        Objects.requireNonNull(calendar, "calendar");
        Map<Priority, SlaTargets> copy = new EnumMap<>(Priority.class);
        targets.forEach((priority, target) ->
                copy.put(Objects.requireNonNull(priority, "priority"), Objects.requireNonNull(target, "target")));
        for (Priority priority : Priority.values()) {
            if (!copy.containsKey(priority)) {
                throw new IllegalArgumentException("The SLA policy has no targets for priority " + priority
                        + ", expected targets for each of CRITICAL, HIGH, MEDIUM and LOW");
            }
        }
        targets = Collections.unmodifiableMap(copy);
    }

    /**
     * Returns an example policy, for demonstrations and tests only: business hours Monday to Friday
     * 08:00–15:00 in Europe/Madrid with no holidays, and these targets (first response /
     * resolution, business time): CRITICAL 30 min / 4 h, HIGH 1 h / 7 h (one working day), MEDIUM
     * 4 h / 21 h (three working days), LOW 7 h / 70 h (ten working days).
     *
     * @return the example policy
     */
    public static SlaPolicy example() {
        BusinessCalendar calendar = BusinessCalendar.builder().weekdays(WorkingHours.parse("08:00-15:00")).build();
        Map<Priority, SlaTargets> targets = new EnumMap<>(Priority.class);
        targets.put(Priority.CRITICAL, SlaTargets.of(Duration.ofMinutes(30), Duration.ofHours(4)));
        targets.put(Priority.HIGH, SlaTargets.of(Duration.ofHours(1), Duration.ofHours(7)));
        targets.put(Priority.MEDIUM, SlaTargets.of(Duration.ofHours(4), Duration.ofHours(21)));
        targets.put(Priority.LOW, SlaTargets.of(Duration.ofHours(7), Duration.ofHours(70)));
        return new SlaPolicy(calendar, targets);
    }

    /**
     * Returns the targets of a priority.
     *
     * @param priority the priority, not null
     * @return the targets
     */
    public SlaTargets targetsFor(Priority priority) {
        return targets.get(Objects.requireNonNull(priority, "priority"));
    }

    /**
     * Measures an incident against the targets of its priority as it stood at an instant; changes
     * recorded after that instant are ignored.
     *
     * @param incident the incident, not null
     * @param asOf the instant of measurement, not null
     * @return the measurement
     */
    public SlaMeasurement measure(Incident incident, Instant asOf) {
        Incident then = incident.asOf(asOf);
        SlaTargets target = targetsFor(incident.priority());
        Optional<Instant> cancelledAt = then.cancelledAt();
        return new SlaMeasurement(incident.id(), incident.priority(), asOf,
                outcome(incident.openedAt(), target.firstResponse(), then.firstResponseAt(), cancelledAt, asOf),
                outcome(incident.openedAt(), target.resolution(), then.resolvedAt(), cancelledAt, asOf));
    }

    private SlaOutcome outcome(
            Instant openedAt, Duration target, Optional<Instant> reachedAt, Optional<Instant> cancelledAt, Instant asOf) {
        Instant deadline = calendar.addBusinessTime(openedAt, target);
        Instant stop = reachedAt.or(() -> cancelledAt).orElse(asOf);
        Duration elapsed = calendar.businessTimeBetween(openedAt, stop);
        SlaStatus status;
        if (elapsed.compareTo(target) > 0) {
            status = SlaStatus.BREACHED;
        } else if (reachedAt.isPresent()) {
            status = SlaStatus.MET;
        } else if (cancelledAt.isPresent()) {
            status = SlaStatus.NOT_APPLICABLE;
        } else {
            status = SlaStatus.RUNNING;
        }
        return new SlaOutcome(status, target, elapsed, deadline, reachedAt);
    }
}
