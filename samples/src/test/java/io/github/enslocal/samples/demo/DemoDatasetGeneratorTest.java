// SPDX-License-Identifier: Apache-2.0
package io.github.enslocal.samples.demo;

import static io.github.enslocal.samples.demo.DemoDatasetGenerator.AS_OF;
import static io.github.enslocal.samples.demo.DemoDatasetGenerator.BALANCE_PERIOD;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.enslocal.core.assessment.AdequacyPlan;
import io.github.enslocal.core.assessment.MeasureAssessment;
import io.github.enslocal.core.asset.Asset;
import io.github.enslocal.core.asset.AssetType;
import io.github.enslocal.core.asset.Fact;
import io.github.enslocal.core.convention.Convention;
import io.github.enslocal.core.convention.ConventionStatus;
import io.github.enslocal.core.convention.ExpenseType;
import io.github.enslocal.core.dataset.Dataset;
import io.github.enslocal.core.ens.Category;
import io.github.enslocal.core.incident.Incident;
import io.github.enslocal.core.money.Money;
import io.github.enslocal.core.incident.IncidentStatus;
import io.github.enslocal.core.incident.classification.DangerLevel;
import io.github.enslocal.core.incident.classification.IncidentTaxonomy;
import io.github.enslocal.core.incident.classification.NotificationPolicy;
import io.github.enslocal.core.incident.classification.SecurityClassification;
import io.github.enslocal.core.register.MunicipalityRegister;
import io.github.enslocal.core.register.RegisterEntry;
import io.github.enslocal.core.sla.SlaPolicy;
import io.github.enslocal.core.sla.SlaStatus;
import io.github.enslocal.core.system.InformationSystem;
import io.github.enslocal.core.territory.IneCode;
import io.github.enslocal.core.training.TrainingKind;
import io.github.enslocal.ens.applicability.Applicability;
import io.github.enslocal.ens.applicability.ApplicabilityEvaluator;
import io.github.enslocal.ens.catalog.MeasureCatalog;
import io.github.enslocal.ens.categorization.Categorizer;
import io.github.enslocal.samples.DemoData;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.YearMonth;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

/**
 * The demo dataset: its published figures emerge from the records, every reference resolves, and
 * the same seed gives the same dataset.
 */
class DemoDatasetGeneratorTest {

    private static final ZoneId MADRID = ZoneId.of("Europe/Madrid");
    private static final MunicipalityRegister REGISTER = MunicipalityRegister.bundled();
    private static final MeasureCatalog CATALOG = MeasureCatalog.bundled();
    private static final IncidentTaxonomy TAXONOMY = IncidentTaxonomy.bundled();
    private static final IneCode MANRESA = IneCode.parse("08113");

    private static Dataset demo;
    /** The demo with another seed; shared because a demo of five years takes a while to generate. */
    private static Dataset otherSeed;

    @BeforeAll
    static void generateDemo() {
        demo = DemoData.dataset();
        otherSeed = DemoDatasetGenerator.generate(8L);
    }

    private static Convention convention(String id) {
        return demo.conventions().stream().filter(c -> c.id().equals(id)).findFirst().orElseThrow();
    }

    private static Convention support2021() {
        return convention(DemoDatasetGenerator.SUPPORT_CONVENTION_2021);
    }

    private static long countAssets(AssetType... types) {
        Set<AssetType> wanted = Set.of(types);
        return demo.assets().stream().filter(asset -> wanted.contains(asset.type())).count();
    }

    @Nested
    class Determinism {

        @Test
        void generate_sameSeed_givesEqualDatasets_andWithoutSeedUsesTheDefaultSeed() {
            assertThat(DemoDatasetGenerator.generate(DemoDatasetGenerator.DEFAULT_SEED)).isEqualTo(demo);
        }

        @Test
        void generate_differentSeeds_giveDifferentDatasets() {
            assertThat(otherSeed).isNotEqualTo(demo);
            assertThat(otherSeed.incidents()).isNotEqualTo(demo.incidents());
            assertThat(otherSeed.assets()).isNotEqualTo(demo.assets());
        }

