// SPDX-License-Identifier: Apache-2.0
package io.github.enslocal.core.incident;

import static io.github.enslocal.core.incident.IncidentStatus.ASSIGNED;
import static io.github.enslocal.core.incident.IncidentStatus.CANCELLED;
import static io.github.enslocal.core.incident.IncidentStatus.CLOSED;
import static io.github.enslocal.core.incident.IncidentStatus.IN_PROGRESS;
import static io.github.enslocal.core.incident.IncidentStatus.NEW;
import static io.github.enslocal.core.incident.IncidentStatus.ON_HOLD;
import static io.github.enslocal.core.incident.IncidentStatus.RESOLVED;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.enslocal.core.incident.classification.ImpactLevel;
import io.github.enslocal.core.incident.classification.IncidentTaxonomy;
import io.github.enslocal.core.incident.classification.NotificationPolicy;
import io.github.enslocal.core.incident.classification.SecurityClassification;
import io.github.enslocal.core.territory.IneCode;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class IncidentTest {

    private static final IneCode NAVARCLES = IneCode.parse("08140");
    /** Tuesday 2025-03-11 09:05 in Madrid (CET). */
    private static final Instant OPENED = Instant.parse("2025-03-11T08:05:00Z");

    /** The printer of Navarcles' town hall: opened, assigned, worked, paused, resolved, closed. */
    private static Incident printerJam() {
        return Incident.open("INC-2025-0142", NAVARCLES, OPENED, IncidentChannel.PHONE, IncidentCategory.PRINTING,
                        Priority.MEDIUM, "The multifunction printer at the front desk jams on every job")
                .moveTo(StatusChange.of(at("08:20"), ASSIGNED).withTechnician("Marta Puig"))
                .moveTo(IN_PROGRESS, at("09:00"))
                .moveTo(StatusChange.of(at("09:30"), ON_HOLD).withNote("Waiting for the toner supplier"))
                .moveTo(IN_PROGRESS, at("11:00"))
                .moveTo(RESOLVED, at("12:15"))
                .moveTo(CLOSED, at("13:00"));
    }

    private static Instant at(String utcTimeOn11March) {
        return Instant.parse("2025-03-11T" + utcTimeOn11March + ":00Z");
    }

    @Test
    void open_startsWithNewAtTheOpeningInstant() {
        Incident incident = Incident.open("INC-2025-0143", NAVARCLES, OPENED, IncidentChannel.EMAIL,
                IncidentCategory.EMAIL, Priority.LOW, "Mailbox quota warning");

        assertThat(incident.history()).containsExactly(StatusChange.of(OPENED, NEW));
        assertThat(incident.status()).isEqualTo(NEW);
        assertThat(incident.firstResponseAt()).isEmpty();
        assertThat(incident.historyProblems()).isEmpty();
    }

    @Test
    void derivedInstants_readTheHistory() {
        Incident incident = printerJam();

        assertThat(incident.status()).isEqualTo(CLOSED);
        assertThat(incident.firstResponseAt()).contains(at("08:20"));
        assertThat(incident.resolvedAt()).contains(at("12:15"));
        assertThat(incident.closedAt()).contains(at("13:00"));
        assertThat(incident.cancelledAt()).isEmpty();
        assertThat(incident.historyProblems()).isEmpty();
    }

    @Test
    void resolvedAt_afterReopening_isEmptyUntilResolvedAgain() {
        Incident reopened = printerJam().asOf(at("12:15")).moveTo(IN_PROGRESS, at("12:40"));

        assertThat(reopened.resolvedAt()).isEmpty();
        assertThat(reopened.moveTo(RESOLVED, at("14:00")).resolvedAt()).contains(at("14:00"));
    }

    @Test
    void cancelledAt_cancelledWhileNew_isAlsoTheFirstResponse() {
        Incident duplicate = Incident.open("INC-2025-0144", NAVARCLES, OPENED, IncidentChannel.WEB_PORTAL,
                IncidentCategory.PRINTING, Priority.MEDIUM, "Printer jams (duplicate of INC-2025-0142)")
                .moveTo(CANCELLED, at("08:10"));

        assertThat(duplicate.cancelledAt()).contains(at("08:10"));
        assertThat(duplicate.firstResponseAt()).contains(at("08:10"));
        assertThat(duplicate.closedAt()).isEmpty();
        assertThat(duplicate.resolvedAt()).isEmpty();
    }

    @Test
    void asOf_keepsOnlyEarlierChanges() {
        Incident incident = printerJam();

        assertThat(incident.asOf(at("10:00")).status()).isEqualTo(ON_HOLD);
        assertThat(incident.asOf(at("10:00")).history()).hasSize(4);
        assertThat(incident.asOf(at("13:00"))).isSameAs(incident);
    }

    @Test
    void statusAt_beforeOpening_isEmpty() {
        assertThat(printerJam().statusAt(OPENED.minusSeconds(1))).isEmpty();
        assertThat(printerJam().statusAt(OPENED)).contains(NEW);
        assertThat(printerJam().statusAt(at("09:45"))).contains(ON_HOLD);
    }

    @Test
    void isOpenOn_fromOpeningUntilResolution() {
        Incident incident = printerJam();

        assertThat(incident.isOpenOn(OPENED.minusSeconds(1))).isFalse();
        assertThat(incident.isOpenOn(OPENED)).isTrue();
        assertThat(incident.isOpenOn(at("09:45"))).isTrue();
        assertThat(incident.isOpenOn(at("12:14"))).isTrue();
        assertThat(incident.isOpenOn(at("12:15"))).isFalse();
        assertThat(incident.isOpenOn(at("18:00"))).isFalse();
    }

    @Test
    void moveTo_illegalTransition_throwsIllegalState() {
        Incident closed = printerJam();

        assertThatThrownBy(() -> closed.moveTo(IN_PROGRESS, at("14:00")))
                .isInstanceOf(IllegalStateException.class)
                .hasMessage("Incident INC-2025-0142 cannot move from CLOSED to IN_PROGRESS; CLOSED is terminal.");
    }

    @Test
    void moveTo_skippingAssignment_throwsListingTheAllowedMoves() {
        Incident fresh = printerJam().asOf(OPENED);

        assertThatThrownBy(() -> fresh.moveTo(RESOLVED, at("08:30")))
                .isInstanceOf(IllegalStateException.class)
                .hasMessage("Incident INC-2025-0142 cannot move from NEW to RESOLVED; "
                        + "from NEW it may move to [ASSIGNED, CANCELLED].");
    }

    @Test
    void moveTo_beforeTheLastChange_throwsIllegalArgument() {
        Incident assigned = printerJam().asOf(at("08:20"));

        assertThatThrownBy(() -> assigned.moveTo(IN_PROGRESS, at("08:19")))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("Invalid change of incident INC-2025-0142 at 2025-03-11T08:19:00Z: "
                        + "it is before the last change at 2025-03-11T08:20:00Z");
    }

    @Test
    void moveTo_leavesTheOriginalUnchanged() {
        Incident assigned = printerJam().asOf(at("08:20"));

        assigned.moveTo(IN_PROGRESS, at("09:00"));

        assertThat(assigned.status()).isEqualTo(ASSIGNED);
    }

    static Stream<Arguments> badHistories() {
        return Stream.of(
                Arguments.of("empty", List.of(),
                        List.of(new HistoryProblem(0, "The history is empty; it must start with NEW at the "
                                + "opening instant 2025-03-11T08:05:00Z."))),
                Arguments.of("first not NEW", List.of(StatusChange.of(OPENED, ASSIGNED)),
                        List.of(new HistoryProblem(0, "The first change is to ASSIGNED; it must be NEW."))),
                Arguments.of("first not at opening", List.of(StatusChange.of(at("08:06"), NEW)),
                        List.of(new HistoryProblem(0, "The first change is at 2025-03-11T08:06:00Z; it must be "
                                + "at the opening instant 2025-03-11T08:05:00Z."))),
                Arguments.of("out of order",
                        List.of(StatusChange.of(OPENED, NEW), StatusChange.of(at("09:00"), ASSIGNED),
                                StatusChange.of(at("08:30"), IN_PROGRESS)),
                        List.of(new HistoryProblem(2, "Change 2 at 2025-03-11T08:30:00Z is before the change "
                                + "preceding it at 2025-03-11T09:00:00Z."))),
                Arguments.of("illegal move",
                        List.of(StatusChange.of(OPENED, NEW), StatusChange.of(at("09:00"), IN_PROGRESS)),
                        List.of(new HistoryProblem(1, "Change 1 moves from NEW to IN_PROGRESS, which the "
                                + "lifecycle does not allow; from NEW it may move to [ASSIGNED, CANCELLED]."))),
                Arguments.of("move after a terminal status",
                        List.of(StatusChange.of(OPENED, NEW), StatusChange.of(at("08:10"), CANCELLED),
                                StatusChange.of(at("08:20"), ASSIGNED)),
                        List.of(new HistoryProblem(2, "Change 2 moves from CANCELLED to ASSIGNED, which the "
                                + "lifecycle does not allow; CANCELLED is terminal."))),
                Arguments.of("every flaw at once",
                        List.of(StatusChange.of(at("08:10"), ASSIGNED), StatusChange.of(at("08:00"), CLOSED)),
                        List.of(new HistoryProblem(0, "The first change is to ASSIGNED; it must be NEW."),
                                new HistoryProblem(0, "The first change is at 2025-03-11T08:10:00Z; it must be "
                                        + "at the opening instant 2025-03-11T08:05:00Z."),
                                new HistoryProblem(1, "Change 1 at 2025-03-11T08:00:00Z is before the change "
                                        + "preceding it at 2025-03-11T08:10:00Z."),
                                new HistoryProblem(1, "Change 1 moves from ASSIGNED to CLOSED, which the "
                                        + "lifecycle does not allow; from ASSIGNED it may move to "
                                        + "[ASSIGNED, IN_PROGRESS, CANCELLED]."))));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("badHistories")
    void historyProblems_listsEveryFlaw(String name, List<StatusChange> history, List<HistoryProblem> expected) {
        Incident incident = withHistory(history);

        assertThat(incident.historyProblems()).containsExactlyElementsOf(expected);
    }

    @Test
    void historyProblems_reassignmentAndReopening_areAllowed() {
        Incident incident = withHistory(List.of(
                StatusChange.of(OPENED, NEW),
                StatusChange.of(at("08:20"), ASSIGNED).withTechnician("Marta Puig"),
                StatusChange.of(at("08:40"), ASSIGNED).withTechnician("Jordi Serra"),
                StatusChange.of(at("09:00"), IN_PROGRESS),
                StatusChange.of(at("10:00"), RESOLVED),
                StatusChange.of(at("10:30"), IN_PROGRESS).withNote("Still jams with A3 paper"),
                StatusChange.of(at("11:00"), ON_HOLD),
                StatusChange.of(at("11:30"), RESOLVED),
                StatusChange.of(at("12:00"), CLOSED)));

        assertThat(incident.historyProblems()).isEmpty();
    }

    @Test
    void constructor_nullCollectionsAndOptionals_becomeEmpty() {
        Incident incident = new Incident("INC-2025-0145", NAVARCLES, OPENED, IncidentChannel.IN_PERSON,
                IncidentCategory.HARDWARE, Priority.HIGH, "Screen flickers", null, null, 0, null);

        assertThat(incident.history()).isEmpty();
        assertThat(incident.affectedAssetIds()).isEmpty();
        assertThat(incident.security()).isEmpty();
        assertThat(incident.status()).isEqualTo(NEW);
    }

    @Test
    void constructor_copiesTheLists() {
        List<String> assets = new ArrayList<>(List.of("PC-NAV-014"));
        Incident incident = printerJam().withAffectedAssetIds(assets);

        assets.add("PRN-NAV-002");

        assertThat(incident.affectedAssetIds()).containsExactly("PC-NAV-014");
    }

    @Test
    void withEffortMinutes_negative_throws() {
        assertThatThrownBy(() -> printerJam().withEffortMinutes(-1))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("Invalid effort -1 minutes, expected 0 or more, e.g. 45");
    }

    @Test
    void isCcnCertNotificationLate_usesTheOpeningInstant() {
        Incident phishing = Incident.open("INC-2025-0201", IneCode.parse("08113"), OPENED,
                        IncidentChannel.MONITORING_ALERT, IncidentCategory.SECURITY, Priority.CRITICAL,
                        "Credential-phishing e-mails sent from a council mailbox")
                .withSecurity(SecurityClassification.of("PHISHING", ImpactLevel.MEDIO));
        NotificationPolicy twoHours = NotificationPolicy.withAllowedDelay(Duration.ofHours(2));
        IncidentTaxonomy taxonomy = IncidentTaxonomy.bundled();

        assertThat(phishing.isCcnCertNotificationLate(taxonomy, twoHours, OPENED.plus(Duration.ofHours(2)))).isFalse();
        assertThat(phishing.isCcnCertNotificationLate(taxonomy, twoHours, OPENED.plus(Duration.ofMinutes(121))))
                .isTrue();
        assertThat(printerJam().isCcnCertNotificationLate(taxonomy, twoHours, at("23:00"))).isFalse();
    }

    private static Incident withHistory(List<StatusChange> history) {
        return new Incident("INC-2025-0142", NAVARCLES, OPENED, IncidentChannel.PHONE, IncidentCategory.PRINTING,
                Priority.MEDIUM, "Printer jams", history, List.of(), 30, Optional.empty());
    }
}
