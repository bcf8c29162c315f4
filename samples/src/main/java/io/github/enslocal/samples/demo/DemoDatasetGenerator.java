// SPDX-License-Identifier: Apache-2.0
package io.github.enslocal.samples.demo;

import io.github.enslocal.core.assessment.AdequacyPlan;
import io.github.enslocal.core.assessment.MeasureAssessment;
import io.github.enslocal.core.asset.Asset;
import io.github.enslocal.core.asset.AssetType;
import io.github.enslocal.core.convention.Adhesion;
import io.github.enslocal.core.convention.Convention;
import io.github.enslocal.core.convention.ConventionService;
import io.github.enslocal.core.convention.Party;
import io.github.enslocal.core.convention.PartyRole;
import io.github.enslocal.core.dataset.Dataset;
import io.github.enslocal.core.incident.Incident;
import io.github.enslocal.core.incident.Priority;
import io.github.enslocal.core.incident.classification.ImpactLevel;
import io.github.enslocal.core.incident.classification.SecurityClassification;
import io.github.enslocal.core.register.MunicipalityRegister;
import io.github.enslocal.core.register.RegisterEntry;
import io.github.enslocal.core.sla.BusinessCalendar;
import io.github.enslocal.core.sla.SlaPolicy;
import io.github.enslocal.core.system.InformationSystem;
import io.github.enslocal.core.territory.IneCode;
import io.github.enslocal.core.territory.Municipality;
import io.github.enslocal.core.territory.SupportBody;
import io.github.enslocal.core.territory.SupportBodyKind;
import io.github.enslocal.core.time.DateRange;
import io.github.enslocal.core.training.TrainingKind;
import io.github.enslocal.core.training.TrainingSession;
import io.github.enslocal.ens.catalog.MeasureCatalog;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

/**
 * Generates synthetic datasets: the demo of a Consell Comarcal del Bages serving 23 town halls,
 * and datasets of any size for benchmarks.
 *
 * <p><b>The demo</b> ({@link #generate()}) describes the Consell Comarcal del Bages as of
 * {@link #AS_OF}. Only the municipalities' names, INE codes and 2025 populations are real, taken
 * from the bundled INE register; everything else (conventions, adhesions, incidents, assets,
 * systems, assessments, plans, training, people) is synthetic, and the dataset's title and notice
 * say so. The 23 town halls served are chosen by a fixed rule, {@link
 * #bagesMunicipalities(MunicipalityRegister)}: the 23 smallest of the comarca's 30 by 2025
 * population, which leaves out Manresa and the other towns of more than 6,250 inhabitants. The
 * figures such a consell publishes are never typed in; they emerge from the records:
 * <ul>
 *   <li>municipalities served grow from 17 at the start of {@link #BALANCE_PERIOD} to 23 at its
 *       end ({@code Convention.municipalitiesServedOn});
 *   <li>the committed technical dedication rises by about 85 % over the same period
 *       ({@code Convention.committedDedicationOn});
 *   <li>about 110 help-desk incidents a month over {@link #BALANCE_PERIOD}, each opened by a town hall
 *       served on that day: the help desk expects the same number of requests per town hall served
 *       each working day, so the volume follows the municipalities served (about 90 a month in 2021
 *       with 17 or 18 of them, about 125 in 2025 with 22 or 23), and shares each day's volume among
 *       the town halls served in proportion to their computers; about 95 % are resolved within the
 *       SLA;
 *   <li>about 500 PCs (desktops and laptops), exactly 17 servers and about 100 mobiles, spread by
 *       population, with printers, network devices, storage, software and cloud services;
 *   <li>one information system per town hall: BÁSICA, or MEDIA above 5,000 inhabitants.
 * </ul>
 * Two security incidents classified per CCN-STIC 817 stand out: an infected system (danger ALTO)
 * notified to CCN-CERT 95 minutes after it was opened, and a phishing campaign (danger ALTO) never
 * notified, both in 2025 so that an incident report of the last year shows them. The help desk
 * works Monday to Friday 08:00–15:00 in Europe/Madrid without the public holidays of Catalonia
 * from 2021 to 2025 (national and Catalan, from jollyday; no local ones), with the targets of
 * {@link SlaPolicy#example()}.
 *
 * <p><b>Scale datasets</b> ({@link #forMunicipalities(List, ScaleVolumes, long)}) hold, for each
 * municipality given, its assets, its incidents, one information system with an assessment of
 * every measure of the catalog, and an adequacy plan. Each municipality's records are drawn from
 * dice seeded by the seed and its INE code alone, so generation is linear in the number of
 * municipalities and a municipality's records do not change when others are added.
 *
 * <p>Generation is deterministic: the same seed (and volumes) give equal datasets, in the same
 * order. This class is immutable and thread-safe; it has only static methods.
 */
