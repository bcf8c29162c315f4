// SPDX-License-Identifier: Apache-2.0
package io.github.enslocal.ens.evaluation;

import io.github.enslocal.core.assessment.Compensation;
import io.github.enslocal.core.assessment.Exclusion;
import io.github.enslocal.core.assessment.MeasureAssessment;
import io.github.enslocal.core.asset.Asset;
import io.github.enslocal.core.asset.AssetType;
import io.github.enslocal.core.asset.Fact;
import io.github.enslocal.core.asset.Management;
import io.github.enslocal.core.asset.SecurityFacts;
import io.github.enslocal.core.convention.Adhesion;
import io.github.enslocal.core.convention.Convention;
import io.github.enslocal.core.convention.ConventionService;
import io.github.enslocal.core.convention.Party;
import io.github.enslocal.core.convention.PartyRole;
import io.github.enslocal.core.dataset.Dataset;
import io.github.enslocal.core.ens.Category;
import io.github.enslocal.core.ens.DimensionLevels;
import io.github.enslocal.core.ens.Maturity;
import io.github.enslocal.core.ens.MeasureId;
import io.github.enslocal.core.ens.ReinforcementId;
import io.github.enslocal.core.incident.Incident;
import io.github.enslocal.core.incident.IncidentCategory;
import io.github.enslocal.core.incident.IncidentChannel;
import io.github.enslocal.core.incident.Priority;
import io.github.enslocal.core.system.Audit;
import io.github.enslocal.core.system.AuditKind;
import io.github.enslocal.core.system.AuditResult;
import io.github.enslocal.core.system.InformationSystem;
import io.github.enslocal.core.system.InformationValuation;
import io.github.enslocal.core.system.Person;
import io.github.enslocal.core.system.SystemOwner;
import io.github.enslocal.core.system.SystemRoles;
import io.github.enslocal.core.territory.IneCode;
import io.github.enslocal.core.territory.Municipality;
import io.github.enslocal.core.territory.MunicipalityKind;
import io.github.enslocal.core.time.DateRange;
import io.github.enslocal.core.training.TrainingKind;
import io.github.enslocal.core.training.TrainingSession;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;

/**
 * Named fixtures from the Bages comarca, evaluated on 2025-06-30: the town hall of Navarcles
 * (08140) with its expedient manager, served by the Consell Comarcal del Bages. The healthy
 * fixture passes every built-in rule; each test breaks one fact.
 */
final class Bages {

    static final LocalDate AS_OF = LocalDate.of(2025, 6, 30);
    static final IneCode NAVARCLES = IneCode.parse("08140");
    static final IneCode MANRESA = IneCode.parse("08113");
    static final IneCode SANT_FRUITOS = IneCode.parse("08213");
    static final String EXPEDIENTS = "nav-sis-expedients";

    private Bages() {
    }

    static Municipality municipality(IneCode code, String name, int population) {
        return new Municipality(code, name, "Barcelona", Optional.of("Bages"), population, 2025,
                MunicipalityKind.MUNICIPALITY, Optional.empty());
    }

    static MeasureId id(String id) {
        return MeasureId.parse(id);
    }

    /** A fluent description of an asset whose every fact passes the built-in rules on {@link #AS_OF}. */
    static final class AssetSpec {
        String id;
        IneCode owner = NAVARCLES;
        AssetType type;
        Optional<String> location = Optional.of("Ajuntament, sala de servidors");
        Optional<String> responsible = Optional.of("Pau Rovira Casas");
        Management managedBy = Management.SUPPORT_BODY;
        Optional<LocalDate> acquired = Optional.of(LocalDate.of(2022, 3, 1));
        Optional<LocalDate> endOfSupport = Optional.of(LocalDate.of(2029, 10, 14));
        Fact encryption = Fact.YES;
        Fact antiMalware = Fact.YES;
        Fact logging = Fact.YES;
        Fact mfa = Fact.YES;
        Fact externalAccess = Fact.NO;
        Optional<LocalDate> lastPatch = Optional.of(LocalDate.of(2025, 6, 10));
        Optional<LocalDate> lastBackup = Optional.of(LocalDate.of(2025, 6, 29));
        Optional<LocalDate> lastRestoreTest = Optional.of(LocalDate.of(2025, 2, 14));
        Optional<LocalDate> lastReview = Optional.of(LocalDate.of(2025, 1, 15));

        private AssetSpec(String id, AssetType type) {
            this.id = id;
            this.type = type;
        }

        static AssetSpec of(String id, AssetType type) {
            return new AssetSpec(id, type);
        }

        AssetSpec endOfSupport(LocalDate date) {
            endOfSupport = Optional.ofNullable(date);
            return this;
        }

        AssetSpec lastPatch(LocalDate date) {
            lastPatch = Optional.ofNullable(date);
            return this;
        }

        AssetSpec lastBackup(LocalDate date) {
            lastBackup = Optional.ofNullable(date);
            return this;
        }

        AssetSpec lastRestoreTest(LocalDate date) {
            lastRestoreTest = Optional.ofNullable(date);
            return this;
        }

