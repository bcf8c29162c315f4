// SPDX-License-Identifier: Apache-2.0
package io.github.enslocal.samples.demo;

import io.github.enslocal.core.assessment.ActionStatus;
import io.github.enslocal.core.assessment.AdequacyPlan;
import io.github.enslocal.core.assessment.Compensation;
import io.github.enslocal.core.assessment.Exclusion;
import io.github.enslocal.core.assessment.MeasureAssessment;
import io.github.enslocal.core.assessment.PlanAction;
import io.github.enslocal.core.ens.Category;
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
import io.github.enslocal.ens.applicability.Applicability;
import io.github.enslocal.ens.applicability.ApplicabilityEvaluator;
import io.github.enslocal.ens.applicability.MeasureApplicability;
import io.github.enslocal.ens.catalog.MeasureCatalog;
import io.github.enslocal.ens.catalog.OneOf;
import io.github.enslocal.ens.catalog.Reinforcement;
import io.github.enslocal.ens.categorization.Categorizer;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

/**
 * Generates each town hall's information system with its valuations, roles and governance dates,
 * the declared state of the ENS measures, and the adequacy plan that closes the gaps.
 *
 * <p>Assessments follow the catalog and the {@link ApplicabilityEvaluator}: the reinforcements
 * declared always belong to the measure, exclusions and the compensation only touch measures that
 * apply. The governance gaps (a security officer who is also the system officer, a policy never
 * approved, a stale risk analysis, an old categorisation review, a missing audit) are placed by the
 * town's rank so that every seed shows them. Governance dates fall in 2021–2025, the demo's years,
 * whatever the cut-off; assessment dates and action due dates follow the cut-off.
 */
final class Governance {

    /** The measures a small town hall may exclude with a reason, tried in this order. */
    private static final Map<MeasureId, String> EXCLUSIONS = Map.of(
            MeasureId.parse("mp.sw.1"), "L'ajuntament no desenvolupa aplicacions pròpies: tot el programari és de "
                    + "proveïdors o de plataformes d'altres administracions.",
            MeasureId.parse("mp.sw.2"), "L'ajuntament no posa en servei aplicacions pròpies; les versions noves "
                    + "del programari de proveïdors segueixen la gestió de canvis del Consell.");
    private static final MeasureId COMPENSATED = MeasureId.parse("mp.if.1");
    private static final Compensation COMPENSATION = new Compensation(
            "Armari rack tancat amb clau a l'arxiu municipal, amb registre d'obertures revisat mensualment pel "
                    + "responsable de la seguretat",
            "L'edifici no té una sala separada per als equips; l'armari tancat, la custòdia de la clau i el "
                    + "registre d'obertures donen una protecció equivalent (art. 28.3 RD 311/2022).");

    private final MeasureCatalog catalog;
    private final ApplicabilityEvaluator evaluator;
    /** The applicability of each set of levels met: towns share a handful, and each is asked twice. */
    private final Map<DimensionLevels, Applicability> applicabilities = new HashMap<>();
    private final LocalDate asOf;
    private final boolean assessEveryMeasure;
    private final String supportTeam;

    Governance(MeasureCatalog catalog, LocalDate asOf, boolean assessEveryMeasure, String supportTeam) {
        this.catalog = catalog;
        this.evaluator = ApplicabilityEvaluator.of(catalog);
        this.asOf = asOf;
        this.assessEveryMeasure = assessEveryMeasure;
        this.supportTeam = supportTeam;
    }

    private Applicability applicability(InformationSystem system) {
        return applicabilities.computeIfAbsent(system.aggregatedLevels(), evaluator::evaluate);
    }

    static String systemId(Town town) {
        return "sis-" + town.code();
    }

    /** The people of one town hall's system: the two municipal owners and the two officers. */
    record Staff(Person informationOwner, Person serviceOwner, Person securityOfficer, Person systemOfficer) {
    }

    Staff staff(Town town, List<People.Someone> technicians, Dice dice) {
        People.Someone mayor = People.someone(dice);
        People.Someone secretary = People.someone(dice);
        People.Someone officer = People.someone(dice);
        People.Someone technician = technicians.get(town.rank() % technicians.size());
        Person systemOfficer = technician.as("Tècnic TIC del Consell Comarcal", "Tècnica TIC del Consell Comarcal");
        // Every eighth town names the Consell's technician for both officer roles: a segregation finding.
        Person securityOfficer = town.rank() % 8 == 5
                ? technician.as("Responsable de la seguretat i del sistema", "Responsable de la seguretat i del sistema")
                : officer.as("Tècnic d'administració general", "Tècnica d'administració general");
        return new Staff(mayor.as("Alcalde", "Alcaldessa"), secretary.as("Secretari-interventor", "Secretària-interventora"),
                securityOfficer, systemOfficer);
    }