public final class DemoDatasetGenerator {

    /** The seed {@link #generate()} uses. */
    public static final long DEFAULT_SEED = 20_251_231L;
    /** The date the demo describes: its records stop at the end of this day in Europe/Madrid. */
    public static final LocalDate AS_OF = LocalDate.of(2025, 12, 31);
    /**
     * The period of the demo's convention balance and the days on which its incidents are opened:
     * the 2021–2024 support convention and its extension, up to {@link #AS_OF}.
     */
    public static final DateRange BALANCE_PERIOD = DateRange.parse("2021-01-01/2025-12-31");
    /** The id of the demo's supporting body. */
    public static final String BAGES_ID = "cc-bages";
    /** The name of the demo's supporting body. */
    public static final String BAGES_NAME = "Consell Comarcal del Bages";
    /** The number of town halls the demo's consell serves at the end of the balance period. */
    public static final int BAGES_SERVED = 23;
    /** The id of the support convention 2021–2024, extended to 2025. */
    public static final String SUPPORT_CONVENTION_2021 = BagesConventions.SUPPORT_2021;
    /** The id of the support convention 2026–2029. */
    public static final String SUPPORT_CONVENTION_2026 = BagesConventions.SUPPORT_2026;
    /** The id of the funding convention with the Diputació de Barcelona 2022–2025. */
    public static final String FUNDING_CONVENTION = BagesConventions.FUNDING_2022;
    /** The id of the supporting body of scale datasets. */
    public static final String SCALE_BODY_ID = "demo-scale";

    private static final String COMARCA = "Bages";
    private static final String BAGES_TEAM = "Equip TIC del Consell Comarcal del Bages";
    private static final String SCALE_TEAM = "Equip TIC del servei d'assistència (sintètic)";
    private static final double BAGES_INCIDENTS_PER_MONTH = 110;
    private static final int BAGES_SERVERS = 17;
    private static final int TECHNICIANS = 6;
    /** The share of each kind in a scale municipality's assets, in the order of {@link AssetType}. */
    private static final Map<AssetType, Integer> SCALE_MIX = new EnumMap<>(Map.of(
            AssetType.DESKTOP, 35, AssetType.LAPTOP, 15, AssetType.SERVER, 3, AssetType.MOBILE, 15,
            AssetType.NETWORK_DEVICE, 10, AssetType.PRINTER, 10, AssetType.STORAGE, 2, AssetType.SOFTWARE, 5,
            AssetType.CLOUD_SERVICE, 5));

    private DemoDatasetGenerator() {
    }

    /**
     * Generates the demo dataset with {@link #DEFAULT_SEED}.
     *
     * @return the dataset of the Consell Comarcal del Bages as of {@link #AS_OF}
     */
    public static Dataset generate() {
        return generate(DEFAULT_SEED);
    }

    /**
     * Generates the demo dataset with a seed. The structure (town halls, conventions, adhesions,
     * number of servers, the notable security incidents and governance gaps) is the same for
     * every seed; the seed draws the rest (incidents, asset details, maturities, dates).
     *
     * @param seed any number
     * @return the dataset of the Consell Comarcal del Bages as of {@link #AS_OF}
     */
    public static Dataset generate(long seed) {
        return new BagesDemo(seed).dataset();
    }