        @Test
        void generate_differentSeeds_keepTheStructure() {
            assertThat(otherSeed.municipalities()).isEqualTo(demo.municipalities());
            assertThat(otherSeed.conventions().get(0).adhesions()).isEqualTo(demo.conventions().get(0).adhesions());
            assertThat(otherSeed.assets().stream().filter(asset -> asset.type().isServer())).hasSize(17);
        }
    }

    @Nested
    class Municipalities {

        @Test
        void bagesMunicipalities_areThe23SmallestOfTheComarca() {
            List<RegisterEntry> served = DemoDatasetGenerator.bagesMunicipalities(REGISTER);
            List<RegisterEntry> others = REGISTER.byComarca("Bages").stream()
                    .filter(entry -> !served.contains(entry)).toList();

            assertThat(served).hasSize(23).allMatch(entry -> entry.comarca().orElseThrow().equals("Bages"));
            assertThat(others).hasSize(7).extracting(RegisterEntry::code).contains(MANRESA);
            int largestServed = served.stream().mapToInt(RegisterEntry::population).max().orElseThrow();
            assertThat(others).allMatch(entry -> entry.population() >= largestServed);
            assertThat(served).allMatch(entry -> entry.population() < 20_000);
        }

        @Test
        void municipalities_haveTheRegistersNamesCodesAndPopulations() {
            assertThat(demo.municipalities()).hasSize(23).allSatisfy(municipality -> {
                RegisterEntry entry = REGISTER.find(municipality.code()).orElseThrow();
                assertThat(entry.nameAgrees(municipality.name())).isTrue();
                assertThat(municipality.population()).isEqualTo(entry.population());
                assertThat(municipality.populationYear()).isEqualTo(2025);
            });
            assertThat(demo.municipalities()).extracting(m -> m.code()).doesNotContain(MANRESA).isSorted();
        }

        @Test
        void supportBody_servesTheSameMunicipalities() {
            assertThat(demo.supportBodies()).singleElement().satisfies(body -> {
                assertThat(body.id()).isEqualTo(DemoDatasetGenerator.BAGES_ID);
                assertThat(body.municipalities())
                        .containsExactlyElementsOf(demo.municipalities().stream().map(m -> m.code()).toList());
            });
        }

        @Test
        void titleAndNotice_sayTheDataIsSynthetic() {
            assertThat(demo.title()).hasValueSatisfying(title -> assertThat(title).contains("sintètiques"));
            assertThat(demo.notice()).hasValueSatisfying(notice -> assertThat(notice)
                    .contains("Synthetic", "fictitious", "INE codes and 2025 populations are real"));
        }
    }

    @Nested
    class ConventionBalance {

        @Test
        void municipalitiesServed_growFrom17To23OverTheBalancePeriod() {
            assertThat(support2021().municipalitiesServedOn(BALANCE_PERIOD.start())).hasSize(17);
            assertThat(support2021().municipalitiesServedOn(BALANCE_PERIOD.end())).hasSize(23);
        }

        @Test
        void municipalitiesServed_neverShrinkDuringTheBalancePeriod() {
            int previous = 0;
            for (LocalDate day = BALANCE_PERIOD.start(); !day.isAfter(BALANCE_PERIOD.end()); day = day.plusMonths(1)) {
                int served = support2021().municipalitiesServedOn(day).size();
                assertThat(served).as("served on %s", day).isGreaterThanOrEqualTo(previous);
                previous = served;
            }
        }

        @Test
        void committedDedication_risesAbout85PercentOverTheBalancePeriod() {
            BigDecimal start = support2021().committedDedicationOn(BALANCE_PERIOD.start());
            BigDecimal end = support2021().committedDedicationOn(BALANCE_PERIOD.end());

            BigDecimal growth = end.divide(start, 4, RoundingMode.HALF_EVEN).subtract(BigDecimal.ONE);

            assertThat(growth).isBetween(new BigDecimal("0.80"), new BigDecimal("0.90"));
        }

        @Test
        void conventions_haveNoLegalIssues() {
            assertThat(demo.conventions()).hasSize(3)
                    .allSatisfy(convention -> assertThat(convention.legalIssues()).isEmpty());
        }

