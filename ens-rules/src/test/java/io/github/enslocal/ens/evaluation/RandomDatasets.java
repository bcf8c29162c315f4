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
import io.github.enslocal.core.ens.Dimension;
import io.github.enslocal.core.ens.DimensionLevels;
import io.github.enslocal.core.ens.Maturity;
import io.github.enslocal.core.ens.SecurityLevel;
import io.github.enslocal.core.incident.Incident;
import io.github.enslocal.core.incident.IncidentCategory;
import io.github.enslocal.core.incident.IncidentChannel;
import io.github.enslocal.core.incident.IncidentStatus;
import io.github.enslocal.core.incident.Priority;
import io.github.enslocal.core.incident.classification.ImpactLevel;
import io.github.enslocal.core.incident.classification.IncidentTaxonomy;
import io.github.enslocal.core.incident.classification.IncidentType;
import io.github.enslocal.core.incident.classification.SecurityClassification;
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
import io.github.enslocal.core.territory.Municipality;
import io.github.enslocal.core.time.DateRange;
import io.github.enslocal.core.training.TrainingKind;
import io.github.enslocal.core.training.TrainingSession;
import io.github.enslocal.ens.catalog.Measure;
import io.github.enslocal.ens.catalog.MeasureCatalog;
import io.github.enslocal.ens.catalog.Reinforcement;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Supplier;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;

/**
 * Valid datasets for properties: a few Bages municipalities, systems with random levels, assets,
 * incidents, conventions, training and assessments, every reference resolving. The sizes come from
 * jqwik, so failures shrink towards small datasets; the contents come from a seeded random source,
 * so a dataset is the same for the same sizes and seed.
 */
final class RandomDatasets {

    private static final List<Municipality> BAGES = List.of(
            Bages.municipality(IneCode.parse("08061"), "Castellgalí", 2270),
            Bages.municipality(IneCode.parse("08113"), "Manresa", 79518),
            Bages.municipality(IneCode.parse("08139"), "Mura", 232),
            Bages.municipality(IneCode.parse("08140"), "Navarcles", 6151),
            Bages.municipality(IneCode.parse("08213"), "Sant Fruitós de Bages", 8994));
    private static final List<Person> PEOPLE = List.of(Bages.MAYOR, Bages.SECRETARY, Bages.TECHNICIAN,
            Person.named("Laia Puigdomènech Soler"));
    private static final List<Measure> MEASURES = MeasureCatalog.bundled().measures();
    private static final List<IncidentType> TYPES = IncidentTaxonomy.bundled().types();

    private RandomDatasets() {
    }

    /** Returns an arbitrary of valid datasets of up to 6 systems, 12 assets and 10 incidents. */
    static Arbitrary<Dataset> datasets() {
        return Combinators.combine(Arbitraries.integers().between(1, 5), Arbitraries.integers().between(0, 6),
                Arbitraries.integers().between(0, 12), Arbitraries.integers().between(0, 10), Arbitraries.longs())
                .as(RandomDatasets::generate);
    }

    /** Returns an arbitrary evaluation date from 2021 to 2026. */
    static Arbitrary<LocalDate> dates() {
        return Arbitraries.integers().between(0, 6 * 365).map(days -> LocalDate.of(2021, 1, 1).plusDays(days));
    }

