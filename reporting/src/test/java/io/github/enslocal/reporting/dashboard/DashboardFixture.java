// SPDX-License-Identifier: Apache-2.0
package io.github.enslocal.reporting.dashboard;

import io.github.enslocal.core.assessment.ActionStatus;
import io.github.enslocal.core.assessment.AdequacyPlan;
import io.github.enslocal.core.assessment.Compensation;
import io.github.enslocal.core.assessment.Exclusion;
import io.github.enslocal.core.assessment.MeasureAssessment;
import io.github.enslocal.core.assessment.PlanAction;
import io.github.enslocal.core.dataset.Dataset;
import io.github.enslocal.core.ens.DimensionLevels;
import io.github.enslocal.core.ens.Maturity;
import io.github.enslocal.core.ens.MeasureId;
import io.github.enslocal.core.ens.ReinforcementId;
import io.github.enslocal.core.system.Audit;
import io.github.enslocal.core.system.AuditKind;
import io.github.enslocal.core.system.AuditResult;
import io.github.enslocal.core.system.InformationSystem;
import io.github.enslocal.core.system.InformationValuation;
import io.github.enslocal.core.system.Person;
import io.github.enslocal.core.system.ServiceValuation;
import io.github.enslocal.core.system.SystemOwner;
import io.github.enslocal.core.system.SystemRoles;
import io.github.enslocal.core.territory.IneCode;
import io.github.enslocal.ens.evaluation.ComplianceEvaluator;
import io.github.enslocal.ens.evaluation.DatasetEvaluation;
import io.github.enslocal.reporting.operations.OperationsFixture;
import io.github.enslocal.reporting.sample.SampleFixtures;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.UnaryOperator;
import java.util.stream.Collectors;

/**
 * The dashboard fixture: the Consell Comarcal del Bages of {@link OperationsFixture} (five
 * municipalities, its convention, incidents and assets) with six information systems, their
 * assessments and two adequacy plans, evaluated by {@link ComplianceEvaluator#standard()} on
 * {@link #AS_OF}.
 *
 * <p>Facts the model tests check by hand:
 * <ul>
 *   <li>Artés (08010): one system whose valuations assign no level, so no category; never
 *       audited; no policy.</li>
 *   <li>Manresa (08113): {@code man-expedients} MEDIA (C=MEDIO), every role designated and
 *       segregated, policy 2023-05-10, certification audit 2024-03-15; {@code man-padro} BÁSICA, the
 *       same person as security and system officer, policy 2024-02-01, self-assessment 2022-11-20.
 *       So: policy 2024-02-01, roles 2/2 designated and 1/2 segregated, last audit 2022-11-20, due
 *       2024-11-20, overdue. Compliance 3/105: org.1, org.2 and op.exp.1 of man-expedients are
 *       compliant, of 59 + 46 required; maturity 25/525: 3+3+3+4+3+2 = 18 declared for
 *       man-expedients (mp.info.6 does not apply, D being unassigned) and 2+2+1+2 = 7 for man-padro.</li>
 *   <li>Navarcles (08140): {@code nav-seu} BÁSICA, only a security officer, no policy, no audit;
 *       its plan has 4 actions, of which 2 are overdue on {@link #AS_OF} (one open and due
 *       2025-01-31, one planned and due 2024-12-31; one done late is not overdue, one due in March
 *       is not yet).</li>
 *   <li>Santpedor (08192): owns no system.</li>
 *   <li>Sant Fruitós de Bages (08213): {@code sfb-policia} ALTA (D=ALTO), every role, policy
 *       2024-09-01, certification 2025-01-20, one exclusion and one compensation; its plan has one
 *       overdue action. Compliance 5/68: org.1 to org.4 compliant and op.acc.3 compensated; maturity
 *       29/340: 4×4 for org.1–4, 4 for op.pl.1 and op.pl.2, 3 for op.acc.3, 2 for mp.info.6 (op.acc.1
 *       does not apply, op.cont.2 is excluded).</li>
 *   <li>{@code cc-correu}, owned by the consell comarcal itself, is in no row.</li>
 * </ul>
 */
public final class DashboardFixture {

    /** The date of the evaluation and the dashboard. */
    public static final LocalDate AS_OF = OperationsFixture.AS_OF;
    /** The support body. */
    public static final String SUPPORT_BODY_ID = OperationsFixture.SUPPORT_BODY_ID;
    /** Artés. */
    public static final IneCode ARTES = OperationsFixture.ARTES;
    /** Manresa. */
    public static final IneCode MANRESA = OperationsFixture.MANRESA;
    /** Navarcles. */
    public static final IneCode NAVARCLES = OperationsFixture.NAVARCLES;
    /** Santpedor. */
    public static final IneCode SANTPEDOR = OperationsFixture.SANTPEDOR;
    /** Sant Fruitós de Bages. */
    public static final IneCode SANT_FRUITOS = OperationsFixture.SANT_FRUITOS;