        @Test
        void supportConvention_isExtendedBeforeItExpiresAndSucceededIn2026() {
            Convention successor = convention(DemoDatasetGenerator.SUPPORT_CONVENTION_2026);

            assertThat(support2021().status(LocalDate.of(2024, 12, 31))).isEqualTo(ConventionStatus.IN_FORCE);
            assertThat(support2021().status(AS_OF)).isEqualTo(ConventionStatus.EXTENDED);
            assertThat(support2021().status(LocalDate.of(2026, 1, 1))).isEqualTo(ConventionStatus.EXPIRED);
            assertThat(successor.signedOn()).hasValueSatisfying(day -> assertThat(day).isBetween(
                    LocalDate.of(2025, 9, 1), AS_OF));
            assertThat(successor.status(AS_OF)).isEqualTo(ConventionStatus.DRAFT);
            assertThat(successor.municipalitiesServedOn(LocalDate.of(2026, 1, 1))).hasSize(23);
        }

        @Test
        void fundingConvention_justifiesPersonnelAndServicesQuarterlyWithinItsMaximum() {
            Convention funding = convention(DemoDatasetGenerator.FUNDING_CONVENTION);
            var execution = funding.budgetExecution(funding.effectiveValidity());

            assertThat(funding.maximumAmount()).contains(Money.parse("31350.00"));
            assertThat(funding.municipalitiesServedOn(AS_OF)).isNotEmpty()
                    .allSatisfy(code -> assertThat(REGISTER.find(code).orElseThrow().population()).isLessThanOrEqualTo(20_000));
            assertThat(funding.eligibleExpenseTypes())
                    .containsExactly(ExpenseType.PERSONNEL_ASSIGNED, ExpenseType.CONTRACTED_SERVICES);
            assertThat(funding.expenses().stream().filter(e -> e.type() == ExpenseType.PERSONNEL_ASSIGNED)
                    .map(e -> YearMonth.from(e.date()))).hasSize(16).doesNotHaveDuplicates()
                    .allMatch(month -> month.getMonthValue() % 3 == 0);
            assertThat(execution.counted()).isLessThanOrEqualTo(funding.maximumAmount().orElseThrow());
            assertThat(execution.executedFraction()).hasValueSatisfying(
                    share -> assertThat(share).isBetween(new BigDecimal("0.80"), BigDecimal.ONE));
            assertThat(execution.ineligible()).hasSize(1);
        }
    }

    @Nested
    class Assets {

        @Test
        void pcs_areAbout500() {
            assertThat(countAssets(AssetType.DESKTOP, AssetType.LAPTOP)).isBetween(450L, 550L);
        }

        @Test
        void servers_areExactly17() {
            assertThat(countAssets(AssetType.SERVER, AssetType.VIRTUAL_SERVER)).isEqualTo(17);
        }

        @Test
        void mobiles_areAbout100() {
            assertThat(countAssets(AssetType.MOBILE)).isBetween(85L, 115L);
        }

        @Test
        void inventory_holdsEveryOtherKindToo() {
            assertThat(demo.assets()).extracting(Asset::type).contains(AssetType.PRINTER, AssetType.NETWORK_DEVICE,
                    AssetType.STORAGE, AssetType.SOFTWARE, AssetType.CLOUD_SERVICE);
        }

        @Test
        void pcs_areSpreadByPopulation() {
            Map<IneCode, Long> pcs = demo.assets().stream()
                    .filter(asset -> asset.type() == AssetType.DESKTOP || asset.type() == AssetType.LAPTOP)
                    .collect(Collectors.groupingBy(Asset::owner, TreeMap::new, Collectors.counting()));
            IneCode gaia = IneCode.parse("08090");
            IneCode navas = IneCode.parse("08141");

            assertThat(pcs).hasSize(23);
            assertThat(pcs.get(navas)).isGreaterThan(10 * pcs.get(gaia));
        }

