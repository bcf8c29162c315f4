// SPDX-License-Identifier: Apache-2.0
package io.github.enslocal.ens.evaluation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.enslocal.core.ens.MeasureId;
import io.github.enslocal.core.ens.ReinforcementId;
import io.github.enslocal.core.incident.classification.NotificationTrigger;
import io.github.enslocal.ens.evidence.EvidenceThresholds;
import io.github.enslocal.ens.spi.Finding;
import io.github.enslocal.ens.spi.FindingGrade;
import io.github.enslocal.ens.spi.FindingTexts;
import io.github.enslocal.ens.spi.Subject;
import io.github.enslocal.ens.spi.Threshold;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** The small value types of the SPI and the options check themselves and print themselves. */
class ValueTypesTest {

    static Stream<Arguments> badValues() {
        return Stream.of(
                Arguments.of((ThrowingCallable) () -> Subject.asset(" "),
                        "Invalid subject id ' ' of kind ASSET, expected a record id such as 'nav-srv-01'"),
                Arguments.of((ThrowingCallable) () -> Finding.of("anti-malware", MeasureId.parse("op.exp.6"),
                        FindingGrade.MINOR, "", List.of()),
                        "A finding's message must not be blank, got '', e.g. '2 servers whose responsible is not a"
                                + " person of the staff directory'"),
                Arguments.of((ThrowingCallable) () -> new Finding("anti-malware", Optional.of(MeasureId.parse("op.exp.6")),
                        Optional.empty(), FindingGrade.MINOR, " ", Map.of(), List.of(), FindingTexts.builtIn()),
                        "A finding needs a rule id and a code, got 'anti-malware' and ' ', e.g."
                                + " 'end-of-support-and-patching' and 'patching.out-of-support'"),
                Arguments.of((ThrowingCallable) () -> new Finding("encryption", Optional.of(MeasureId.parse("mp.eq.3")),
                        Optional.of(ReinforcementId.parse("op.acc.6.r8")), FindingGrade.MINOR, "encryption.missing",
                        Map.of(), List.of(), FindingTexts.builtIn()),
                        "Invalid part op.acc.6.r8 of a finding about mp.eq.3, expected a reinforcement of the measure,"
                                + " e.g. mp.eq.3.r1 for mp.eq.3"),
                Arguments.of((ThrowingCallable) () -> Finding.of("anti-malware", MeasureId.parse("op.exp.6"),
                        FindingGrade.MINOR, "anti-malware.missing", Map.of("when", new Object()), List.of(),
                        FindingTexts.builtIn()),
                        "Invalid finding argument 'when' of type java.lang.Object, expected e.g. a Quantity, a LocalDate"
                                + " or a String"),
                Arguments.of((ThrowingCallable) () -> new Threshold("patchMaxAgeDays", "", Threshold.LIBRARY_DEFAULT),
                        "Invalid threshold value '', expected e.g. 'patchMaxAgeDays = 90 ("
                                + Threshold.LIBRARY_DEFAULT + ")'"),
                Arguments.of((ThrowingCallable) () -> EvaluationOptions.defaults().withParallelism(0),
                        "Invalid parallelism 0, expected 1 or more, e.g. 4"),
                Arguments.of((ThrowingCallable) () -> EvidenceThresholds.defaults().withNotification(Duration.ofHours(-1),
                        NotificationTrigger.IMPACT),
                        "Invalid notificationDelay PT-1H, expected zero or positive, e.g. PT24H"),
                Arguments.of((ThrowingCallable) () -> EvidenceThresholds.defaults().withReviewPeriods(12, 12, 0),
                        "Invalid auditMaxAgeYears 0, expected 1 or more, e.g. 2"),
                Arguments.of((ThrowingCallable) () -> EvidenceThresholds.defaults().withConventionExpiryWarningDays(-1),
                        "Invalid conventionExpiryWarningDays -1, expected 0 or more, e.g. 90"));
    }

    @ParameterizedTest
    @MethodSource("badValues")
    void badValue_isRejectedQuotingIt(ThrowingCallable creation, String message) {
        assertThatThrownBy(creation).isInstanceOf(IllegalArgumentException.class).hasMessage(message);
    }

    @Test
    void finding_sortsSubjectsDropsDuplicatesAndShowsThreeIds() {
        Finding finding = Finding.of("anti-malware", MeasureId.parse("op.exp.6"), FindingGrade.MINOR,
                "4 desktops without active anti-malware", List.of(Subject.asset("pc-04"), Subject.asset("pc-02"),
                        Subject.asset("pc-01"), Subject.asset("pc-03"), Subject.asset("pc-02")));

        assertThat(finding.subjects()).extracting(Subject::id).containsExactly("pc-01", "pc-02", "pc-03", "pc-04");
        assertThat(finding.describe()).isEqualTo(
                "MINOR op.exp.6 [anti-malware]: 4 desktops without active anti-malware (pc-01, pc-02, pc-03, …)");
    }

    @Test
    void findings_sortSystemWideFirstThenByMeasureAndGrade() {
        Finding systemWide = Finding.ofSystem("conformity-audit", FindingGrade.OBSERVATION, "audit", List.of());
        Finding minorOrg = Finding.of("policy-approval", MeasureId.parse("org.1"), FindingGrade.MINOR, "b", List.of());
        Finding majorOrg = Finding.of("role-segregation", MeasureId.parse("org.1"), FindingGrade.MAJOR, "a", List.of());
        Finding op = Finding.of("anti-malware", MeasureId.parse("op.exp.6"), FindingGrade.MAJOR, "c", List.of());

        assertThat(Stream.of(op, minorOrg, systemWide, majorOrg).sorted()).containsExactly(systemWide, majorOrg, minorOrg, op);
    }

    @Test
    void findingGrades_nameTheCcnStic802Categories() {
        assertThat(FindingGrade.values()).extracting(FindingGrade::officialName)
                .containsExactly("No Conformidad Mayor", "No Conformidad menor", "Observación");
        assertThat(FindingGrade.OBSERVATION.isNonConformity()).isFalse();
    }
}
