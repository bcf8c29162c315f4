// SPDX-License-Identifier: Apache-2.0
package io.github.enslocal.reporting.incidents;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.enslocal.core.dataset.Dataset;
import io.github.enslocal.core.incident.Incident;
import io.github.enslocal.core.incident.IncidentCategory;
import io.github.enslocal.core.incident.IncidentChannel;
import io.github.enslocal.core.incident.IncidentStatus;
import io.github.enslocal.core.incident.Priority;
import io.github.enslocal.core.incident.classification.DangerLevel;
import io.github.enslocal.core.incident.classification.ImpactLevel;
import io.github.enslocal.core.incident.classification.SecurityClassification;
import io.github.enslocal.core.sla.SlaPolicy;
import io.github.enslocal.core.time.DateRange;
import io.github.enslocal.reporting.operations.OperationsFixture;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** The incidents report: the Bages fixture's figures and small hand-made cases. */
class IncidentReportTest {

    private static final ZoneId MADRID = ZoneId.of("Europe/Madrid");

    private final IncidentReport report = IncidentReport.of(OperationsFixture.dataset(), OperationsFixture.PERIOD,
            OperationsFixture.NOTIFICATION_POLICY);

    @Test
    void of_fixture_countsIncidentsOpenedOnADayOfThePeriodInMadrid() {
        // 43 generated, 2 from Santpedor, 1 opened at 23:30 on the last day (22:30 UTC), 5 security.
        assertThat(report.total()).isEqualTo(51);
        assertThat(report.byMonth()).hasSize(14);
        assertThat(report.measuredAt()).isEqualTo(Instant.parse("2025-02-28T23:00:00Z"));
        assertThat(report.byMunicipality()).extracting(MunicipalityCount::municipality)
                .isSortedAccordingTo(Comparable::compareTo);
    }

    @Test
    void of_fixture_classifiesSecurityIncidentsByClassAndDanger() {
        assertThat(report.securityByClassAndDanger()).containsExactly(
                new ClassDangerCount("CONTENIDO_DANINO", "Contenido dañino", DangerLevel.ALTO, 1),
                new ClassDangerCount("OBTENCION_INFORMACION", "Obtención de información", DangerLevel.BAJO, 1),
                new ClassDangerCount("INTENTO_INTRUSION", "Intento de intrusión", DangerLevel.MEDIO, 1),
                new ClassDangerCount("DISPONIBILIDAD", "Disponibilidad", DangerLevel.ALTO, 1),
                new ClassDangerCount("FRAUDE", "Fraude", DangerLevel.ALTO, 1));
    }

