// SPDX-License-Identifier: Apache-2.0
package io.github.enslocal.ens.evaluation;

import static io.github.enslocal.ens.evaluation.Bages.AS_OF;
import static io.github.enslocal.ens.evaluation.Bages.EXPEDIENTS;
import static io.github.enslocal.ens.evaluation.Bages.NAVARCLES;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.enslocal.core.asset.AssetType;
import io.github.enslocal.core.asset.Fact;
import io.github.enslocal.core.asset.Management;
import io.github.enslocal.core.dataset.Dataset;
import io.github.enslocal.core.ens.Category;
import io.github.enslocal.core.incident.Incident;
import io.github.enslocal.core.incident.IncidentCategory;
import io.github.enslocal.core.incident.IncidentStatus;
import io.github.enslocal.core.incident.classification.ImpactLevel;
import io.github.enslocal.core.incident.classification.NotificationTrigger;
import io.github.enslocal.core.incident.classification.SecurityClassification;
import io.github.enslocal.core.system.Audit;
import io.github.enslocal.core.system.AuditKind;
import io.github.enslocal.core.system.AuditResult;
import io.github.enslocal.core.system.SystemOwner;
import io.github.enslocal.core.system.SystemRoles;
import io.github.enslocal.core.time.DateRange;
import io.github.enslocal.ens.evaluation.Bages.AssetSpec;
import io.github.enslocal.ens.evaluation.Bages.DatasetSpec;
import io.github.enslocal.ens.evidence.EvidenceRules;
import io.github.enslocal.ens.evidence.EvidenceThresholds;
import io.github.enslocal.ens.spi.EvidenceRule;
import io.github.enslocal.ens.spi.Finding;
import io.github.enslocal.ens.spi.FindingGrade;
import io.github.enslocal.ens.spi.Subject;
import io.github.enslocal.ens.spi.Threshold;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Each built-in evidence rule on the healthy Navarcles fixture and on one that breaks it. */
class EvidenceRulesTest {

    /** Returns the expedient manager valued MEDIO in confidentiality, so MEDIA, where op.ext.1 and op.ext.2 apply. */
    private static Bages.SystemSpec mediaSystem() {
        return Bages.system().levels("C=MEDIO,I=BAJO");
    }

    private static List<Finding> findings(DatasetSpec spec) {
        return findings(spec, ComplianceEvaluator.standard());
    }

    private static List<Finding> findings(DatasetSpec spec, ComplianceEvaluator evaluator) {
        Dataset dataset = spec.build();
        return evaluator.evaluate(dataset, AS_OF).system(EXPEDIENTS).orElseThrow().findings();
    }

    private static List<String> described(DatasetSpec spec, String ruleId) {
        return findings(spec).stream().filter(finding -> finding.ruleId().equals(ruleId)).map(Finding::describe).toList();
    }

    @Test
    void healthyFixture_passesEveryRule() {
        assertThat(findings(Bages.healthy())).isEmpty();
    }

    @Test
    void standard_describesEveryRuleWithMeasuresInTheCatalogAndThresholdsWithTheirBasis() {
        List<EvidenceRule> rules = EvidenceRules.standard();

        assertThat(rules).extracting(EvidenceRule::id).doesNotHaveDuplicates().hasSize(16);
        assertThat(rules).allSatisfy(rule -> {
            assertThat(rule.description()).isNotBlank().doesNotContain("\n");
            rule.measures().forEach(measure -> assertThat(ComplianceEvaluator.standard().catalog().find(measure)).isPresent());
        });
        assertThat(rules.stream().flatMap(rule -> rule.thresholds().stream()).map(Threshold::toString)).contains(
                "auditMaxAgeYears = 2 (RD 311/2022 art. 31.1 and 38.1, at least every two years)",
                "patchMaxAgeDays = 90 (" + Threshold.LIBRARY_DEFAULT + ")");
    }