    private DashboardFixture() {
    }

    /**
     * Returns the dataset.
     *
     * @return the dataset
     */
    public static Dataset dataset() {
        return withSystems(OperationsFixture.dataset(), UnaryOperator.identity());
    }

    /**
     * Returns the dataset whose municipality and support body names are hostile.
     *
     * @return the dataset
     */
    public static Dataset hostileDataset() {
        return withSystems(OperationsFixture.hostileDataset(), text -> text + " " + SampleFixtures.DOM_MARKER_SCRIPT);
    }

    /**
     * Returns the evaluation of a dataset on {@link #AS_OF} by the standard evaluator.
     *
     * @param dataset the dataset
     * @return the evaluation
     */
    public static DatasetEvaluation evaluation(Dataset dataset) {
        return ComplianceEvaluator.standard().evaluate(dataset, AS_OF);
    }

    /**
     * Returns the dashboard of the fixture.
     *
     * @return the dashboard
     */
    public static EnsDashboard dashboard() {
        Dataset dataset = dataset();
        return EnsDashboard.of(evaluation(dataset), dataset, SUPPORT_BODY_ID, AS_OF);
    }

    /**
     * Returns the dashboard of the hostile dataset.
     *
     * @return the dashboard
     */
    public static EnsDashboard hostileDashboard() {
        Dataset dataset = hostileDataset();
        return EnsDashboard.of(evaluation(dataset), dataset, SUPPORT_BODY_ID, AS_OF);
    }