        @Test
        void securityFacts_areMostlyGoodWithRealisticGaps() {
            List<Asset> laptops = demo.assets().stream().filter(a -> a.type() == AssetType.LAPTOP).toList();
            List<Asset> servers = demo.assets().stream().filter(a -> a.type().isServer()).toList();
            long unencrypted = laptops.stream().filter(Asset::isUnencryptedPortable).count();
            long outOfSupport = servers.stream().filter(server -> server.isSupportEnded(AS_OF)).count();
            long withoutRestoreTest = servers.stream()
                    .filter(server -> server.securityFacts().lastRestoreTest().isEmpty()).count();
            long stalePatches = demo.assets().stream()
                    .filter(asset -> asset.daysSinceLastPatch(AS_OF).filter(days -> days > 60).isPresent()).count();
            long withAntiMalware = demo.assets().stream().filter(a -> a.type().isEndpoint() || a.type().isServer())
                    .filter(a -> a.securityFacts().antiMalware() == Fact.YES).count();

            assertThat(unencrypted).isBetween(3L, (long) laptops.size() / 5);
            assertThat(outOfSupport).isBetween(1L, 4L);
            assertThat(withoutRestoreTest).isBetween(2L, 8L);
            assertThat(stalePatches).isPositive();
            assertThat(withAntiMalware).isGreaterThan(countAssets(AssetType.DESKTOP, AssetType.LAPTOP,
                    AssetType.MOBILE, AssetType.SERVER, AssetType.VIRTUAL_SERVER) * 85 / 100);
            assertThat(demo.assets()).anyMatch(asset -> asset.securityFacts().mfa() == Fact.UNKNOWN)
                    .anyMatch(asset -> asset.product().isEmpty());
        }

        @Test
        void assetIds_areUnique() {
            assertThat(demo.assets()).extracting(Asset::id).doesNotHaveDuplicates();
        }
    }

    @Nested
    class Incidents {

        private static TreeMap<YearMonth, Long> perMonth() {
            return demo.incidents().stream()
                    .collect(Collectors.groupingBy(i -> YearMonth.from(i.openedAt().atZone(MADRID)), TreeMap::new,
                            Collectors.counting()));
        }

        private static double meanPerMonthIn(int year) {
            return perMonth().entrySet().stream().filter(month -> month.getKey().getYear() == year)
                    .mapToLong(Map.Entry::getValue).average().orElseThrow();
        }

        @Test
        void incidents_areAbout110AMonthOverTheBalancePeriod() {
            TreeMap<YearMonth, Long> perMonth = perMonth();

            assertThat(perMonth.firstKey()).isEqualTo(YearMonth.from(BALANCE_PERIOD.start()));
            assertThat(perMonth.lastKey()).isEqualTo(YearMonth.from(BALANCE_PERIOD.end()));
            assertThat(perMonth).hasSize(60);
            double mean = perMonth.values().stream().mapToLong(Long::longValue).average().orElseThrow();
            assertThat(mean).isBetween(100.0, 120.0);
            assertThat(perMonth.values()).allSatisfy(count -> assertThat(count).isBetween(60L, 160L));
        }

        @Test
        void incidents_growWithTheMunicipalitiesServed() {
            double first = meanPerMonthIn(2021);
            double last = meanPerMonthIn(2025);

            assertThat(first).isBetween(80.0, 105.0);
            assertThat(last).isBetween(112.0, 135.0);
            assertThat(last / first).isBetween(1.2, 1.5);
        }

        @Test
        void incidents_openOnlyOnWorkingDaysWithoutTheCatalanHolidaysOfEachYear() {
            SlaPolicy policy = demo.slaPolicy().orElseThrow();
            List<LocalDate> goodFridays = List.of(LocalDate.of(2021, 4, 2), LocalDate.of(2022, 4, 15),
                    LocalDate.of(2023, 4, 7), LocalDate.of(2024, 3, 29), LocalDate.of(2025, 4, 18));

            assertThat(goodFridays).noneMatch(policy.calendar()::isWorkingDay);
            assertThat(demo.incidents()).allSatisfy(incident -> assertThat(policy.calendar()
                    .isWorkingDay(incident.openedAt().atZone(MADRID).toLocalDate())).as(incident.id()).isTrue());
        }