    @Test
    void thresholds_changedByTheHost_saySo() {
        List<Threshold> thresholds = EvidenceRules.standard(EvidenceThresholds.defaults().withPatchMaxAgeDays(30)).stream()
                .flatMap(rule -> rule.thresholds().stream()).filter(threshold -> threshold.name().equals("patchMaxAgeDays"))
                .toList();

        assertThat(thresholds).containsExactly(new Threshold("patchMaxAgeDays", "30", Threshold.HOST_SETTING));
    }

    @ParameterizedTest
    @CsvSource({
        "0, 'Invalid patchMaxAgeDays 0, expected 1 or more, e.g. 90'",
        "-5, 'Invalid patchMaxAgeDays -5, expected 1 or more, e.g. 90'"})
    void thresholds_outOfRange_areRejectedWithTheValue(int days, String message) {
        assertThatThrownBy(() -> EvidenceThresholds.defaults().withPatchMaxAgeDays(days))
                .isInstanceOf(IllegalArgumentException.class).hasMessage(message);
    }

    @Test
    void inventory_assetsWithoutResponsibleOrLocationOrRecentReview_areMinorFindings() {
        DatasetSpec spec = Bages.withAssets(
                AssetSpec.of("srv-navarcles-01", AssetType.SERVER).responsible(null),
                AssetSpec.of("pc-navarcles-012", AssetType.DESKTOP).location(null).lastReview(LocalDate.of(2024, 3, 1)));

        assertThat(described(spec, "inventory-completeness")).containsExactly(
                "MINOR op.exp.1 [inventory-completeness]: 1 desktop without a location (pc-navarcles-012)",
                "MINOR op.exp.1 [inventory-completeness]: 1 server without a responsible person (srv-navarcles-01)",
                "MINOR op.exp.1 [inventory-completeness]: 1 desktop whose inventory record was not reviewed in the last"
                        + " 365 days (pc-navarcles-012)");
    }

    @Test
    void inventory_systemWithoutAssets_isAnObservationOnly() {
        assertThat(described(Bages.withAssets(), "inventory-completeness")).containsExactly(
                "OBSERVATION op.exp.1 [inventory-completeness]: the system lists no asset, so its inventory cannot be"
                        + " checked (nav-sis-expedients)");
    }

    @Test
    void patching_serversOutOfSupport_areMajorAndStalePatchesMinor() {
        DatasetSpec spec = Bages.withAssets(
                AssetSpec.of("srv-navarcles-01", AssetType.SERVER).endOfSupport(LocalDate.of(2024, 10, 8)),
                AssetSpec.of("srv-navarcles-02", AssetType.VIRTUAL_SERVER).endOfSupport(LocalDate.of(2023, 10, 10)),
                AssetSpec.of("pc-navarcles-012", AssetType.DESKTOP).lastPatch(LocalDate.of(2025, 1, 14)),
                AssetSpec.of("lt-navarcles-007", AssetType.LAPTOP).endOfSupport(LocalDate.of(2025, 10, 14)));

        assertThat(described(spec, "end-of-support-and-patching")).containsExactly(
                "MAJOR op.exp.4 [end-of-support-and-patching]: 2 servers out of vendor support (srv-navarcles-01,"
                        + " srv-navarcles-02)",
                "MINOR op.exp.4 [end-of-support-and-patching]: 1 desktop not patched in the last 90 days (pc-navarcles-012)",
                "OBSERVATION op.exp.4 [end-of-support-and-patching]: 1 laptop reaching the end of vendor support within"
                        + " 180 days (lt-navarcles-007)");
    }

    @Test
    void patching_cloudServiceWithoutPatchDate_isNotReported() {
        DatasetSpec spec = Bages.withAssets(AssetSpec.of("cloud-seu-electronica", AssetType.CLOUD_SERVICE).lastPatch(null));

        assertThat(described(spec, "end-of-support-and-patching")).isEmpty();
    }

