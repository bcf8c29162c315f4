// SPDX-License-Identifier: Apache-2.0
package io.github.enslocal.reporting.soa;

import io.github.enslocal.core.assessment.ActionStatus;
import io.github.enslocal.core.assessment.AdequacyPlan;
import io.github.enslocal.core.assessment.Compensation;
import io.github.enslocal.core.assessment.Exclusion;
import io.github.enslocal.core.assessment.MeasureAssessment;
import io.github.enslocal.core.assessment.PlanAction;
import io.github.enslocal.core.dataset.Dataset;
import io.github.enslocal.core.ens.Category;
import io.github.enslocal.core.ens.DimensionLevels;
import io.github.enslocal.core.ens.Maturity;
import io.github.enslocal.core.ens.MeasureId;
import io.github.enslocal.core.ens.ReinforcementId;
import io.github.enslocal.core.system.InformationSystem;
import io.github.enslocal.core.system.InformationValuation;
import io.github.enslocal.core.system.Person;
import io.github.enslocal.core.system.ServiceValuation;
import io.github.enslocal.ens.evaluation.ComplianceEvaluator;
import io.github.enslocal.ens.evaluation.DatasetEvaluation;
import io.github.enslocal.core.system.SystemOwner;
import io.github.enslocal.core.system.SystemRoles;
import io.github.enslocal.core.territory.IneCode;
import io.github.enslocal.core.territory.Municipality;
import io.github.enslocal.core.territory.MunicipalityKind;
import io.github.enslocal.core.territory.SupportBody;
import io.github.enslocal.core.territory.SupportBodyKind;
import io.github.enslocal.ens.applicability.Addition;
import io.github.enslocal.reporting.sample.SampleFixtures;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.UnaryOperator;
import java.util.stream.Collectors;

/**
 * The ENS fixture of the Declaración de Aplicabilidad and adequacy plan reports: Navarcles (08140),
 * supported by the Consell Comarcal del Bages, with its file-management system valued
 * C=MEDIO, I=BAJO, T=BAJO, A=MEDIO, D=BAJO (category MEDIA), its assessments (one exclusion, one
 * compensation, an older and a later assessment, a decision on a measure that does not apply) and
 * an adequacy plan of twelve actions of which four are overdue on {@link #AS_OF}.
 *
 * <p>The hostile variant puts markup, attribute break-outs, spreadsheet formulas and Markdown
 * structure into every free text the reports print.
 */
public final class EnsFixture {

    /** The reports' date. */
    public static final LocalDate AS_OF = LocalDate.of(2025, 10, 15);
    /** The system with a security officer and a plan. */
    public static final String SYSTEM = "sys-expedients";
    /** A system owned by the support body, nobody designated as its security officer, no plan. */
    public static final String UNSIGNED_SYSTEM = "sys-padro";
    /** The plan of {@link #SYSTEM}. */
    public static final String PLAN = "pla-expedients-2025";
    /** The INE code of Navarcles. */
    public static final IneCode NAVARCLES = IneCode.parse("08140");

    private EnsFixture() {
    }

    /**
     * Returns the fixture's dataset.
     *
     * @return the dataset
     */
    public static Dataset dataset() {
        return dataset(UnaryOperator.identity());
    }

    /**
     * Returns the dataset whose free texts carry every hostile string of {@link SampleFixtures}.
     *
     * @return the hostile dataset
     */
    public static Dataset hostileDataset() {
        return dataset(EnsFixture::hostile);
    }

    /**
     * Returns the declaration of {@link #SYSTEM} on {@link #AS_OF}, with the security officer's
     * addition of mp.info.4.
     *
     * @return the declaration
     */
    public static DeclaracionDeAplicabilidad declaration() {
        Dataset dataset = dataset();
        return DeclaracionDeAplicabilidad.of(evaluation(dataset), dataset, SYSTEM, additions(UnaryOperator.identity()));
    }

    /**
     * Returns the declaration of the hostile dataset.
     *
     * @return the declaration
     */
    public static DeclaracionDeAplicabilidad hostileDeclaration() {
        Dataset dataset = hostileDataset();
        return DeclaracionDeAplicabilidad.of(evaluation(dataset), dataset, SYSTEM, additions(EnsFixture::hostile));
    }

    /**
     * Returns the standard evaluation of a dataset on {@link #AS_OF}, which declarations are built from.
     *
     * @param dataset the dataset
     * @return the evaluation
     */
    public static DatasetEvaluation evaluation(Dataset dataset) {
        return ComplianceEvaluator.standard().evaluate(dataset, AS_OF);
    }