    @Test
    void of_fixture_judgesNotificationsWithTheGivenDelay() {
        assertThat(report.notifications()).isEqualTo(new NotificationSummary(
                OperationsFixture.NOTIFICATION_POLICY.trigger(), Duration.ofHours(24), 4, 2, 2, 1));
        assertThat(report.securityIncidents()).extracting(SecurityIncident::id, SecurityIncident::notificationDue,
                        SecurityIncident::notificationLate)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple("SEC-1", false, false),
                        org.assertj.core.groups.Tuple.tuple("SEC-2", true, false),
                        org.assertj.core.groups.Tuple.tuple("SEC-3", true, true),
                        org.assertj.core.groups.Tuple.tuple("SEC-4", true, true),
                        org.assertj.core.groups.Tuple.tuple("SEC-5", true, false));
    }

    @Test
    void of_longerAllowedDelay_makesTheLateNotificationTimely() {
        IncidentReport lenient = IncidentReport.of(OperationsFixture.dataset(), OperationsFixture.PERIOD,
                io.github.enslocal.core.incident.classification.NotificationPolicy.withAllowedDelay(Duration.ofHours(48)));

        // SEC-3 was notified after 30 h; SEC-4 is still never notified.
        assertThat(lenient.notifications().late()).isEqualTo(1);
    }

    @Test
    void of_unknownTaxonomyType_throwsListingEveryIncident() {
        Dataset dataset = withIncidents(List.of(
                open("X-1", monday(9)).withSecurity(SecurityClassification.of("NO_SUCH_TYPE", ImpactLevel.BAJO)),
                open("X-2", monday(10)).withSecurity(SecurityClassification.of("OTHER_TYPE", ImpactLevel.BAJO))));

        assertThatThrownBy(() -> IncidentReport.of(dataset, DateRange.parse("2025-03-01/2025-03-31"),
                OperationsFixture.NOTIFICATION_POLICY))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("Security incidents name types the CCN-STIC 817 taxonomy lacks: X-1 (NO_SUCH_TYPE), "
                        + "X-2 (OTHER_TYPE); expected type ids such as 'PHISHING'");
    }

    @Test
    void resolutionTimes_fiveIncidentsInBusinessHours_takeTheThirdAndFifthAsMedianAndP90() {
        List<Incident> incidents = new ArrayList<>();
        for (int hours = 1; hours <= 5; hours++) {
            incidents.add(resolvedAfter(open("R-" + hours, monday(9)), Duration.ofHours(hours)));
        }

        ResolutionTimes times = ResolutionTimes.of(incidents, Optional.of(SlaPolicy.example().calendar()),
                monday(23));

        assertThat(times).isEqualTo(new ResolutionTimes(TimeBasis.BUSINESS_HOURS, 5,
                Optional.of(Duration.ofHours(3)), Optional.of(Duration.ofHours(5))));
    }

    @Test
    void resolutionTimes_overAWeekend_differBetweenBusinessAndCalendarTime() {
        Instant friday = LocalDateTime.of(2025, 2, 28, 14, 0).atZone(MADRID).toInstant();
        Incident incident = resolvedAfter(open("W-1", friday), Duration.ofHours(67));
        Instant later = monday(23);

        ResolutionTimes business = ResolutionTimes.of(List.of(incident), Optional.of(SlaPolicy.example().calendar()), later);
        ResolutionTimes calendar = ResolutionTimes.of(List.of(incident), Optional.empty(), later);

        // Friday 14:00-15:00 and Monday 08:00-09:00 are working hours of the example calendar.
        assertThat(business.median()).contains(Duration.ofHours(2));
        assertThat(calendar.basis()).isEqualTo(TimeBasis.CALENDAR);
        assertThat(calendar.median()).contains(Duration.ofHours(67));
    }

    @Test
    void resolutionTimes_noneResolved_areEmpty() {
        ResolutionTimes times = ResolutionTimes.of(List.of(open("O-1", monday(9))), Optional.empty(), monday(23));

        assertThat(times).isEqualTo(new ResolutionTimes(TimeBasis.CALENDAR, 0, Optional.empty(), Optional.empty()));
    }

    @Test
    void slaAttainment_metBreachedAndCancelled_areCountedApart() {
        Incident met = resolvedAfter(open("S-1", monday(9)), Duration.ofHours(2));
        Incident breached = resolvedAfter(open("S-2", monday(9)), Duration.ofDays(7));
        Incident cancelled = open("S-3", monday(9)).moveTo(IncidentStatus.CANCELLED, monday(10));

        SlaAttainment sla = SlaAttainment.of(List.of(met, breached, cancelled), SlaPolicy.example(), monday(9).plus(Duration.ofDays(30)));

        // MEDIUM: first response within 4 business hours, resolution within 21.
        assertThat(sla.byPriority()).hasSize(1);
        assertThat(sla.total()).isEqualTo(new SlaLine(Optional.empty(), 3, 3, 0, 1, 1, 0, 1));
        assertThat(sla.byPriority().get(0).priority()).contains(Priority.MEDIUM);
    }

    private static Instant monday(int hour) {
        return LocalDateTime.of(2025, 3, 3, hour, 0).atZone(MADRID).toInstant();
    }

    private static Incident open(String id, Instant at) {
        return Incident.open(id, OperationsFixture.MANRESA, at, IncidentChannel.PHONE, IncidentCategory.SOFTWARE,
                Priority.MEDIUM, "Cas " + id);
    }

    private static Incident resolvedAfter(Incident incident, Duration duration) {
        Instant opened = incident.openedAt();
        return incident.moveTo(IncidentStatus.ASSIGNED, opened.plus(Duration.ofMinutes(5)))
                .moveTo(IncidentStatus.IN_PROGRESS, opened.plus(Duration.ofMinutes(10)))
                .moveTo(IncidentStatus.RESOLVED, opened.plus(duration));
    }

    private static Dataset withIncidents(List<Incident> incidents) {
        Dataset base = Dataset.empty();
        return new Dataset(base.formatVersion(), base.title(), base.notice(), base.supportBodies(),
                base.municipalities(), base.conventions(), incidents, base.assets(), base.systems(),
                base.assessments(), base.plans(), base.trainingSessions(), base.slaPolicy());
    }
}