    @Test
    void antiMalware_disabledIsMinorAndUnknownAnObservation() {
        DatasetSpec spec = Bages.withAssets(
                AssetSpec.of("pc-navarcles-012", AssetType.DESKTOP).antiMalware(Fact.NO),
                AssetSpec.of("srv-navarcles-01", AssetType.SERVER).antiMalware(Fact.UNKNOWN),
                AssetSpec.of("prn-navarcles-01", AssetType.PRINTER).antiMalware(Fact.NO));

        assertThat(described(spec, "anti-malware")).containsExactly(
                "MINOR op.exp.6 [anti-malware]: 1 desktop without active anti-malware (pc-navarcles-012)",
                "OBSERVATION op.exp.6 [anti-malware]: 1 server with no record of anti-malware protection (srv-navarcles-01)");
    }

    @Test
    void logging_serverWithoutLogs_isMinor() {
        DatasetSpec spec = Bages.withAssets(AssetSpec.of("srv-navarcles-01", AssetType.SERVER).logging(Fact.NO),
                AssetSpec.of("pc-navarcles-012", AssetType.DESKTOP).logging(Fact.NO));

        assertThat(described(spec, "activity-logging")).containsExactly(
                "MINOR op.exp.8 [activity-logging]: 1 server without activity logging (srv-navarcles-01)");
    }

    @Test
    void mfa_cloudServiceWithoutSecondFactor_isMinor() {
        DatasetSpec spec = Bages.withAssets(AssetSpec.of("cloud-correu", AssetType.CLOUD_SERVICE).mfa(Fact.NO));

        assertThat(described(spec, "multi-factor-authentication")).containsExactly(
                "MINOR op.acc.6 [multi-factor-authentication]: 1 cloud service without multi-factor authentication"
                        + " (cloud-correu)");
    }

    @Test
    void portableEncryption_unencryptedLaptopsAndTablets_areMajor() {
        DatasetSpec spec = Bages.withAssets(
                AssetSpec.of("lt-navarcles-007", AssetType.LAPTOP).encryption(Fact.NO),
                AssetSpec.of("tab-navarcles-02", AssetType.TABLET).encryption(Fact.NO),
                AssetSpec.of("mob-navarcles-05", AssetType.MOBILE).encryption(Fact.UNKNOWN),
                AssetSpec.of("pc-navarcles-012", AssetType.DESKTOP).encryption(Fact.NO));

        assertThat(described(spec, "portable-device-encryption")).containsExactly(
                "MAJOR mp.eq.3 [portable-device-encryption]: 2 assets without disk encryption (lt-navarcles-007,"
                        + " tab-navarcles-02)",
                "OBSERVATION mp.eq.3 [portable-device-encryption]: 1 mobile with no record of disk encryption"
                        + " (mob-navarcles-05)");
    }

    @Test
    void portableEncryption_noPortableDevice_givesNoFinding() {
        DatasetSpec spec = Bages.withAssets(AssetSpec.of("srv-navarcles-01", AssetType.SERVER).encryption(Fact.NO));

        assertThat(described(spec, "portable-device-encryption")).isEmpty();
    }

    @Test
    void backups_staleBackupAndUntestedRestore_areMinor() {
        DatasetSpec spec = Bages.withAssets(
                AssetSpec.of("srv-navarcles-01", AssetType.SERVER).lastBackup(LocalDate.of(2025, 6, 1)),
                AssetSpec.of("nas-navarcles-01", AssetType.STORAGE).lastRestoreTest(null));

        assertThat(described(spec, "backups-and-restore-tests")).containsExactly(
                "MINOR mp.info.6 [backups-and-restore-tests]: 1 server not backed up in the last 7 days (srv-navarcles-01)",
                "OBSERVATION mp.info.6 [backups-and-restore-tests]: 1 storage device with no restore test recorded"
                        + " (nas-navarcles-01)");
    }