    InformationSystem system(Town town, Staff staff, Collection<String> assetIds, Dice dice) {
        boolean media = town.category() == Category.MEDIA;
        DimensionLevels low = DimensionLevels.parse("C=BAJO,I=BAJO,T=BAJO,A=BAJO");
        List<InformationValuation> information = List.of(
                new InformationValuation("Expedients administratius i registre",
                        media ? DimensionLevels.parse("C=MEDIO,I=MEDIO,T=MEDIO,A=MEDIO") : low),
                new InformationValuation("Padró municipal d'habitants",
                        media ? DimensionLevels.parse("C=MEDIO,I=MEDIO,T=BAJO,A=MEDIO") : low));
        List<ServiceValuation> services = List.of(
                new ServiceValuation("Seu electrònica", DimensionLevels.parse(media ? "D=MEDIO" : "D=BAJO")),
                new ServiceValuation("Registre electrònic d'entrada i sortida", DimensionLevels.parse("D=BAJO")));
        DimensionLevels aggregated = Categorizer.aggregate(
                List.of(information.get(0).levels(), information.get(1).levels(), services.get(0).levels(),
                        services.get(1).levels()));
        int i = town.rank();
        return new InformationSystem(systemId(town), "Gestió municipal i seu electrònica " + town.ofName(),
                Optional.of("Gestió d'expedients, padró, comptabilitat i seu electrònica de l'Ajuntament "
                        + town.ofName() + ", amb el suport del Consell Comarcal."),
                SystemOwner.municipality(town.code()), information, services, Set.copyOf(assetIds),
                new SystemRoles(Optional.of(staff.informationOwner()), Optional.of(staff.serviceOwner()),
                        Optional.of(staff.securityOfficer()), Optional.of(staff.systemOfficer())),
                i % 9 == 7 ? Optional.empty() : date(2022, 6, 2024, 12, dice),
                i % 7 == 3 ? Optional.empty() : i % 7 == 6 ? date(2021, 3, 2022, 6, dice) : date(2024, 6, 2025, 10, dice),
                i % 5 == 4 ? date(2023, 2, 2024, 9, dice) : date(2025, 1, 2025, 11, dice),
                Categorizer.categorize(aggregated).category(),
                audit(town, dice));
    }

    private Optional<Audit> audit(Town town, Dice dice) {
        int i = town.rank();
        if (town.category() == Category.MEDIA) {
            LocalDate date = i % 2 == 0 ? date(2022, 3, 2022, 11, dice).orElseThrow() : date(2024, 3, 2025, 6, dice).orElseThrow();
            return Optional.of(new Audit(date, AuditKind.CERTIFICATION, AuditResult.FAVORABLE_WITH_NON_CONFORMITIES,
                    Optional.of("Entitat de certificació (sintètica)")));
        }
        if (i % 4 == 0) {
            return Optional.empty();
        }
        LocalDate date = date(2023, 1, 2025, 9, dice).orElseThrow();
        return Optional.of(new Audit(date, AuditKind.SELF_ASSESSMENT,
                dice.chance(0.6) ? AuditResult.FAVORABLE : AuditResult.FAVORABLE_WITH_NON_CONFORMITIES,
                Optional.of(supportTeam)));
    }

    /**
     * Declares the state of the measures: every applicable one (most of them, in the demo; every
     * measure of the catalog, in scale mode), mostly L2–L3, with a few exclusions and, for the town
     * at rank 2, one compensation. How diligent a town hall is depends on its rank (see
     * {@link Diligence}), so the dashboard shows every CCN-STIC 815 zone.
     */
    List<MeasureAssessment> assessments(InformationSystem system, Town town, Dice dice) {
        Applicability applicability = applicability(system);
        Diligence diligence = Diligence.of(town);
        boolean media = town.category() == Category.MEDIA;
        String assessor = system.roles().securityOfficer().map(Person::name).orElse(supportTeam);
        List<MeasureAssessment> assessments = new ArrayList<>();
        int exclusions = 0;
        for (MeasureApplicability decision : applicability.measures()) {
            MeasureId id = decision.measure().id();
            boolean applies = decision.applies();
            if (!assessEveryMeasure && (!applies || diligence.leavesGaps() && dice.chance(0.05))) {
                continue;
            }
            Optional<Exclusion> exclusion = Optional.empty();
            Optional<Compensation> compensation = Optional.empty();
            if (applies && EXCLUSIONS.containsKey(id) && exclusions == 0 && (media || town.rank() % 5 == 1)) {
                exclusion = Optional.of(new Exclusion(EXCLUSIONS.get(id)));
                exclusions++;
            } else if (applies && id.equals(COMPENSATED) && town.rank() == 2) {
                compensation = Optional.of(COMPENSATION);
            }
            Maturity maturity = exclusion.isPresent() ? Maturity.L0 : diligence.maturity(media, applies, dice);
            Set<ReinforcementId> reinforcements = exclusion.isPresent() ? Set.of() : reinforcements(decision, dice);
            List<String> evidence = dice.chance(0.7)
                    ? List.of(String.format(Locale.ROOT, "Evidència sintètica %s/%s", town.code(), id))
                    : List.of();
            assessments.add(new MeasureAssessment(system.id(), id, maturity, reinforcements, exclusion, compensation,
                    evidence, asOf.minusDays(dice.between(15, 300)), assessor));
        }
        return assessments;
    }

