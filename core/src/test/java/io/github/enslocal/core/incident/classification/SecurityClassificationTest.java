// SPDX-License-Identifier: Apache-2.0
package io.github.enslocal.core.incident.classification;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validation;
import jakarta.validation.Validator;
import jakarta.validation.ValidatorFactory;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.Set;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.hibernate.validator.messageinterpolation.ParameterMessageInterpolator;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class SecurityClassificationTest {

    private static final IncidentTaxonomy TAXONOMY = IncidentTaxonomy.bundled();
    /** A phishing campaign against Manresa's town hall, opened 2025-03-12 09:14 CET. */
    private static final Instant OCCURRED = Instant.parse("2025-03-12T08:14:00Z");
    private static final NotificationPolicy FOUR_HOURS = NotificationPolicy.withAllowedDelay(Duration.ofHours(4));

    @ParameterizedTest(name = "{0} with manual {1} has danger {2}")
    @CsvSource({
        "SPAM, , BAJO",
        "SPAM, MEDIO, MEDIO",
        "SPAM, CRITICO, CRITICO",
        "PHISHING, , ALTO",
        "PHISHING, ALTO, ALTO",
        "PHISHING, MUY_ALTO, MUY_ALTO",
        "PHISHING, BAJO, ALTO",
        "APT, MEDIO, CRITICO",
    })
    void danger_isTheHigherOfDefaultAndManual(String typeId, DangerLevel manual, DangerLevel expected) {
        SecurityClassification classification = new SecurityClassification(
                typeId, Optional.ofNullable(manual), ImpactLevel.BAJO, null, null, false);

        assertThat(classification.danger(TAXONOMY)).isEqualTo(expected);
    }

    @ParameterizedTest(name = "{0} with manual {1}: below default is {2}")
    @CsvSource({
        "PHISHING, , false",
        "PHISHING, ALTO, false",
        "PHISHING, CRITICO, false",
        "PHISHING, MEDIO, true",
        "PHISHING, BAJO, true",
        "SPAM, BAJO, false",
        "APT, MUY_ALTO, true",
    })
    void isManualDangerBelowDefault_flagsOnlyLoweringValues(String typeId, DangerLevel manual, boolean below) {
        SecurityClassification classification = new SecurityClassification(
                typeId, Optional.ofNullable(manual), ImpactLevel.BAJO, null, null, false);

        assertThat(classification.isManualDangerBelowDefault(TAXONOMY)).isEqualTo(below);
    }

    @Property
    void danger_neverBelowTheTypeDefaultNorTheManualLevel(
            @ForAll("typeIds") String typeId, @ForAll DangerLevel manual, @ForAll ImpactLevel impact) {
        DangerLevel danger = SecurityClassification.of(typeId, impact).withManualDanger(manual).danger(TAXONOMY);

        assertThat(danger.isAtLeast(TAXONOMY.requireType(typeId).defaultDanger())).isTrue();
        assertThat(danger.isAtLeast(manual)).isTrue();
    }

    @Provide
    Arbitrary<String> typeIds() {
        return Arbitraries.of(TAXONOMY.types().stream().map(IncidentType::id).toList());
    }

    @ParameterizedTest(name = "{0} (danger {1}) with impact {2}: by impact {3}, by danger or impact {4}")
    @CsvSource({
        "SPAM, BAJO, IRRELEVANTE, false, false",
        "SPAM, BAJO, MEDIO, false, false",
        "SPAM, BAJO, ALTO, true, true",
        "SISTEMA_VULNERABLE, MEDIO, CRITICO, true, true",
        "PHISHING, ALTO, BAJO, false, true",
        "PHISHING, ALTO, IRRELEVANTE, false, true",
        "APT, CRITICO, MEDIO, false, true",
        "ROBO, MUY_ALTO, MUY_ALTO, true, true",
    })
    void mustNotifyCcnCert_followsTheTrigger(
            String typeId, DangerLevel danger, ImpactLevel impact, boolean byImpact, boolean byDangerOrImpact) {
        SecurityClassification classification = SecurityClassification.of(typeId, impact);
        assertThat(classification.danger(TAXONOMY)).isEqualTo(danger);

        assertThat(classification.mustNotifyCcnCert(TAXONOMY, NotificationTrigger.IMPACT)).isEqualTo(byImpact);
        assertThat(classification.mustNotifyCcnCert(TAXONOMY, NotificationTrigger.DANGER_OR_IMPACT))
                .isEqualTo(byDangerOrImpact);
        assertThat(classification.mustNotifyCcnCert(TAXONOMY)).isEqualTo(byDangerOrImpact);
    }

    @Test
    void mustNotifyCcnCert_manualRaiseToAlto_triggersNotification() {
        SecurityClassification spam = SecurityClassification.of("SPAM", ImpactLevel.BAJO);

        assertThat(spam.mustNotifyCcnCert(TAXONOMY)).isFalse();
        assertThat(spam.withManualDanger(DangerLevel.ALTO).mustNotifyCcnCert(TAXONOMY)).isTrue();
    }

    @ParameterizedTest(name = "notified {0}, judged at {1}: late {2}")
    @CsvSource({
        "2025-03-12T10:00:00Z, 2025-03-20T00:00:00Z, false",
        "2025-03-12T12:14:00Z, 2025-03-20T00:00:00Z, false",
        "2025-03-12T12:14:01Z, 2025-03-20T00:00:00Z, true",
        ", 2025-03-12T12:14:00Z, false",
        ", 2025-03-12T12:14:01Z, true",
        "2025-03-13T09:00:00Z, 2025-03-12T11:00:00Z, false",
        "2025-03-13T09:00:00Z, 2025-03-12T13:00:00Z, true",
    })
    void isCcnCertNotificationLate_comparesWithTheAllowedDelay(Instant notifiedAt, Instant asOf, boolean late) {
        SecurityClassification phishing = new SecurityClassification(
                "PHISHING", Optional.empty(), ImpactLevel.MEDIO, Optional.ofNullable(notifiedAt), null, false);

        assertThat(phishing.isCcnCertNotificationLate(TAXONOMY, FOUR_HOURS, OCCURRED, asOf)).isEqualTo(late);
    }

    @Test
    void isCcnCertNotificationLate_noDuty_isNeverLate() {
        SecurityClassification phishing = SecurityClassification.of("PHISHING", ImpactLevel.MEDIO);
        NotificationPolicy itsReading = new NotificationPolicy(NotificationTrigger.IMPACT, Duration.ZERO);

        assertThat(phishing.isCcnCertNotificationLate(TAXONOMY, itsReading, OCCURRED, OCCURRED.plusSeconds(86_400)))
                .isFalse();
    }

    @Test
    void notificationPolicy_negativeDelay_throws() {
        assertThatThrownBy(() -> NotificationPolicy.withAllowedDelay(Duration.ofMinutes(-5)))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("Invalid allowed notification delay PT-5M, expected zero or positive, e.g. PT4H");
    }

    @Test
    void notificationPolicy_withAllowedDelay_usesTheDefaultTrigger() {
        assertThat(FOUR_HOURS.trigger()).isEqualTo(NotificationTrigger.DANGER_OR_IMPACT);
    }

    @Test
    void constructor_nullOptionals_becomeEmpty() {
        SecurityClassification classification = new SecurityClassification(
                "SPAM", null, ImpactLevel.BAJO, null, null, false);

        assertThat(classification.manualDanger()).isEmpty();
        assertThat(classification.notifiedToCcnCertAt()).isEmpty();
        assertThat(classification.notificationReference()).isEmpty();
    }

    @Test
    void withCcnCertNotification_recordsInstantAndReference() {
        SecurityClassification notified = SecurityClassification.of("PHISHING", ImpactLevel.ALTO)
                .withCcnCertNotification(Instant.parse("2025-03-12T09:02:00Z"), "LUCIA-2025-004711");

        assertThat(notified.notifiedToCcnCertAt()).contains(Instant.parse("2025-03-12T09:02:00Z"));
        assertThat(notified.notificationReference()).contains("LUCIA-2025-004711");
    }

    @Test
    void danger_unknownType_throwsNamingIt() {
        SecurityClassification classification = SecurityClassification.of("RANSOMWARE", ImpactLevel.ALTO);

        assertThatThrownBy(() -> classification.danger(TAXONOMY))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("'RANSOMWARE'");
    }

    @Test
    void validation_collectsEveryViolation() {
        SecurityClassification bad = new SecurityClassification(
                "phishing", Optional.empty(), null, Optional.empty(), Optional.of(" "), true);

        Set<ConstraintViolation<SecurityClassification>> violations;
        try (ValidatorFactory factory = Validation.byDefaultProvider().configure()
                .messageInterpolator(new ParameterMessageInterpolator()).buildValidatorFactory()) {
            Validator validator = factory.getValidator();
            violations = validator.validate(bad);
        }

        assertThat(violations).extracting(v -> v.getPropertyPath().toString())
                .containsExactlyInAnyOrder("typeId", "impact", "notificationReference");
    }

    @Property
    void dangerMax_isCommutativeAndAtLeastBoth(@ForAll DangerLevel a, @ForAll DangerLevel b) {
        assertThat(a.max(b)).isEqualTo(b.max(a));
        assertThat(a.max(b).isAtLeast(a) && a.max(b).isAtLeast(b)).isTrue();
    }
}