    @Test
    void incidents_highDangerNotNotified_isMajor_andLongOpenMinor() {
        Incident phishing = Bages.incident("INC-2025-0142", "2025-04-03T08:15:00Z", IncidentCategory.SECURITY)
                .withSecurity(SecurityClassification.of("PHISHING", ImpactLevel.BAJO));
        Incident spam = Bages.incident("INC-2025-0150", "2025-04-10T09:00:00Z", IncidentCategory.SECURITY)
                .withSecurity(SecurityClassification.of("SPAM", ImpactLevel.BAJO));
        Incident notified = Bages.incident("INC-2025-0160", "2025-05-02T10:00:00Z", IncidentCategory.SECURITY)
                .withSecurity(SecurityClassification.of("SPAM", ImpactLevel.ALTO)
                        .withCcnCertNotification(Instant.parse("2025-05-02T12:00:00Z"), "LUCIA-2025-8812"))
                .moveTo(IncidentStatus.ASSIGNED, Instant.parse("2025-05-02T10:30:00Z"))
                .moveTo(IncidentStatus.IN_PROGRESS, Instant.parse("2025-05-02T11:00:00Z"))
                .moveTo(IncidentStatus.RESOLVED, Instant.parse("2025-05-05T11:00:00Z"));
        DatasetSpec spec = Bages.healthy().incident(phishing).incident(spam).incident(notified);

        assertThat(described(spec, "incident-handling")).containsExactly(
                "MAJOR op.exp.7 [incident-handling]: 1 incident must be notified to the CCN-CERT (danger or impact ALTO"
                        + " or above) and were not (INC-2025-0142)",
                "MINOR op.exp.7 [incident-handling]: 2 incidents have been open for more than 30 days (INC-2025-0142,"
                        + " INC-2025-0150)");
    }

    @Test
    void incidents_notificationLaterThanTheHostsDelay_isMinor() {
        Incident late = Bages.incident("INC-2025-0160", "2025-06-02T10:00:00Z", IncidentCategory.SECURITY)
                .withSecurity(SecurityClassification.of("SPAM", ImpactLevel.ALTO)
                        .withCcnCertNotification(Instant.parse("2025-06-04T10:00:00Z"), "LUCIA-2025-8812"));
        ComplianceEvaluator evaluator = ComplianceEvaluator.builder().options(EvaluationOptions.defaults()
                .withThresholds(EvidenceThresholds.defaults().withNotification(Duration.ofHours(24),
                        NotificationTrigger.IMPACT))).build();

        List<Finding> findings = findings(Bages.healthy().incident(late), evaluator);

        assertThat(findings).extracting(Finding::describe).containsExactly(
                "MINOR op.exp.7 [incident-handling]: 1 incident were notified to the CCN-CERT later than 24 h after"
                        + " opening (INC-2025-0160)");
    }

    @Test
    void incidents_openedAfterTheEvaluationDay_areNotYetThere() {
        Incident future = Bages.incident("INC-2025-0301", "2025-06-30T22:30:00Z", IncidentCategory.SECURITY)
                .withSecurity(SecurityClassification.of("PHISHING", ImpactLevel.ALTO));

        assertThat(described(Bages.healthy().incident(future), "incident-handling")).isEmpty();
    }

    @Test
    void incidentRegister_securityIncidentWithoutClassification_isMinor() {
        DatasetSpec spec = Bages.healthy()
                .incident(Bages.incident("INC-2025-0170", "2025-06-20T08:00:00Z", IncidentCategory.SECURITY))
                .incident(Bages.incident("INC-2025-0171", "2025-06-20T09:00:00Z", IncidentCategory.PRINTING))
                .incident(Bages.incident("INC-2025-0172", "2025-06-20T10:00:00Z", IncidentCategory.EMAIL)
                        .withSecurity(SecurityClassification.of("NO_SUCH_TYPE", ImpactLevel.BAJO)));

        assertThat(described(spec, "incident-register")).containsExactly(
                "MINOR op.exp.9 [incident-register]: 1 incident filed as security incidents carry no CCN-STIC 817"
                        + " classification (INC-2025-0170)",
                "MINOR op.exp.9 [incident-register]: 1 incident are classified with a type the taxonomy does not define"
                        + " (INC-2025-0172)");
    }