    /** Adds the systems, assessments and plans to a dataset, passing each action's description through {@code text}. */
    private static Dataset withSystems(Dataset base, UnaryOperator<String> text) {
        Person secretary = new Person("Montserrat Vila i Puig", Optional.of("Secretària-interventora"), Optional.empty());
        Person technician = Person.named("Jordi Soler i Casals");
        Person mayor = Person.named("Marc Aloy i Guàrdia");
        Person officer = Person.named("Laia Puig i Serra");
        SystemRoles all = new SystemRoles(Optional.of(mayor), Optional.of(mayor), Optional.of(officer),
                Optional.of(technician));
        List<InformationSystem> systems = List.of(
                system("art-registre", "Registre d'entrada i sortida", SystemOwner.municipality(ARTES),
                        DimensionLevels.none(), SystemRoles.none(), null, null),
                system("man-expedients", "Gestió d'expedients", SystemOwner.municipality(MANRESA),
                        DimensionLevels.parse("C=MEDIO,I=BAJO,A=BAJO"), all, LocalDate.of(2023, 5, 10),
                        new Audit(LocalDate.of(2024, 3, 15), AuditKind.CERTIFICATION, AuditResult.FAVORABLE,
                                Optional.of("Auditora ENS, SL"))),
                system("man-padro", "Padró municipal d'habitants", SystemOwner.municipality(MANRESA),
                        DimensionLevels.parse("C=BAJO,I=BAJO"),
                        new SystemRoles(Optional.of(mayor), Optional.of(mayor), Optional.of(technician),
                                Optional.of(technician)), LocalDate.of(2024, 2, 1),
                        new Audit(LocalDate.of(2022, 11, 20), AuditKind.SELF_ASSESSMENT, AuditResult.FAVORABLE,
                                Optional.empty())),
                system("nav-seu", "Seu electrònica", SystemOwner.municipality(NAVARCLES),
                        DimensionLevels.parse("I=BAJO,A=BAJO,D=BAJO"),
                        new SystemRoles(Optional.empty(), Optional.empty(), Optional.of(secretary), Optional.empty()),
                        null, null),
                system("sfb-policia", "Gestió policial", SystemOwner.municipality(SANT_FRUITOS),
                        DimensionLevels.parse("C=MEDIO,I=MEDIO,D=ALTO"), all, LocalDate.of(2024, 9, 1),
                        new Audit(LocalDate.of(2025, 1, 20), AuditKind.CERTIFICATION,
                                AuditResult.FAVORABLE_WITH_NON_CONFORMITIES, Optional.of("Auditora ENS, SL"))),
                system("cc-correu", "Correu electrònic comarcal", SystemOwner.supportBody(SUPPORT_BODY_ID),
                        DimensionLevels.parse("C=BAJO,I=BAJO,A=BAJO"), all, LocalDate.of(2023, 1, 16), null));
        List<MeasureAssessment> assessments = new ArrayList<>();
        LocalDate assessed = LocalDate.of(2024, 12, 10);
        for (String measure : List.of("org.1", "org.2", "op.pl.1", "op.exp.1", "mp.info.6")) {
            assessments.add(assessment("man-expedients", measure, Maturity.L3, Set.of(), null, null, assessed));
        }
        assessments.add(assessment("man-expedients", "op.acc.6", Maturity.L4,
                Set.of("op.acc.6.r1", "op.acc.6.r2", "op.acc.6.r5"), null, null, assessed));
        assessments.add(assessment("man-expedients", "op.exp.4", Maturity.L2, Set.of(), null, null, assessed));
        for (String measure : List.of("org.1", "op.pl.1", "mp.per.3")) {
            assessments.add(assessment("man-padro", measure, Maturity.L2, Set.of(), null, null, assessed));
        }
        assessments.add(assessment("man-padro", "op.exp.1", Maturity.L1, Set.of(), null, null, assessed));
        assessments.add(assessment("nav-seu", "org.1", Maturity.L1, Set.of(), null, null, assessed));
        for (String measure : List.of("org.1", "org.2", "org.3", "org.4", "op.pl.1", "op.pl.2", "op.acc.1")) {
            assessments.add(assessment("sfb-policia", measure, Maturity.L4, Set.of(), null, null, assessed));
        }
        assessments.add(assessment("sfb-policia", "op.cont.2", Maturity.L0, Set.of(), new Exclusion(
                "El servei es presta amb el suport de la policia de la Generalitat quan cal."), null, assessed));
        assessments.add(assessment("sfb-policia", "op.acc.3", Maturity.L3, Set.of(), null, new Compensation(
                "Registre de les accions dels administradors revisat cada mes",
                "La plantilla tècnica és d'una sola persona."), assessed));
        assessments.add(assessment("sfb-policia", "mp.info.6", Maturity.L2, Set.of(), null, null, assessed));
        List<AdequacyPlan> plans = List.of(
                new AdequacyPlan("pla-nav-2025", "nav-seu", List.of(
                        action("A1", "org.1", LocalDate.of(2025, 1, 31), ActionStatus.IN_PROGRESS, null, text),
                        action("A2", "op.exp.1", LocalDate.of(2024, 12, 31), ActionStatus.PLANNED, null, text),
                        action("A3", "mp.info.6", LocalDate.of(2024, 11, 30), ActionStatus.DONE,
                                LocalDate.of(2024, 12, 20), text),
                        action("A4", "mp.per.3", LocalDate.of(2025, 3, 31), ActionStatus.PLANNED, null, text))),
                new AdequacyPlan("pla-sfb-2025", "sfb-policia", List.of(
                        action("B1", "mp.info.6", LocalDate.of(2025, 2, 15), ActionStatus.IN_PROGRESS, null, text),
                        action("B2", "op.exp.8", LocalDate.of(2025, 1, 31), ActionStatus.CANCELLED, null, text))));
        return new Dataset(base.formatVersion(), base.title(), base.notice(), base.supportBodies(), base.municipalities(),
                base.conventions(), base.incidents(), base.assets(), systems, assessments, plans,
                base.trainingSessions(), base.slaPolicy());
    }

    private static InformationSystem system(String id, String name, SystemOwner owner, DimensionLevels levels,
            SystemRoles roles, LocalDate policy, Audit audit) {
        return new InformationSystem(id, name, Optional.empty(), owner,
                List.of(new InformationValuation(name, levels)),
                List.of(new ServiceValuation(name, DimensionLevels.none())), Set.of(), roles,
                Optional.ofNullable(policy), Optional.ofNullable(policy), Optional.ofNullable(policy), Optional.empty(),
                Optional.ofNullable(audit));
    }

    private static MeasureAssessment assessment(String system, String measure, Maturity maturity,
            Set<String> reinforcements, Exclusion exclusion, Compensation compensation, LocalDate on) {
        return new MeasureAssessment(system, MeasureId.parse(measure), maturity,
                reinforcements.stream().map(ReinforcementId::parse).collect(Collectors.toSet()),
                Optional.ofNullable(exclusion), Optional.ofNullable(compensation), List.of(), on, "Jordi Soler i Casals");
    }

    private static PlanAction action(String id, String measure, LocalDate due, ActionStatus status, LocalDate done,
            UnaryOperator<String> text) {
        return new PlanAction(id, MeasureId.parse(measure), text.apply("Acció " + id + " sobre " + measure),
                "Jordi Soler i Casals",
                due, status, Optional.ofNullable(done));
    }
}