    /**
     * Returns the town halls the demo's consell serves: the 23 municipalities of the comarca of
     * Bages with the smallest 2025 population, ties broken by INE code.
     *
     * @param register the register to read, not null
     * @return the 23 entries, smallest population first
     * @throws IllegalStateException if the register has fewer than 23 municipalities in Bages
     */
    public static List<RegisterEntry> bagesMunicipalities(MunicipalityRegister register) {
        List<RegisterEntry> bages = register.byComarca(COMARCA).stream()
                .sorted(Comparator.comparingInt(RegisterEntry::population).thenComparing(RegisterEntry::code))
                .toList();
        if (bages.size() < BAGES_SERVED) {
            throw new IllegalStateException("The register lists " + bages.size() + " municipalities in "
                    + COMARCA + ", expected at least " + BAGES_SERVED);
        }
        return bages.subList(0, BAGES_SERVED);
    }

    /**
     * Generates a scale dataset with {@link ScaleVolumes#defaults()}.
     *
     * @param municipalities the municipalities, e.g. a province from the register; not null
     * @param seed any number
     * @return the dataset
     * @throws NullPointerException if {@code municipalities} is or holds null
     * @throws IllegalArgumentException if a municipality is given twice
     */
    public static Dataset forMunicipalities(List<RegisterEntry> municipalities, long seed) {
        return forMunicipalities(municipalities, ScaleVolumes.defaults(), seed);
    }

    /**
     * Generates a scale dataset: for each municipality, {@code assetsPerMunicipality} assets, about
     * {@code incidentsPerYear} incidents a year over the period, one information system with an
     * assessment of each of the catalog's measures, and an adequacy plan; with one supporting
     * body serving them all through one convention, and one awareness session per 25
     * municipalities. Records are listed by municipality in the order given.
     *
     * @param municipalities the municipalities, not null
     * @param volumes the volumes, not null
     * @param seed any number
     * @return the dataset, describing the last day of {@code volumes.period()}
     * @throws NullPointerException if an argument is null or {@code municipalities} holds null
     * @throws IllegalArgumentException if a municipality is given twice
     */
    public static Dataset forMunicipalities(List<RegisterEntry> municipalities, ScaleVolumes volumes, long seed) {
        Objects.requireNonNull(volumes, "volumes");
        List<RegisterEntry> entries = List.copyOf(Objects.requireNonNull(municipalities, "municipalities"));
        if (entries.stream().map(RegisterEntry::code).distinct().count() != entries.size()) {
            throw new IllegalArgumentException("A municipality is given twice among " + entries.size()
                    + " municipalities; expected distinct INE codes, e.g. the register's entries of one province");
        }
        return new ScaleDemo(entries, volumes, seed).dataset();
    }

    /** Returns the last instant of a day in Europe/Madrid. */
    static Instant endOf(LocalDate day) {
        return day.plusDays(1).atStartOfDay(BusinessCalendar.EUROPE_MADRID).toInstant().minusSeconds(1);
    }

    /** Returns the working days of the policy's calendar in a range. */
    static long workingDays(DateRange days, SlaPolicy policy) {
        return days.start().datesUntil(days.end().plusDays(1)).filter(policy.calendar()::isWorkingDay).count();
    }

    static Map<AssetType, List<String>> idsByType(List<Asset> assets) {
        Map<AssetType, List<String>> ids = new EnumMap<>(AssetType.class);
        assets.forEach(asset -> ids.computeIfAbsent(asset.type(), type -> new ArrayList<>()).add(asset.id()));
        return ids;
    }

    /** Builds the Bages demo; one use. */
    private static final class BagesDemo {

        private final long seed;
        private final List<Town> towns;
        private final List<People.Someone> technicians;