    @Test
    void externalProvider_noConventionInForce_isMajorOnBothMeasures() {
        DatasetSpec spec = Bages.withSystem(mediaSystem());
        spec.conventions.clear();
        spec.conventions.add(Bages.convention("cc-bages-tic-2021", DateRange.parse("2021-01-01/2024-12-31"), NAVARCLES));

        assertThat(described(spec, "external-provider-contract")).containsExactly(
                "MAJOR op.ext.1 [external-provider-contract]: no convention with the supporting body is in force on"
                        + " 30 June 2025 with 08140 adhered, although it manages 3 assets of the system (08140,"
                        + " cc-bages-tic-2021)",
                "MAJOR op.ext.2 [external-provider-contract]: no convention with the supporting body is in force on"
                        + " 30 June 2025 with 08140 adhered, although it manages 3 assets of the system (08140,"
                        + " cc-bages-tic-2021)");
    }

    @Test
    void externalProvider_conventionEndingSoon_isAnObservation() {
        DatasetSpec spec = Bages.withSystem(mediaSystem());
        spec.conventions.set(0, Bages.convention("cc-bages-tic-2022", DateRange.parse("2022-01-01/2025-08-31"), NAVARCLES));

        assertThat(described(spec, "external-provider-contract")).containsExactly(
                "OBSERVATION op.ext.1 [external-provider-contract]: the convention in force ends on 31 August 2025, within"
                        + " 90 days (cc-bages-tic-2022)");
    }

    @Test
    void externalProvider_basicaSystem_dropsTheFindingsBecauseOpExt1DoesNotApply() {
        DatasetSpec spec = Bages.healthy();
        spec.conventions.clear();

        assertThat(described(spec, "external-provider-contract")).isEmpty();
    }

    @Test
    void externalProvider_assetsManagedByTheMunicipality_haveNothingToCheck() {
        DatasetSpec spec = Bages.withAssets(AssetSpec.of("srv-navarcles-01", AssetType.SERVER)
                .managedBy(Management.MUNICIPALITY));
        spec.conventions.clear();

        assertThat(described(spec, "external-provider-contract")).isEmpty();
    }

    @Test
    void training_noRecentAwarenessSession_isMinorOnMpPer3() {
        DatasetSpec spec = Bages.healthy();
        spec.sessions.set(0, Bages.session("form-2024-02", LocalDate.of(2024, 2, 20),
                io.github.enslocal.core.training.TrainingKind.AWARENESS, NAVARCLES));

        assertThat(described(spec, "training")).containsExactly(
                "MINOR mp.per.3 [training]: staff of 08140 attended no Concienciación session in the last 12 months;"
                        + " the last was on 20 February 2024 (08140, form-2024-02)");
    }

    @Test
    void training_systemOfASupportBody_hasNothingToCheck() {
        DatasetSpec spec = Bages.withSystem(Bages.system().owner(SystemOwner.supportBody("cc-bages")));
        spec.sessions.clear();

        assertThat(described(spec, "training")).isEmpty();
    }

    @Test
    void policy_notApproved_isMajor() {
        assertThat(described(Bages.withSystem(Bages.system().policy(null)), "policy-approval")).containsExactly(
                "MAJOR org.1 [policy-approval]: no approved security policy covers the system (nav-sis-expedients)");
    }