        @Test
        void incidents_openMostlyWithinBusinessHoursInMadrid() {
            SlaPolicy policy = demo.slaPolicy().orElseThrow();
            long inHours = demo.incidents().stream().filter(incident -> {
                ZonedDateTime local = incident.openedAt().atZone(MADRID);
                LocalTime time = local.toLocalTime();
                return policy.calendar().isWorkingDay(local.toLocalDate())
                        && !time.isBefore(LocalTime.of(8, 0)) && time.isBefore(LocalTime.of(15, 0));
            }).count();

            assertThat((double) inHours / demo.incidents().size()).isGreaterThan(0.85);
        }

        @Test
        void incidents_haveNoHistoryProblems() {
            assertThat(demo.incidents()).allSatisfy(incident -> assertThat(incident.historyProblems()).isEmpty());
        }

        @Test
        void incidents_goThroughTheWholeLifecycle() {
            assertThat(demo.incidents()).extracting(Incident::status).contains(
                    IncidentStatus.CLOSED,
                    IncidentStatus.CANCELLED);
            assertThat(demo.incidents()).anyMatch(incident -> incident.history().stream()
                    .anyMatch(change -> change.status() == IncidentStatus.ON_HOLD));
            assertThat(demo.incidents()).allMatch(incident -> incident.history().get(0).at().equals(incident.openedAt()));
            assertThat(demo.incidents()).filteredOn(incident -> !incident.status().isOpen())
                    .allMatch(incident -> incident.effortMinutes() > 0);
        }

        @Test
        void incidentIds_areUniqueAndIncidentsInOpeningOrder() {
            assertThat(demo.incidents()).extracting(Incident::id).doesNotHaveDuplicates();
            assertThat(demo.incidents()).extracting(Incident::openedAt).isSorted();
        }

        @Test
        void slaAttainment_isHighButNotPerfect() {
            SlaPolicy policy = demo.slaPolicy().orElseThrow();
            Instant cutOff = DemoDatasetGenerator.endOf(AS_OF);
            Map<SlaStatus, Long> resolution = demo.incidents().stream()
                    .map(incident -> policy.measure(incident, cutOff).resolution().status())
                    .collect(Collectors.groupingBy(Function.identity(), Collectors.counting()));
            long met = resolution.getOrDefault(SlaStatus.MET, 0L);
            long breached = resolution.getOrDefault(SlaStatus.BREACHED, 0L);

            assertThat((double) met / (met + breached)).isBetween(0.88, 0.985);
        }

        @Test
        void securityIncidents_includeOneAltoNotifiedInTimeAndOneAltoNeverNotified() {
            NotificationPolicy policy = NotificationPolicy.withAllowedDelay(Duration.ofHours(4));
            Instant cutOff = DemoDatasetGenerator.endOf(AS_OF);
            List<Incident> mustNotify = demo.incidents().stream()
                    .filter(incident -> incident.security().filter(s -> s.mustNotifyCcnCert(TAXONOMY)).isPresent())
                    .toList();

            assertThat(mustNotify).hasSize(2)
                    .allSatisfy(i -> assertThat(i.openedAt().atZone(MADRID).getYear()).isEqualTo(2025));
            assertThat(mustNotify).filteredOn(i -> i.security().orElseThrow().notifiedToCcnCertAt().isPresent())
                    .singleElement()
                    .satisfies(i -> assertThat(i.isCcnCertNotificationLate(TAXONOMY, policy, cutOff)).isFalse());
            assertThat(mustNotify).filteredOn(i -> i.security().orElseThrow().notifiedToCcnCertAt().isEmpty())
                    .singleElement()
                    .satisfies(i -> assertThat(i.isCcnCertNotificationLate(TAXONOMY, policy, cutOff)).isTrue());
        }

        @Test
        void securityIncidents_includeSomeOfDangerBajoOrMedio() {
            List<SecurityClassification> routine = demo.incidents().stream()
                    .flatMap(incident -> incident.security().stream())
                    .filter(classification -> !classification.danger(TAXONOMY).isAtLeast(DangerLevel.ALTO))
                    .toList();

            assertThat(routine).hasSizeGreaterThan(5);
            assertThat(routine).extracting(c -> c.danger(TAXONOMY)).contains(DangerLevel.BAJO, DangerLevel.MEDIO);
        }
    }

    @Nested
    class References {