        BagesDemo(long seed) {
            this.seed = seed;
            List<RegisterEntry> entries = bagesMunicipalities(MunicipalityRegister.bundled());
            this.towns = IntStream.range(0, entries.size()).mapToObj(i -> new Town(i, entries.get(i))).toList();
            Dice dice = Dice.forPart(seed, "technicians");
            this.technicians = IntStream.range(0, TECHNICIANS).mapToObj(i -> People.someone(dice)).toList();
        }

        Dataset dataset() {
            List<Convention> conventions = BagesConventions.all(towns, AS_OF, Dice.forPart(seed, "conventions"));
            Map<IneCode, List<Asset>> assets = assets();
            List<Incident> incidents = incidents(assets);
            Governance governance = new Governance(MeasureCatalog.bundled(), AS_OF, false, BAGES_TEAM);
            List<InformationSystem> systems = new ArrayList<>();
            List<MeasureAssessment> assessments = new ArrayList<>();
            List<AdequacyPlan> plans = new ArrayList<>();
            for (Town town : byCode()) {
                Dice dice = Dice.forPart(seed, "governance-" + town.code());
                Governance.Staff staff = governance.staff(town, technicians, dice);
                InformationSystem system = governance.system(town, staff,
                        assets.get(town.code()).stream().map(Asset::id).toList(), dice);
                List<MeasureAssessment> declared = governance.assessments(system, town, dice);
                systems.add(system);
                assessments.addAll(declared);
                plans.add(governance.plan(system, town.category(), declared, dice));
            }
            List<TrainingSession> training = TrainingSessions.sessions(towns,
                    (town, day) -> !BagesConventions.adheredOn(town).isAfter(day), 2023, AS_OF, BAGES_TEAM,
                    Dice.forPart(seed, "training"));
            List<IneCode> codes = towns.stream().map(Town::code).sorted().toList();
            SupportBody consell = new SupportBody(BAGES_ID, BAGES_NAME, SupportBodyKind.CONSELL_COMARCAL,
                    Optional.of(COMARCA), Set.of("08"), Set.copyOf(codes));
            return new Dataset(Dataset.CURRENT_FORMAT_VERSION,
                    Optional.of("Dades sintètiques de demostració: " + BAGES_NAME + ", 2021–2025"),
                    Optional.of(notice("the Consell Comarcal del Bages", seed)),
                    List.of(consell), municipalities(towns), conventions, incidents,
                    assets.values().stream().flatMap(List::stream).toList(), systems, assessments,
                    plans, training, Optional.of(DemoCalendar.bagesPolicy()));
        }

        private List<Town> byCode() {
            return towns.stream().sorted(Comparator.comparing(Town::code)).toList();
        }

        /** Spreads about 500 PCs, 17 servers and about 100 mobiles over the towns by population. */
        private Map<IneCode, List<Asset>> assets() {
            Dice dice = Dice.forPart(seed, "inventory");
            double[] population = towns.stream().mapToDouble(Town::population).toArray();
            int[] pcs = Apportionment.split(dice.between(480, 520), population, 3);
            int[] servers = Apportionment.split(BAGES_SERVERS, population, 0);
            int[] mobiles = Apportionment.split(dice.between(95, 110), population, 1);
            Inventory inventory = new Inventory(AS_OF, 0);
            Map<IneCode, List<Asset>> assets = new TreeMap<>();
            for (Town town : towns) {
                int i = town.rank();
                int laptops = Math.max(1, Math.round(pcs[i] * 0.3f));
                Map<AssetType, Integer> counts = new EnumMap<>(AssetType.class);
                counts.put(AssetType.DESKTOP, pcs[i] - laptops);
                counts.put(AssetType.LAPTOP, laptops);
                counts.put(AssetType.SERVER, Math.min(servers[i], 1));
                counts.put(AssetType.VIRTUAL_SERVER, servers[i] - Math.min(servers[i], 1));
                counts.put(AssetType.MOBILE, mobiles[i]);
                counts.put(AssetType.NETWORK_DEVICE, 2 + pcs[i] / 15);
                counts.put(AssetType.PRINTER, Math.max(1, pcs[i] / 5));
                counts.put(AssetType.STORAGE, servers[i] > 0 ? 1 : 0);
                counts.put(AssetType.SOFTWARE, 4);
                counts.put(AssetType.CLOUD_SERVICE, 4);
                assets.put(town.code(), inventory.assets(town, counts, Dice.forPart(seed, "assets-" + town.code())));
            }
            return assets;
        }