    @Test
    void roles_sameSecurityAndSystemOfficer_isMinor_andMissingSecurityOfficerMajor() {
        SystemRoles sameOfficer = new SystemRoles(Optional.of(Bages.MAYOR), Optional.of(Bages.MAYOR),
                Optional.of(Bages.SECRETARY), Optional.of(io.github.enslocal.core.system.Person.named("Montserrat Vila i Puig")));
        SystemRoles noOfficer = new SystemRoles(Optional.of(Bages.MAYOR), Optional.empty(), Optional.empty(),
                Optional.of(Bages.TECHNICIAN));

        assertThat(described(Bages.withSystem(Bages.system().roles(sameOfficer)), "role-segregation")).containsExactly(
                "MINOR org.1 [role-segregation]: the security officer and the system officer are the same person,"
                        + " Montserrat Vilà i Puig (art. 13.3) (nav-sis-expedients)");
        assertThat(described(Bages.withSystem(Bages.system().roles(noOfficer)), "role-segregation")).containsExactly(
                "MAJOR org.1 [role-segregation]: no Responsable de la seguridad is designated (nav-sis-expedients)",
                "MINOR org.1 [role-segregation]: roles not designated: Responsable del servicio (nav-sis-expedients)");
    }

    @Test
    void riskAnalysis_olderThanAYear_isMinor() {
        assertThat(described(Bages.withSystem(Bages.system().riskAnalysis(LocalDate.of(2024, 5, 2))), "risk-analysis"))
                .containsExactly("MINOR op.pl.1 [risk-analysis]: the risk analysis of 2 May 2024 is older than 12 months"
                        + " (nav-sis-expedients)");
    }

    @Test
    void categorisationReview_staleAndDeclaredBelowTheValuations_areSystemFindings() {
        DatasetSpec spec = Bages.withSystem(Bages.system().levels("C=MEDIO,I=BAJO").declared(Category.BASICA)
                .categorisationReview(LocalDate.of(2024, 3, 1))
                .audit(new Audit(LocalDate.of(2024, 11, 21), AuditKind.CERTIFICATION, AuditResult.FAVORABLE, Optional.empty())));

        assertThat(described(spec, "categorisation-review")).containsExactly(
                "MAJOR system [categorisation-review]: the declared category BÁSICA differs from MEDIA, which the"
                        + " valuations give (nav-sis-expedients)",
                "MINOR system [categorisation-review]: the categorisation was last reviewed on 1 March 2024, more than 12"
                        + " months ago (nav-sis-expedients)");
    }

    @Test
    void audit_mediaSystemWithOnlyASelfAssessment_isMajor() {
        DatasetSpec spec = Bages.withSystem(Bages.system().levels("C=MEDIO,I=BAJO"));

        assertThat(described(spec, "conformity-audit")).containsExactly(
                "MAJOR system [conformity-audit]: a MEDIA system needs a certification audit, but the last was a"
                        + " self-assessment (nav-sis-expedients)");
    }

    @Test
    void audit_basicaSelfAssessmentOlderThanTwoYears_isMajor() {
        DatasetSpec spec = Bages.withSystem(Bages.system().audit(new Audit(LocalDate.of(2023, 6, 29),
                AuditKind.SELF_ASSESSMENT, AuditResult.FAVORABLE_WITH_NON_CONFORMITIES, Optional.empty())));

        assertThat(described(spec, "conformity-audit")).containsExactly(
                "MAJOR system [conformity-audit]: the last conformity audit, of 29 June 2023, is older than 2 years"
                        + " (nav-sis-expedients)",
                "OBSERVATION system [conformity-audit]: the last conformity audit, of 29 June 2023, was favourable with"
                        + " non-conformities to correct (nav-sis-expedients)");
    }

    @Test
    void findings_carryTheirSubjectsAsData() {
        DatasetSpec spec = Bages.withAssets(AssetSpec.of("lt-navarcles-007", AssetType.LAPTOP).encryption(Fact.NO));

        Finding finding = findings(spec).stream().filter(f -> f.ruleId().equals("portable-device-encryption"))
                .findFirst().orElseThrow();

        assertThat(finding.grade()).isEqualTo(FindingGrade.MAJOR);
        assertThat(finding.grade().officialName()).isEqualTo("No Conformidad Mayor");
        assertThat(finding.subjects()).containsExactly(Subject.asset("lt-navarcles-007"));
    }
}