        AssetSpec lastReview(LocalDate date) {
            lastReview = Optional.ofNullable(date);
            return this;
        }

        AssetSpec encryption(Fact fact) {
            encryption = fact;
            return this;
        }

        AssetSpec antiMalware(Fact fact) {
            antiMalware = fact;
            return this;
        }

        AssetSpec logging(Fact fact) {
            logging = fact;
            return this;
        }

        AssetSpec mfa(Fact fact) {
            mfa = fact;
            return this;
        }

        AssetSpec externalAccess(Fact fact) {
            externalAccess = fact;
            return this;
        }

        AssetSpec responsible(String name) {
            responsible = Optional.ofNullable(name);
            return this;
        }

        AssetSpec location(String place) {
            location = Optional.ofNullable(place);
            return this;
        }

        AssetSpec managedBy(Management management) {
            managedBy = management;
            return this;
        }

        Asset build() {
            return new Asset(id, owner, type, id, Optional.empty(), location, responsible, managedBy, acquired,
                    Optional.of("Producte " + type), Optional.empty(), endOfSupport,
                    new SecurityFacts(encryption, antiMalware, logging, mfa, externalAccess, lastPatch, lastBackup,
                            lastRestoreTest, lastReview));
        }
    }

    static final Person SECRETARY = Person.named("Montserrat Vilà i Puig");
    static final Person TECHNICIAN = Person.named("Pau Rovira Casas");
    static final Person MAYOR = Person.named("Joan Carles Serra i Vives");

    /** A fluent description of a system whose governance passes every built-in rule on {@link #AS_OF}. */
    static final class SystemSpec {
        String id = EXPEDIENTS;
        SystemOwner owner = SystemOwner.municipality(NAVARCLES);
        DimensionLevels levels = DimensionLevels.parse("C=BAJO,I=BAJO,T=BAJO,A=BAJO,D=BAJO");
        Set<String> assetIds = new TreeSet<>();
        SystemRoles roles = new SystemRoles(Optional.of(MAYOR), Optional.of(MAYOR), Optional.of(SECRETARY),
                Optional.of(TECHNICIAN));
        Optional<LocalDate> policy = Optional.of(LocalDate.of(2023, 2, 28));
        Optional<LocalDate> riskAnalysis = Optional.of(LocalDate.of(2025, 1, 20));
        Optional<LocalDate> categorisationReview = Optional.of(LocalDate.of(2025, 3, 12));
        Optional<Category> declared = Optional.empty();
        Optional<Audit> audit = Optional.of(new Audit(LocalDate.of(2024, 11, 21), AuditKind.SELF_ASSESSMENT,
                AuditResult.FAVORABLE, Optional.empty()));

        SystemSpec id(String value) {
            id = value;
            return this;
        }

        SystemSpec owner(SystemOwner value) {
            owner = value;
            return this;
        }

        SystemSpec levels(String value) {
            levels = DimensionLevels.parse(value);
            return this;
        }

        SystemSpec assets(String... ids) {
            assetIds.addAll(Arrays.asList(ids));
            return this;
        }

        SystemSpec roles(SystemRoles value) {
            roles = value;
            return this;
        }

        SystemSpec policy(LocalDate date) {
            policy = Optional.ofNullable(date);
            return this;
        }

        SystemSpec riskAnalysis(LocalDate date) {
            riskAnalysis = Optional.ofNullable(date);
            return this;
        }

        SystemSpec categorisationReview(LocalDate date) {
            categorisationReview = Optional.ofNullable(date);
            return this;
        }

        SystemSpec declared(Category category) {
            declared = Optional.ofNullable(category);
            return this;
        }

        SystemSpec audit(Audit value) {
            audit = Optional.ofNullable(value);
            return this;
        }

        InformationSystem build() {
            return new InformationSystem(id, "Gestió d'expedients", Optional.empty(), owner,
                    levels.isEmpty() ? List.of() : List.of(new InformationValuation("Expedients administratius", levels)),
                    List.of(), assetIds, roles, policy, riskAnalysis, categorisationReview, declared, audit);
        }
    }

    static SystemSpec system() {
        return new SystemSpec();
    }

    static Convention convention(String id, DateRange validity, IneCode... adhered) {
        return new Convention(id, "Conveni de suport TIC del Consell Comarcal del Bages", "Suport TIC i ciberseguretat",
                "cc-bages", List.of(new Party("Consell Comarcal del Bages", PartyRole.SUPPORT_BODY)),
                Optional.of(validity.start().minusDays(14)), validity, List.of(),
                EnumSet.of(ConventionService.CYBERSECURITY, ConventionService.EQUIPMENT_MANAGEMENT), Optional.empty(),
                Set.of(), List.of(), Arrays.stream(adhered)
                        .map(code -> new Adhesion(code, validity.start(), Optional.empty(),
                                EnumSet.of(ConventionService.EQUIPMENT_MANAGEMENT), new BigDecimal("120.00")))
                        .toList());
    }

    static TrainingSession session(String id, LocalDate date, TrainingKind kind, IneCode... municipalities) {
        return new TrainingSession(id, date, "Pesca electrònica i contrasenyes segures", kind,
                Set.of(municipalities), 12, new BigDecimal("1.5"), Optional.of("Consell Comarcal del Bages"));
    }