        /**
         * Draws the help desk's incidents over {@link #BALANCE_PERIOD}, then adds the two notable
         * security incidents. On each working day the help desk expects the same number of requests
         * per town hall served that day, fixed so that the expected total over the period is 110 a
         * month, and shares that day's expectation among the town halls served in proportion to
         * their PCs. Each town's incidents are drawn from its own dice, span by span in date order.
         */
        private List<Incident> incidents(Map<IneCode, List<Asset>> assets) {
            SlaPolicy policy = DemoCalendar.bagesPolicy();
            Helpdesk helpdesk = new Helpdesk(policy, endOf(AS_OF), technicianNames());
            List<DateRange> spans = servedSpans();
            double townDays = 0;
            for (DateRange span : spans) {
                townDays += servedOn(span.start()).size() * (double) workingDays(span, policy);
            }
            double months = BALANCE_PERIOD.lengthInDays() / (365.25 / 12);
            double perTownPerDay = BAGES_INCIDENTS_PER_MONTH * months / townDays;
            Map<Town, Long> pcs = new LinkedHashMap<>();
            Map<Town, Dice> dice = new LinkedHashMap<>();
            Map<Town, List<Incident>> drawn = new LinkedHashMap<>();
            for (Town town : towns) {
                pcs.put(town, assets.get(town.code()).stream().filter(DemoDatasetGenerator::isPc).count());
                dice.put(town, Dice.forPart(seed, "incidents-" + town.code()));
                drawn.put(town, new ArrayList<>());
            }
            for (DateRange span : spans) {
                List<Town> served = servedOn(span.start());
                double spanPcs = served.stream().mapToLong(pcs::get).sum();
                for (Town town : served) {
                    double perWorkingDay = perTownPerDay * served.size() * pcs.get(town) / spanPcs;
                    List<Incident> own = drawn.get(town);
                    own.addAll(helpdesk.incidents(town, span, perWorkingDay, idsByType(assets.get(town.code())),
                            own.size() + 1, dice.get(town)));
                }
            }
            List<Incident> incidents = new ArrayList<>();
            drawn.values().forEach(incidents::addAll);
            incidents.addAll(notableSecurityIncidents(helpdesk));
            incidents.sort(Comparator.comparing(Incident::openedAt).thenComparing(Incident::id));
            return incidents;
        }

        /** Returns the towns served on a day of the balance period, in population order. */
        private List<Town> servedOn(LocalDate day) {
            return towns.stream().filter(town -> !BagesConventions.adheredOn(town).isAfter(day)).toList();
        }

        /** Splits {@link #BALANCE_PERIOD} into spans during which the same towns are served. */
        private List<DateRange> servedSpans() {
            List<LocalDate> starts = towns.stream().map(BagesConventions::adheredOn)
                    .filter(BALANCE_PERIOD::contains).collect(Collectors.toCollection(TreeSet::new))
                    .stream().toList();
            List<DateRange> spans = new ArrayList<>();
            for (int i = 0; i < starts.size(); i++) {
                LocalDate end = i + 1 < starts.size() ? starts.get(i + 1).minusDays(1) : BALANCE_PERIOD.end();
                spans.add(DateRange.of(starts.get(i), end));
            }
            return spans;
        }