        @Test
        void everyIncident_isOfAMunicipalityServedWhenItWasOpened() {
            assertThat(demo.incidents()).allSatisfy(incident -> {
                LocalDate day = incident.openedAt().atZone(MADRID).toLocalDate();
                assertThat(support2021().municipalitiesServedOn(day)).as(incident.id())
                        .contains(incident.municipality());
            });
        }

        @Test
        void everyAffectedAsset_existsAndBelongsToTheIncidentsMunicipality() {
            Map<String, Asset> assets = demo.assets().stream().collect(Collectors.toMap(Asset::id, a -> a));

            assertThat(demo.incidents()).anyMatch(incident -> !incident.affectedAssetIds().isEmpty());
            assertThat(demo.incidents()).allSatisfy(incident -> assertThat(incident.affectedAssetIds())
                    .allSatisfy(id -> assertThat(assets.get(id).owner()).isEqualTo(incident.municipality())));
        }

        @Test
        void everySystem_belongsToAServedMunicipalityAndRunsOnItsAssets() {
            Map<String, Asset> assets = demo.assets().stream().collect(Collectors.toMap(Asset::id, a -> a));
            Set<IneCode> served = support2021().municipalitiesServedOn(AS_OF);

            assertThat(demo.systems()).hasSize(23).allSatisfy(system -> {
                IneCode owner = system.owner().municipality().orElseThrow();
                assertThat(served).contains(owner);
                assertThat(system.assetIds()).isNotEmpty()
                        .allSatisfy(id -> assertThat(assets.get(id).owner()).isEqualTo(owner));
            });
        }

        @Test
        void everyAssessment_namesASystemAndAMeasureOfTheCatalogWithItsOwnReinforcements() {
            Set<String> systems = demo.systems().stream().map(InformationSystem::id).collect(Collectors.toSet());

            assertThat(demo.assessments()).allSatisfy(assessment -> {
                assertThat(systems).contains(assessment.systemId());
                assertThat(CATALOG.find(assessment.measure())).isPresent();
                assertThat(assessment.hasOnlyOwnReinforcements()).isTrue();
                assertThat(assessment.reinforcements())
                        .allSatisfy(r -> assertThat(CATALOG.reinforcement(r)).isPresent());
                assertThat(assessment.hasBothExclusionAndCompensation()).isFalse();
            });
        }

        @Test
        void everyPlanAndTrainingSession_namesKnownSystemsAndMunicipalities() {
            Set<String> systems = demo.systems().stream().map(InformationSystem::id).collect(Collectors.toSet());
            Set<IneCode> municipalities = demo.municipalities().stream().map(m -> m.code()).collect(Collectors.toSet());

            assertThat(demo.plans()).extracting(AdequacyPlan::systemId).allMatch(systems::contains);
            assertThat(demo.plans()).extracting(AdequacyPlan::id).doesNotHaveDuplicates();
            assertThat(demo.plans()).allMatch(AdequacyPlan::hasUniqueActionIds);
            assertThat(demo.trainingSessions()).allSatisfy(
                    session -> assertThat(municipalities).containsAll(session.municipalities()));
        }
    }

    @Nested
    class Compliance {

        @Test
        void categories_areMostlyBasicaWithSomeMedia() {
            Map<Category, Long> categories = demo.systems().stream()
                    .collect(Collectors.groupingBy(s -> s.declaredCategory().orElseThrow(), Collectors.counting()));

            assertThat(categories.get(Category.BASICA)).isGreaterThanOrEqualTo(18);
            assertThat(categories.get(Category.MEDIA)).isBetween(1L, 5L);
            assertThat(categories).doesNotContainKey(Category.ALTA);
        }

        @Test
        void declaredCategories_agreeWithTheValuations() {
            assertThat(demo.systems()).allSatisfy(system -> assertThat(system.declaredCategory())
                    .isEqualTo(Categorizer.categorize(system.aggregatedLevels()).category()));
        }

        @Test
        void systems_areNamedAfterTheirTownHall() {
            assertThat(demo.systems()).extracting(InformationSystem::name)
                    .contains("Gestió municipal i seu electrònica de Navàs",
                            "Gestió municipal i seu electrònica d'Artés",
                            "Gestió municipal i seu electrònica del Pont de Vilomara i Rocafort");
        }