    static Incident incident(String id, String openedAt, IncidentCategory category) {
        return Incident.open(id, NAVARCLES, Instant.parse(openedAt), IncidentChannel.EMAIL, category, Priority.HIGH,
                "Correu sospitós rebut a l'ajuntament");
    }

    static MeasureAssessment assessment(String systemId, String measure, Maturity maturity, String... reinforcements) {
        return new MeasureAssessment(systemId, id(measure), maturity,
                Arrays.stream(reinforcements).map(ReinforcementId::parse).collect(Collectors.toSet()),
                Optional.empty(), Optional.empty(), List.of("Procediment PR-" + measure), LocalDate.of(2025, 5, 20),
                "Montserrat Vilà i Puig");
    }

    static MeasureAssessment excluded(String systemId, String measure, String justification) {
        return new MeasureAssessment(systemId, id(measure), Maturity.L0, Set.of(), Optional.of(new Exclusion(justification)),
                Optional.empty(), List.of(), LocalDate.of(2025, 5, 20), "Montserrat Vilà i Puig");
    }

    static MeasureAssessment compensated(String systemId, String measure, Maturity maturity, String compensating) {
        return new MeasureAssessment(systemId, id(measure), maturity, Set.of(), Optional.empty(),
                Optional.of(new Compensation(compensating, "Protegeix igual segons l'anàlisi de riscos de 2025")),
                List.of(), LocalDate.of(2025, 5, 20), "Montserrat Vilà i Puig");
    }

    /** A mutable dataset under construction, starting from the healthy Navarcles fixture. */
    static final class DatasetSpec {
        final List<Municipality> municipalities = new ArrayList<>(List.of(
                municipality(NAVARCLES, "Navarcles", 6151), municipality(MANRESA, "Manresa", 79518)));
        final List<InformationSystem> systems = new ArrayList<>();
        final List<Asset> assets = new ArrayList<>();
        final List<Incident> incidents = new ArrayList<>();
        final List<Convention> conventions = new ArrayList<>(List.of(
                convention("cc-bages-tic-2024", DateRange.parse("2024-01-01/2027-12-31"), NAVARCLES, SANT_FRUITOS)));
        final List<TrainingSession> sessions = new ArrayList<>(List.of(
                session("form-2025-03", LocalDate.of(2025, 3, 18), TrainingKind.AWARENESS, NAVARCLES, SANT_FRUITOS),
                session("form-2025-04", LocalDate.of(2025, 4, 9), TrainingKind.TECHNICAL_TRAINING, NAVARCLES)));
        final List<MeasureAssessment> assessments = new ArrayList<>();

        DatasetSpec system(SystemSpec system) {
            systems.add(system.build());
            return this;
        }

        /** Values the (only) system at other levels, keeping its assets. */
        DatasetSpec levels(String value) {
            InformationSystem current = systems.get(0);
            systems.set(0, Bages.system().levels(value).assets(current.assetIds().toArray(String[]::new)).build());
            return this;
        }

        DatasetSpec asset(AssetSpec asset) {
            assets.add(asset.build());
            return this;
        }

        DatasetSpec incident(Incident incident) {
            incidents.add(incident);
            return this;
        }

        DatasetSpec assessment(MeasureAssessment assessment) {
            assessments.add(assessment);
            return this;
        }

        Dataset build() {
            return new Dataset(Dataset.CURRENT_FORMAT_VERSION, Optional.of("Consell Comarcal del Bages, 2025"),
                    Optional.empty(), List.of(), municipalities, conventions, incidents, assets, systems, assessments,
                    List.of(), sessions, Optional.empty());
        }
    }

    /**
     * Returns the healthy fixture: Navarcles' expedient manager, BÁSICA, on a server, a laptop and a
     * desktop, all managed by the consell comarcal, with nothing for any built-in rule to report.
     */
    static DatasetSpec healthy() {
        return new DatasetSpec()
                .asset(AssetSpec.of("srv-navarcles-01", AssetType.SERVER))
                .asset(AssetSpec.of("lt-navarcles-007", AssetType.LAPTOP))
                .asset(AssetSpec.of("pc-navarcles-012", AssetType.DESKTOP))
                .system(system().assets("srv-navarcles-01", "lt-navarcles-007", "pc-navarcles-012"));
    }

    /** Returns a dataset whose system runs on the given assets only, with healthy governance. */
    static DatasetSpec withAssets(AssetSpec... assets) {
        DatasetSpec spec = new DatasetSpec();
        Arrays.stream(assets).forEach(spec::asset);
        return spec.system(system().assets(Arrays.stream(assets).map(asset -> asset.id).toArray(String[]::new)));
    }

    /** Returns the healthy dataset with another description of the system, on the healthy assets. */
    static DatasetSpec withSystem(SystemSpec system) {
        DatasetSpec spec = healthy();
        spec.systems.clear();
        return spec.system(system.assets("srv-navarcles-01", "lt-navarcles-007", "pc-navarcles-012"));
    }
}