        /** An infected PC notified to CCN-CERT in time, and a phishing campaign never notified. */
        private List<Incident> notableSecurityIncidents(Helpdesk helpdesk) {
            Dice dice = Dice.forPart(seed, "security");
            Town navas = towns.get(BAGES_SERVED - 1);
            Town cardona = towns.get(BAGES_SERVED - 4);
            Instant infected = LocalDateTime.of(2025, 3, 12, 9, 40).atZone(BusinessCalendar.EUROPE_MADRID).toInstant();
            Instant phishing = LocalDateTime.of(2025, 6, 17, 11, 5).atZone(BusinessCalendar.EUROPE_MADRID).toInstant();
            return List.of(
                    helpdesk.security("INC-" + navas.code() + "-S0001", navas, infected, Priority.CRITICAL,
                            "L'antivirus detecta programari maliciós actiu en un equip de secretaria",
                            SecurityClassification.of("SISTEMA_INFECTADO", ImpactLevel.MEDIO)
                                    .withCcnCertNotification(infected.plus(Duration.ofMinutes(95)),
                                            "DEMO-LUCIA-2025-0312"),
                            List.of(Inventory.assetId(navas, AssetType.DESKTOP, 1)), dice),
                    helpdesk.security("INC-" + cardona.code() + "-S0001", cardona, phishing, Priority.HIGH,
                            "Campanya de pesca electrònica: credencials introduïdes en una web falsa",
                            SecurityClassification.of("PHISHING", ImpactLevel.BAJO),
                            List.of(Inventory.assetId(cardona, AssetType.CLOUD_SERVICE, 1)), dice));
        }

        private List<String> technicianNames() {
            return technicians.stream().map(People.Someone::name).toList();
        }
    }

    /** Builds a scale dataset; one use. */
    private static final class ScaleDemo {

        private final List<Town> towns;
        private final ScaleVolumes volumes;
        private final long seed;
        private final LocalDate asOf;

        ScaleDemo(List<RegisterEntry> entries, ScaleVolumes volumes, long seed) {
            this.towns = entries.stream().map(Town::ranked).toList();
            this.volumes = volumes;
            this.seed = seed;
            this.asOf = volumes.period().end();
        }