    /**
     * Returns the declaration of a system of a dataset, from the dataset's standard evaluation on a date.
     *
     * @param dataset the dataset
     * @param systemId the system
     * @param asOf the date
     * @return the declaration
     */
    public static DeclaracionDeAplicabilidad declare(Dataset dataset, String systemId, LocalDate asOf) {
        return DeclaracionDeAplicabilidad.of(ComplianceEvaluator.standard().evaluate(dataset, asOf), dataset, systemId);
    }

    private static List<Addition> additions(UnaryOperator<String> text) {
        return List.of(Addition.ofMeasure(MeasureId.parse("mp.info.4"),
                text.apply("L'Ajuntament segella amb data i hora les notificacions electròniques que emet amb aquest sistema.")));
    }

    /**
     * Returns a text that starts with a spreadsheet formula and ends with markup, an attribute
     * break-out and Markdown and CSV structure.
     */
    static String hostile(String text) {
        return SampleFixtures.HYPERLINK + " " + text + " " + SampleFixtures.SCRIPT + " " + SampleFixtures.IMG_ONERROR
                + " " + SampleFixtures.STRUCTURE;
    }

    private static Dataset dataset(UnaryOperator<String> text) {
        Municipality navarcles = new Municipality(NAVARCLES, text.apply("Navarcles"), "Barcelona", Optional.of("Bages"),
                6276, 2025, MunicipalityKind.MUNICIPALITY, Optional.empty());
        SupportBody consell = new SupportBody("cc-bages", text.apply("Consell Comarcal del Bages"),
                SupportBodyKind.CONSELL_COMARCAL, Optional.of("Bages"), Set.of("08"), Set.of(NAVARCLES));
        InformationSystem expedients = new InformationSystem(SYSTEM, text.apply("Gestió d'expedients"),
                Optional.of("Tramitació electrònica dels expedients municipals"), SystemOwner.municipality(NAVARCLES),
                List.of(new InformationValuation(text.apply("Expedients administratius"),
                        DimensionLevels.parse("C=MEDIO,I=BAJO,T=BAJO,A=BAJO"))),
                List.of(new ServiceValuation(text.apply("Tramitació electrònica d'expedients"),
                        DimensionLevels.parse("I=BAJO,A=MEDIO,D=BAJO"))),
                Set.of(), new SystemRoles(Optional.empty(), Optional.empty(),
                        Optional.of(new Person(text.apply("Montserrat Vila i Puig"),
                                Optional.of(text.apply("Secretària-interventora")), Optional.empty())),
                        Optional.of(Person.named("Jordi Soler i Casals"))),
                Optional.of(LocalDate.of(2024, 3, 12)), Optional.of(LocalDate.of(2025, 2, 20)),
                Optional.of(LocalDate.of(2025, 2, 20)), Optional.empty(), Optional.empty());
        InformationSystem padro = new InformationSystem(UNSIGNED_SYSTEM, "Padró municipal d'habitants",
                Optional.empty(), SystemOwner.supportBody("cc-bages"),
                List.of(new InformationValuation("Padró municipal d'habitants", DimensionLevels.parse("C=BAJO,I=BAJO"))),
                List.of(), Set.of(), SystemRoles.none(), Optional.empty(), Optional.empty(), Optional.empty(),
                Optional.of(Category.MEDIA), Optional.empty());
        List<MeasureAssessment> assessments = List.of(
                assessment("op.acc.6", Maturity.L3, Set.of("op.acc.6.r1", "op.acc.6.r5", "op.acc.6.r8"),
                        Optional.empty(), Optional.empty(), LocalDate.of(2025, 6, 10)),
                assessment("mp.s.1", Maturity.L1, Set.of(), Optional.empty(), Optional.empty(),
                        LocalDate.of(2024, 11, 4)),
                assessment("mp.s.1", Maturity.L0, Set.of(), Optional.of(new Exclusion(text.apply(
                        "L'Ajuntament no té servei de correu electrònic propi: usa el del Consorci AOC, "
                                + "que té la conformitat amb l'ENS."))), Optional.empty(), LocalDate.of(2025, 6, 10)),
                assessment("op.acc.3", Maturity.L2, Set.of(), Optional.empty(), Optional.of(new Compensation(
                        text.apply("Registre de totes les accions dels administradors, revisat mensualment pel "
                                + "responsable de la seguretat"),
                        text.apply("L'Ajuntament té una sola persona tècnica; el registre, fora del seu abast, "
                                + "permet detectar qualsevol abús de privilegis."))), LocalDate.of(2025, 6, 10)),
                assessment("op.cont.2", Maturity.L0, Set.of(), Optional.of(new Exclusion(
                        "No hi ha pla de continuïtat.")), Optional.empty(), LocalDate.of(2025, 6, 10)),
                assessment("op.exp.1", Maturity.L0, Set.of(), Optional.of(new Exclusion(
                        "Decisió posterior a la data de la declaració.")), Optional.empty(), LocalDate.of(2025, 11, 3)));
        AdequacyPlan plan = new AdequacyPlan(PLAN, SYSTEM, List.of(
                action("A01", "org.1", "Aprovar la política de seguretat per acord del Ple", "Montserrat Vila i Puig",
                        LocalDate.of(2025, 3, 31), ActionStatus.DONE, LocalDate.of(2025, 3, 27), text),
                action("A02", "org.2", "Redactar la normativa d'ús dels mitjans electrònics", "Montserrat Vila i Puig",
                        LocalDate.of(2025, 9, 30), ActionStatus.IN_PROGRESS, null, text),
                action("A03", "op.pl.1", "Fer l'anàlisi de riscos amb PILAR", "Consell Comarcal del Bages",
                        LocalDate.of(2025, 5, 31), ActionStatus.DONE, LocalDate.of(2025, 2, 20), text),
                action("A04", "op.acc.6", "Activar el doble factor d'autenticació als comptes d'administració",
                        "Jordi Soler i Casals", LocalDate.of(2025, 7, 15), ActionStatus.IN_PROGRESS, null, text),
                action("A05", "op.exp.1", "Completar l'inventari d'equips i programari", "Jordi Soler i Casals",
                        LocalDate.of(2025, 6, 30), ActionStatus.PLANNED, null, text),
                action("A06", "op.exp.4", "Substituir els equips amb Windows 10 sense suport", "Consell Comarcal del Bages",
                        LocalDate.of(2025, 10, 14), ActionStatus.PLANNED, null, text),
                action("A07", "op.exp.8", "Centralitzar els registres d'activitat", "Consell Comarcal del Bages",
                        LocalDate.of(2025, 10, 15), ActionStatus.PLANNED, null, text),
                action("A08", "mp.per.3", "Sessió de conscienciació per al personal", "Montserrat Vila i Puig",
                        LocalDate.of(2025, 11, 30), ActionStatus.PLANNED, null, text),
                action("A09", "mp.eq.3", "Xifrar els discos dels portàtils", "Jordi Soler i Casals",
                        LocalDate.of(2025, 12, 31), ActionStatus.PLANNED, null, text),
                action("A10", "mp.info.6", "Provar la restauració de les còpies de seguretat", "Jordi Soler i Casals",
                        LocalDate.of(2025, 4, 30), ActionStatus.DONE, LocalDate.of(2025, 5, 6), text),
                action("A11", "mp.s.1", "Contractar un filtre antispam propi", "Jordi Soler i Casals",
                        LocalDate.of(2025, 8, 31), ActionStatus.CANCELLED, null, text),
                action("A12", "op.ext.1", "Incloure les clàusules de l'ENS al conveni amb el Consell Comarcal",
                        "Consell Comarcal del Bages", LocalDate.of(2026, 2, 28), ActionStatus.PLANNED, null, text)));
        return new Dataset(Dataset.CURRENT_FORMAT_VERSION, Optional.of("Consell Comarcal del Bages 2025"),
                Optional.of("Dades sintètiques per a proves"), List.of(consell), List.of(navarcles), List.of(), List.of(),
                List.of(), List.of(expedients, padro), assessments, List.of(plan), List.of(), Optional.empty());
    }

    private static MeasureAssessment assessment(String measure, Maturity maturity, Set<String> reinforcements,
            Optional<Exclusion> exclusion, Optional<Compensation> compensation, LocalDate assessedOn) {
        return new MeasureAssessment(SYSTEM, MeasureId.parse(measure), maturity,
                reinforcements.stream().map(ReinforcementId::parse).collect(Collectors.toSet()),
                exclusion, compensation, List.of(), assessedOn, "Jordi Soler i Casals");
    }

    private static PlanAction action(String id, String measure, String description, String owner, LocalDate due,
            ActionStatus status, LocalDate done, UnaryOperator<String> text) {
        return new PlanAction(id, MeasureId.parse(measure), text.apply(description), text.apply(owner), due, status,
                Optional.ofNullable(done));
    }
}