    static Dataset generate(int municipalityCount, int systemCount, int assetCount, int incidentCount, long seed) {
        Random random = new Random(seed);
        List<Municipality> municipalities = BAGES.subList(0, municipalityCount);
        List<IneCode> codes = municipalities.stream().map(Municipality::code).toList();
        List<Asset> assets = new ArrayList<>();
        for (int i = 0; i < assetCount; i++) {
            assets.add(asset(random, "act-" + i, pick(random, codes)));
        }
        List<InformationSystem> systems = new ArrayList<>();
        List<MeasureAssessment> assessments = new ArrayList<>();
        for (int i = 0; i < systemCount; i++) {
            InformationSystem system = system(random, "sis-" + i, codes, assets);
            systems.add(system);
            int count = random.nextInt(40);
            for (int j = 0; j < count; j++) {
                assessments.add(assessment(random, system.id()));
            }
        }
        List<Incident> incidents = new ArrayList<>();
        for (int i = 0; i < incidentCount; i++) {
            incidents.add(incident(random, "INC-" + i, pick(random, codes), assets));
        }
        List<Convention> conventions = new ArrayList<>();
        for (int i = 0; i < random.nextInt(3); i++) {
            conventions.add(convention(random, "conv-" + i, codes));
        }
        List<TrainingSession> sessions = new ArrayList<>();
        for (int i = 0; i < random.nextInt(4); i++) {
            sessions.add(new TrainingSession("form-" + i, date(random, 2021, 2026), "Sessió de ciberseguretat",
                    pick(random, List.of(TrainingKind.values())), subset(random, codes, 1), 1 + random.nextInt(30),
                    new BigDecimal("1.5"), Optional.empty()));
        }
        return new Dataset(Dataset.CURRENT_FORMAT_VERSION, Optional.of("Generated"), Optional.empty(), List.of(),
                municipalities, conventions, incidents, assets, systems, assessments, List.of(), sessions, Optional.empty());
    }

    private static Asset asset(Random random, String id, IneCode owner) {
        return new Asset(id, owner, pick(random, List.of(AssetType.values())), id, Optional.empty(),
                maybe(random, () -> "Ajuntament"), maybe(random, () -> "Pau Rovira Casas"),
                pick(random, List.of(Management.values())), maybe(random, () -> date(random, 2018, 2026)),
                Optional.empty(), Optional.empty(), maybe(random, () -> date(random, 2022, 2030)),
                new SecurityFacts(fact(random), fact(random), fact(random), fact(random),
                        maybe(random, () -> date(random, 2023, 2026)), maybe(random, () -> date(random, 2023, 2026)),
                        maybe(random, () -> date(random, 2022, 2026)), maybe(random, () -> date(random, 2022, 2026))));
    }

    private static InformationSystem system(Random random, String id, List<IneCode> codes, List<Asset> assets) {
        SystemOwner owner = random.nextInt(6) == 0 ? SystemOwner.supportBody("cc-bages")
                : SystemOwner.municipality(pick(random, codes));
        List<InformationValuation> information = new ArrayList<>();
        for (int i = 0; i < random.nextInt(3); i++) {
            information.add(new InformationValuation("Informació " + i, levels(random)));
        }
        List<ServiceValuation> services = random.nextBoolean() ? List.of() : List.of(new ServiceValuation("Servei", levels(random)));
        Set<String> assetIds = new TreeSet<>();
        assets.forEach(asset -> {
            if (random.nextInt(3) == 0) {
                assetIds.add(asset.id());
            }
        });
        SystemRoles roles = new SystemRoles(maybe(random, () -> pick(random, PEOPLE)), maybe(random, () -> pick(random, PEOPLE)),
                maybe(random, () -> pick(random, PEOPLE)), maybe(random, () -> pick(random, PEOPLE)));
        return new InformationSystem(id, "Sistema " + id, Optional.empty(), owner, information, services, assetIds, roles,
                maybe(random, () -> date(random, 2021, 2026)), maybe(random, () -> date(random, 2021, 2026)),
                maybe(random, () -> date(random, 2021, 2026)), maybe(random, () -> pick(random, List.of(Category.values()))),
                maybe(random, () -> new Audit(date(random, 2021, 2026), pick(random, List.of(AuditKind.values())),
                        pick(random, List.of(AuditResult.values())), Optional.empty())));
    }

    private static DimensionLevels levels(Random random) {
        Map<Dimension, SecurityLevel> levels = new EnumMap<>(Dimension.class);
        for (Dimension dimension : Dimension.values()) {
            if (random.nextInt(5) < 3) {
                levels.put(dimension, pick(random, List.of(SecurityLevel.values())));
            }
        }
        return DimensionLevels.of(levels);
    }