    /**
     * How thoroughly a town hall keeps its measures, which decides its CCN-STIC 815 zone: a zone is
     * the worst delta of maturity to target over the system's measures.
     */
    private enum Diligence {
        /** Every applicable measure assessed, none below the category's minimum: green. */
        EXEMPLARY(new int[] {0, 0, 55, 38, 6, 1}, new int[] {0, 0, 0, 80, 18, 2}),
        /** Every applicable measure assessed, some one level below the minimum: yellow. */
        PROGRESSING(new int[] {0, 8, 50, 36, 5, 1}, new int[] {0, 0, 8, 75, 15, 2}),
        /** Some measures left unassessed or far below the minimum: red. */
        LAGGING(new int[] {1, 9, 45, 38, 6, 1}, new int[] {0, 5, 25, 55, 13, 2});

        private static final int[] NOT_APPLICABLE = {30, 30, 30, 10, 0, 0};

        private final int[] basica;
        private final int[] media;

        Diligence(int[] basica, int[] media) {
            this.basica = basica;
            this.media = media;
        }

        /** One town in four is exemplary, one in four progressing, the rest lagging, by rank. */
        static Diligence of(Town town) {
            return switch (town.rank() % 4) {
                case 0 -> EXEMPLARY;
                case 1 -> PROGRESSING;
                default -> LAGGING;
            };
        }

        boolean leavesGaps() {
            return this == LAGGING;
        }

        Maturity maturity(boolean isMedia, boolean applies, Dice dice) {
            int[] weights = !applies ? NOT_APPLICABLE : isMedia ? media : basica;
            return Maturity.values()[dice.weighted(weights)];
        }
    }

    /** Implements each required reinforcement and one of each choice, usually; now and then an optional one. */
    private static Set<ReinforcementId> reinforcements(MeasureApplicability decision, Dice dice) {
        Set<ReinforcementId> implemented = new TreeSet<>();
        for (ReinforcementId required : decision.requiredReinforcements()) {
            if (dice.chance(0.9)) {
                implemented.add(required);
            }
        }
        for (OneOf choice : decision.oneOf()) {
            if (dice.chance(0.92)) {
                implemented.add(dice.pick(choice.choices()));
            }
        }
        List<Reinforcement> all = decision.measure().reinforcements();
        if (!all.isEmpty() && dice.chance(0.05)) {
            implemented.add(dice.pick(all).id());
        }
        return implemented;
    }

    /**
     * Plans an action for each applicable measure declared below the category's minimum maturity:
     * actions due before the cut-off are mostly done, some still open and so overdue.
     */
    AdequacyPlan plan(InformationSystem system, Category category, List<MeasureAssessment> assessments, Dice dice) {
        List<PlanAction> actions = new ArrayList<>();
        Maturity minimum = category.minimumMaturity();
        String owner = system.roles().securityOfficer().map(Person::name).orElse(supportTeam);
        Applicability applicability = applicability(system);
        for (MeasureAssessment assessment : assessments) {
            if (assessment.exclusion().isPresent() || assessment.maturity().isAtLeast(minimum)
                    || !applicability.get(assessment.measure()).applies()) {
                continue;
            }
            LocalDate due = asOf.plusDays(dice.between(-240, 365));
            ActionStatus status = due.isBefore(asOf)
                    ? List.of(ActionStatus.DONE, ActionStatus.IN_PROGRESS, ActionStatus.PLANNED, ActionStatus.CANCELLED)
                            .get(dice.weighted(45, 30, 20, 5))
                    : List.of(ActionStatus.PLANNED, ActionStatus.IN_PROGRESS, ActionStatus.DONE).get(dice.weighted(50, 40, 10));
            Optional<LocalDate> done = status == ActionStatus.DONE
                    ? Optional.of(min(due.plusDays(dice.between(-30, 20)), asOf))
                    : Optional.empty();
            actions.add(new PlanAction(String.format(Locale.ROOT, "acc-%02d", actions.size() + 1),
                    assessment.measure(),
                    "Portar " + assessment.measure() + " " + catalog.get(assessment.measure()).name()
                            + " al nivell de maduresa " + minimum,
                    dice.chance(0.7) ? owner : supportTeam, due, status, done));
        }
        return new AdequacyPlan("pla-" + system.id().substring(4), system.id(), actions);
    }

    /** Returns a date between the first day of one month and the last day of another, both included. */
    private static Optional<LocalDate> date(int fromYear, int fromMonth, int toYear, int toMonth, Dice dice) {
        LocalDate from = LocalDate.of(fromYear, fromMonth, 1);
        LocalDate to = LocalDate.of(toYear, toMonth, 1).plusMonths(1).minusDays(1);
        return Optional.of(from.plusDays(dice.between(0, (int) (to.toEpochDay() - from.toEpochDay()))));
    }

    private static LocalDate min(LocalDate a, LocalDate b) {
        return a.isBefore(b) ? a : b;
    }
}