        @Test
        void assessments_coverMostApplicableMeasuresWithMostlyL2OrL3() {
            ApplicabilityEvaluator evaluator = ApplicabilityEvaluator.of(CATALOG);
            long applicable = demo.systems().stream()
                    .mapToLong(system -> evaluator.evaluate(system.aggregatedLevels()).applicable().size()).sum();
            long middling = demo.assessments().stream()
                    .filter(a -> a.maturity().value() == 2 || a.maturity().value() == 3).count();

            assertThat((double) demo.assessments().size() / applicable).isBetween(0.85, 1.0);
            assertThat((double) middling / demo.assessments().size()).isGreaterThan(0.7);
            assertThat(demo.assessments()).anyMatch(a -> a.maturity().value() == 1);
        }

        @Test
        void exclusionsAndTheCompensation_touchOnlyApplicableMeasures() {
            ApplicabilityEvaluator evaluator = ApplicabilityEvaluator.of(CATALOG);
            Map<String, Applicability> bySystem = demo.systems().stream()
                    .collect(Collectors.toMap(InformationSystem::id, s -> evaluator.evaluate(s.aggregatedLevels())));
            List<MeasureAssessment> excluded = demo.assessments().stream()
                    .filter(a -> a.exclusion().isPresent()).toList();
            List<MeasureAssessment> compensated = demo.assessments().stream()
                    .filter(a -> a.compensation().isPresent()).toList();

            assertThat(excluded).hasSizeBetween(2, 10);
            assertThat(compensated).singleElement()
                    .satisfies(a -> assertThat(a.compensation().orElseThrow().justification()).isNotBlank());
            assertThat(excluded).allSatisfy(a -> assertThat(a.exclusion().orElseThrow().justification()).isNotBlank());
            assertThat(excluded).allMatch(a -> bySystem.get(a.systemId()).get(a.measure()).applies());
            assertThat(compensated).allMatch(a -> bySystem.get(a.systemId()).get(a.measure()).applies());
        }

        @Test
        void roles_areAllAssignedAndAFewSystemsShareTheSecurityAndSystemOfficer() {
            long shared = demo.systems().stream()
                    .filter(system -> !system.roles().isSecurityOfficerSeparateFromSystemOfficer()).count();

            assertThat(demo.systems()).allMatch(system -> system.roles().unassigned().isEmpty());
            assertThat(shared).isBetween(1L, 4L);
        }

        @Test
        void governanceDates_areMixed() {
            assertThat(demo.systems()).anyMatch(s -> s.policyApprovalDate().isEmpty())
                    .anyMatch(s -> s.policyApprovalDate().isPresent())
                    .anyMatch(s -> s.riskAnalysisDate().isEmpty())
                    .anyMatch(s -> s.riskAnalysisDate().filter(d -> d.isBefore(AS_OF.minusYears(2))).isPresent())
                    .anyMatch(s -> s.categorisationReviewDate().filter(d -> d.isBefore(AS_OF.minusYears(1))).isPresent())
                    .anyMatch(s -> s.lastAudit().isEmpty())
                    .anyMatch(s -> s.lastAudit().filter(a -> a.date().isBefore(AS_OF.minusYears(2))).isPresent());
        }

        @Test
        void adequacyPlans_haveSomeOverdueActions() {
            long overdue = demo.plans().stream().mapToLong(plan -> plan.overdueActions(AS_OF).size()).sum();
            long actions = demo.plans().stream().mapToLong(plan -> plan.actions().size()).sum();

            assertThat(overdue).isPositive().isLessThan(actions / 2);
        }

        @Test
        void trainingSessions_includeAwarenessAndTechnicalTraining() {
            assertThat(demo.trainingSessions()).extracting(s -> s.kind())
                    .contains(TrainingKind.AWARENESS, TrainingKind.TECHNICAL_TRAINING);
            assertThat(demo.trainingSessions()).extracting(s -> s.id()).doesNotHaveDuplicates();
            assertThat(demo.trainingSessions()).allMatch(s -> !s.date().isAfter(AS_OF));
        }
    }
}