        Dataset dataset() {
            Dice staffDice = Dice.forPart(seed, "technicians");
            List<People.Someone> technicians = IntStream.range(0, TECHNICIANS)
                    .mapToObj(i -> People.someone(staffDice)).toList();
            SlaPolicy policy = SlaPolicy.example();
            Helpdesk helpdesk = new Helpdesk(policy, endOf(asOf),
                    technicians.stream().map(People.Someone::name).toList());
            DateRange period = volumes.period();
            long workingDays = workingDays(period, policy);
            double perDay = workingDays == 0 ? 0
                    : volumes.incidentsPerYear() * (period.lengthInDays() / 365.25) / workingDays;
            int[] mix = Apportionment.split(volumes.assetsPerMunicipality(),
                    SCALE_MIX.values().stream().mapToDouble(Integer::doubleValue).toArray(), 0);
            Map<AssetType, Integer> counts = new EnumMap<>(AssetType.class);
            List<AssetType> kinds = List.copyOf(SCALE_MIX.keySet());
            IntStream.range(0, kinds.size()).forEach(k -> counts.put(kinds.get(k), mix[k]));

            Governance governance = new Governance(MeasureCatalog.bundled(), asOf, true, SCALE_TEAM);
            List<Asset> assets = new ArrayList<>();
            List<Incident> incidents = new ArrayList<>();
            List<InformationSystem> systems = new ArrayList<>();
            List<MeasureAssessment> assessments = new ArrayList<>();
            List<AdequacyPlan> plans = new ArrayList<>();
            List<Adhesion> adhesions = new ArrayList<>();
            for (Town town : towns) {
                Dice dice = Dice.forPart(seed, town.code().toString());
                List<Asset> own = new Inventory(asOf, town.rank()).assets(town, counts, dice);
                assets.addAll(own);
                incidents.addAll(helpdesk.incidents(town, period, perDay, idsByType(own), 1, dice));
                InformationSystem system = governance.system(town, governance.staff(town, technicians, dice),
                        own.stream().map(Asset::id).toList(), dice);
                List<MeasureAssessment> declared = governance.assessments(system, town, dice);
                systems.add(system);
                assessments.addAll(declared);
                plans.add(governance.plan(system, town.category(), declared, dice));
                adhesions.add(new Adhesion(town.code(), period.start(), Optional.empty(),
                        Set.of(ConventionService.INCIDENT_DESK, ConventionService.EQUIPMENT_MANAGEMENT,
                                ConventionService.ENS_ADEQUACY),
                        BigDecimal.valueOf(60 + town.population() / 100).setScale(2)));
            }
            Convention convention = new Convention("conv-scale", "Conveni d'assistència municipal (sintètic)",
                    "Assistència TIC i adequació a l'ENS dels municipis adherits. Dades sintètiques per a proves de càrrega.",
                    SCALE_BODY_ID, List.of(new Party("Servei d'assistència municipal (sintètic)", PartyRole.SUPPORT_BODY)),
                    Optional.of(period.start().minusDays(30)),
                    DateRange.of(period.start(), period.start().plusYears(4).minusDays(1)), List.of(),
                    Set.of(ConventionService.INCIDENT_DESK, ConventionService.EQUIPMENT_MANAGEMENT,
                            ConventionService.ENS_ADEQUACY),
                    Optional.empty(), Set.of(), List.of(), adhesions);
            Set<IneCode> codes = towns.stream().map(Town::code).collect(Collectors.toCollection(TreeSet::new));
            SupportBody body = new SupportBody(SCALE_BODY_ID, "Servei d'assistència municipal (sintètic)",
                    SupportBodyKind.DIPUTACIO, Optional.empty(),
                    codes.stream().map(IneCode::provinceCode).collect(Collectors.toCollection(TreeSet::new)), codes);
            return new Dataset(Dataset.CURRENT_FORMAT_VERSION,
                    Optional.of("Dades sintètiques per a proves de càrrega: " + towns.size() + " municipis"),
                    Optional.of(notice("a synthetic supporting body for load tests", seed)),
                    List.of(body), municipalities(towns), List.of(convention), incidents, assets, systems,
                    assessments, plans, scaleTraining(), Optional.of(policy));
        }

        private List<TrainingSession> scaleTraining() {
            List<TrainingSession> sessions = new ArrayList<>();
            LocalDate day = volumes.period().start().plusDays(volumes.period().lengthInDays() / 2);
            for (int first = 0; first < towns.size(); first += 25) {
                Set<IneCode> group = towns.subList(first, Math.min(first + 25, towns.size())).stream()
                        .map(Town::code).collect(Collectors.toCollection(TreeSet::new));
                sessions.add(new TrainingSession("form-scale-" + (first / 25 + 1), day,
                        "Sessió de conscienciació en ciberseguretat", TrainingKind.AWARENESS,
                        group, 2 * group.size(), new BigDecimal("1.50"), Optional.of(SCALE_TEAM)));
            }
            return sessions;
        }
    }

    private static boolean isPc(Asset asset) {
        return asset.type() == AssetType.DESKTOP || asset.type() == AssetType.LAPTOP;
    }

    private static List<Municipality> municipalities(List<Town> towns) {
        return towns.stream().map(town -> town.entry().toMunicipality())
                .sorted(Comparator.comparing(Municipality::code)).toList();
    }

    private static String notice(String body, long seed) {
        return "Synthetic demonstration data generated by ENS Local (DemoDatasetGenerator, seed " + seed + ") for "
                + body + ". Only the municipalities' names, INE codes and 2025 populations are real (INE register);"
                + " conventions, adhesions, amounts, incidents, assets, information systems, assessments, plans,"
                + " training sessions and every person named are fictitious. Dades sintètiques de demostració:"
                + " només els noms, els codis INE i les poblacions de 2025 dels municipis són reals.";
    }
}
