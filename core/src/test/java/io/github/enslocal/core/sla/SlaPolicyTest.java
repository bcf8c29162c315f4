// SPDX-License-Identifier: Apache-2.0
package io.github.enslocal.core.sla;

import static io.github.enslocal.core.incident.IncidentStatus.ASSIGNED;
import static io.github.enslocal.core.incident.IncidentStatus.CANCELLED;
import static io.github.enslocal.core.incident.IncidentStatus.IN_PROGRESS;
import static io.github.enslocal.core.incident.IncidentStatus.RESOLVED;
import static io.github.enslocal.core.sla.BusinessCalendarTest.madrid;
import static io.github.enslocal.core.sla.SlaStatus.BREACHED;
import static io.github.enslocal.core.sla.SlaStatus.MET;
import static io.github.enslocal.core.sla.SlaStatus.NOT_APPLICABLE;
import static io.github.enslocal.core.sla.SlaStatus.RUNNING;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.enslocal.core.incident.Incident;
import io.github.enslocal.core.incident.IncidentCategory;
import io.github.enslocal.core.incident.IncidentChannel;
import io.github.enslocal.core.incident.Priority;
import io.github.enslocal.core.territory.IneCode;
import java.time.Duration;
import java.time.Instant;
import java.util.EnumMap;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class SlaPolicyTest {

    private static final SlaPolicy POLICY = SlaPolicy.example();

    /** MEDIUM (4 h / 21 h): the expedient manager of Sant Fruitós de Bages, opened Tue 11 Mar 2025 09:05. */
    private static Incident expedientManager() {
        return Incident.open("INC-2025-0150", IneCode.parse("08213"), madrid("2025-03-11T09:05"),
                IncidentChannel.WEB_PORTAL, IncidentCategory.EXPEDIENT_MANAGER, Priority.MEDIUM,
                "Signed documents do not reach the expedient");
    }

    private static Incident assignedAt(String local) {
        return expedientManager().moveTo(ASSIGNED, madrid(local));
    }

    private static Incident resolvedAt(String local) {
        return assignedAt("2025-03-11T10:05").moveTo(IN_PROGRESS, madrid("2025-03-11T10:30"))
                .moveTo(RESOLVED, madrid(local));
    }

    static Stream<Arguments> outcomes() {
        return Stream.of(
                Arguments.of("still new, within targets", expedientManager(), "2025-03-11T11:05",
                        RUNNING, "PT2H", RUNNING, "PT2H"),
                Arguments.of("still new after 4h55m", expedientManager(), "2025-03-11T14:00",
                        BREACHED, "PT4H55M", RUNNING, "PT4H55M"),
                Arguments.of("answered exactly at the target", assignedAt("2025-03-11T13:05"), "2025-03-11T14:00",
                        MET, "PT4H", RUNNING, "PT4H55M"),
                Arguments.of("answered a minute late", assignedAt("2025-03-11T13:06"), "2025-03-11T14:00",
                        BREACHED, "PT4H1M", RUNNING, "PT4H55M"),
                Arguments.of("resolved in time", resolvedAt("2025-03-12T09:05"), "2025-03-20T12:00",
                        MET, "PT1H", MET, "PT7H"),
                Arguments.of("resolved late", resolvedAt("2025-03-14T12:00"), "2025-03-20T12:00",
                        MET, "PT1H", BREACHED, "PT23H55M"),
                Arguments.of("judged before the resolution", resolvedAt("2025-03-14T12:00"), "2025-03-11T10:00",
                        RUNNING, "PT55M", RUNNING, "PT55M"),
                Arguments.of("reopened, clock runs on", resolvedAt("2025-03-12T09:05")
                                .moveTo(IN_PROGRESS, madrid("2025-03-12T10:00")), "2025-03-12T11:00",
                        MET, "PT1H", RUNNING, "PT8H55M"),
                Arguments.of("cancelled while new", expedientManager().moveTo(CANCELLED, madrid("2025-03-11T10:05")),
                        "2025-03-20T12:00", MET, "PT1H", NOT_APPLICABLE, "PT1H"),
                Arguments.of("cancelled after the resolution target", assignedAt("2025-03-11T10:05")
                                .moveTo(CANCELLED, madrid("2025-03-17T09:00")), "2025-03-20T12:00",
                        MET, "PT1H", BREACHED, "PT27H55M"),
                Arguments.of("still new on Thursday evening", expedientManager(), "2025-03-13T20:00",
                        BREACHED, "PT19H55M", RUNNING, "PT19H55M"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("outcomes")
    void measure_followsTheOutcomeTable(String name, Incident incident, String asOf,
            SlaStatus firstResponse, Duration firstResponseElapsed, SlaStatus resolution, Duration resolutionElapsed) {
        SlaMeasurement measurement = POLICY.measure(incident, madrid(asOf));

        assertThat(measurement.firstResponse().status()).isEqualTo(firstResponse);
        assertThat(measurement.firstResponse().elapsed()).isEqualTo(firstResponseElapsed);
        assertThat(measurement.resolution().status()).isEqualTo(resolution);
        assertThat(measurement.resolution().elapsed()).isEqualTo(resolutionElapsed);
    }

    @Test
    void measure_atTheDeadline_isStillRunning() {
        Incident incident = expedientManager();

        assertThat(POLICY.measure(incident, madrid("2025-03-14T09:05")).resolution().status()).isEqualTo(RUNNING);
        assertThat(POLICY.measure(incident, madrid("2025-03-14T09:06")).resolution().status()).isEqualTo(BREACHED);
    }

    @Test
    void measure_deadlinePassedAfterClosingTime_breachesWhenWorkResumes() {
        Incident lateMorning = Incident.open("INC-2025-0152", IneCode.parse("08140"), madrid("2025-03-11T11:00"),
                IncidentChannel.PHONE, IncidentCategory.NETWORK, Priority.MEDIUM, "No internet in the library");

        SlaOutcome evening = POLICY.measure(lateMorning, madrid("2025-03-11T18:00")).firstResponse();
        SlaOutcome nextMorning = POLICY.measure(lateMorning, madrid("2025-03-12T08:01")).firstResponse();

        assertThat(evening.deadline()).isEqualTo(madrid("2025-03-11T15:00"));
        assertThat(evening.status()).isEqualTo(RUNNING);
        assertThat(nextMorning.status()).isEqualTo(BREACHED);
    }

    @Test
    void measure_reportsDeadlinesInBusinessTime() {
        SlaMeasurement measurement = POLICY.measure(expedientManager(), madrid("2025-03-11T11:05"));

        assertThat(measurement.firstResponse().deadline()).isEqualTo(madrid("2025-03-11T13:05"));
        assertThat(measurement.resolution().deadline()).isEqualTo(madrid("2025-03-14T09:05"));
        assertThat(measurement.firstResponse().remaining()).isEqualTo(Duration.ofHours(2));
        assertThat(measurement.firstResponse().reachedAt()).isEmpty();
        assertThat(measurement.incidentId()).isEqualTo("INC-2025-0150");
        assertThat(measurement.priority()).isEqualTo(Priority.MEDIUM);
    }

    @Test
    void measure_openedOnASaturday_clockStartsOnMonday() {
        Incident weekend = Incident.open("INC-2025-0151", IneCode.parse("08113"), madrid("2025-03-15T11:00"),
                IncidentChannel.EMAIL, IncidentCategory.WEBSITE, Priority.HIGH, "The transparency portal is down");

        SlaOutcome firstResponse = POLICY.measure(weekend, madrid("2025-03-17T08:30")).firstResponse();

        assertThat(firstResponse.elapsed()).isEqualTo(Duration.ofMinutes(30));
        assertThat(firstResponse.deadline()).isEqualTo(madrid("2025-03-17T09:00"));
        assertThat(firstResponse.status()).isEqualTo(RUNNING);
    }

    @Test
    void example_targetsEveryPriority() {
        assertThat(POLICY.targetsFor(Priority.CRITICAL)).isEqualTo(SlaTargets.of(Duration.ofMinutes(30), Duration.ofHours(4)));
        assertThat(POLICY.targetsFor(Priority.LOW)).isEqualTo(SlaTargets.of(Duration.ofHours(7), Duration.ofHours(70)));
        assertThat(POLICY.targets()).containsOnlyKeys(Priority.values());
    }

    @Test
    void constructor_missingPriority_throws() {
        Map<Priority, SlaTargets> targets = new EnumMap<>(POLICY.targets());
        targets.remove(Priority.LOW);

        assertThatThrownBy(() -> new SlaPolicy(POLICY.calendar(), targets))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("The SLA policy has no targets for priority LOW, "
                        + "expected targets for each of CRITICAL, HIGH, MEDIUM and LOW");
    }

    @Test
    void slaTargets_nonPositiveFirstResponse_throws() {
        assertThatThrownBy(() -> SlaTargets.of(Duration.ZERO, Duration.ofHours(4)))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("Invalid first-response target PT0S, expected a positive duration, e.g. PT1H");
    }

    @Test
    void slaTargets_resolutionShorterThanFirstResponse_throws() {
        assertThatThrownBy(() -> SlaTargets.of(Duration.ofHours(4), Duration.ofHours(2)))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("Invalid resolution target PT2H: it is shorter than the first-response target PT4H, "
                        + "expected e.g. PT8H");
    }

    @Test
    void slaOutcome_remaining_isZeroOnceBreached() {
        SlaOutcome breached = new SlaOutcome(BREACHED, Duration.ofHours(4), Duration.ofHours(5),
                Instant.parse("2025-03-11T12:05:00Z"), Optional.empty());

        assertThat(breached.remaining()).isZero();
    }
}