    private static MeasureAssessment assessment(Random random, String systemId) {
        Measure measure = pick(random, MEASURES);
        Set<io.github.enslocal.core.ens.ReinforcementId> reinforcements = new LinkedHashSet<>();
        measure.reinforcements().stream().map(Reinforcement::id).filter(r -> random.nextBoolean()).forEach(reinforcements::add);
        int decision = random.nextInt(10);
        return new MeasureAssessment(systemId, measure.id(), pick(random, List.of(Maturity.values())), reinforcements,
                decision == 0 ? Optional.of(new Exclusion("No s'hi aplica")) : Optional.empty(),
                decision == 1 ? Optional.of(new Compensation("Mesura alternativa", "Protegeix igual")) : Optional.empty(),
                List.of(), date(random, 2023, 2026), pick(random, List.of("Montserrat Vilà i Puig", "Pau Rovira Casas")));
    }

    private static Incident incident(Random random, String id, IneCode municipality, List<Asset> assets) {
        Instant opened = date(random, 2024, 2026).atStartOfDay(SystemContext.MADRID).toInstant()
                .plus(Duration.ofMinutes(random.nextInt(24 * 60)));
        Incident incident = Incident.open(id, municipality, opened, pick(random, List.of(IncidentChannel.values())),
                pick(random, List.of(IncidentCategory.values())), pick(random, List.of(Priority.values())), "Incidència");
        if (!assets.isEmpty() && random.nextBoolean()) {
            incident = incident.withAffectedAssetIds(List.of(pick(random, assets).id()));
        }
        if (random.nextInt(3) == 0) {
            SecurityClassification security = SecurityClassification.of(pick(random, TYPES).id(),
                    pick(random, List.of(ImpactLevel.values())));
            if (random.nextBoolean()) {
                security = security.withCcnCertNotification(opened.plus(Duration.ofHours(random.nextInt(96))), "LUCIA-" + id);
            }
            incident = incident.withSecurity(security);
        }
        Instant at = opened;
        for (IncidentStatus next : List.of(IncidentStatus.ASSIGNED, IncidentStatus.IN_PROGRESS, IncidentStatus.RESOLVED,
                IncidentStatus.CLOSED)) {
            if (random.nextInt(4) == 0) {
                break;
            }
            at = at.plus(Duration.ofHours(1 + random.nextInt(200)));
            incident = incident.moveTo(next, at);
        }
        return incident;
    }

    private static Convention convention(Random random, String id, List<IneCode> codes) {
        LocalDate start = date(random, 2021, 2025);
        DateRange validity = DateRange.of(start, start.plusYears(1 + random.nextInt(4)).minusDays(1));
        List<Adhesion> adhesions = subset(random, codes, 0).stream()
                .map(code -> new Adhesion(code, start.plusDays(random.nextInt(200)),
                        maybe(random, () -> start.plusDays(200 + random.nextInt(900))),
                        EnumSet.of(ConventionService.INCIDENT_DESK), new BigDecimal("80.00")))
                .toList();
        return new Convention(id, "Conveni " + id, "Suport TIC", "cc-bages",
                List.of(new Party("Consell Comarcal del Bages", PartyRole.SUPPORT_BODY)),
                maybe(random, () -> start.minusDays(10)), validity, List.of(), EnumSet.of(ConventionService.CYBERSECURITY),
                Optional.empty(), Set.of(), List.of(), adhesions);
    }

    private static <T> Set<T> subset(Random random, List<T> values, int atLeast) {
        Set<T> chosen = new LinkedHashSet<>();
        values.forEach(value -> {
            if (random.nextBoolean()) {
                chosen.add(value);
            }
        });
        while (chosen.size() < atLeast) {
            chosen.add(pick(random, values));
        }
        return chosen;
    }

    private static LocalDate date(Random random, int fromYear, int toYear) {
        LocalDate from = LocalDate.of(fromYear, 1, 1);
        return from.plusDays(random.nextInt((int) (LocalDate.of(toYear, 12, 31).toEpochDay() - from.toEpochDay())));
    }

    private static Fact fact(Random random) {
        return pick(random, List.of(Fact.values()));
    }

    private static <T> Optional<T> maybe(Random random, Supplier<T> value) {
        return random.nextInt(4) == 0 ? Optional.empty() : Optional.of(value.get());
    }

    private static <T> T pick(Random random, List<T> values) {
        return values.get(random.nextInt(values.size()));
    }
}
