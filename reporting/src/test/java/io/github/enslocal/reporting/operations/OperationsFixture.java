// SPDX-License-Identifier: Apache-2.0
package io.github.enslocal.reporting.operations;

import io.github.enslocal.core.asset.Asset;
import io.github.enslocal.core.asset.AssetType;
import io.github.enslocal.core.asset.Fact;
import io.github.enslocal.core.asset.Management;
import io.github.enslocal.core.asset.SecurityFacts;
import io.github.enslocal.core.convention.Adhesion;
import io.github.enslocal.core.convention.Convention;
import io.github.enslocal.core.convention.ConventionService;
import io.github.enslocal.core.convention.Expense;
import io.github.enslocal.core.convention.ExpenseType;
import io.github.enslocal.core.convention.Party;
import io.github.enslocal.core.convention.PartyRole;
import io.github.enslocal.core.dataset.Dataset;
import io.github.enslocal.core.incident.Incident;
import io.github.enslocal.core.incident.IncidentCategory;
import io.github.enslocal.core.incident.IncidentChannel;
import io.github.enslocal.core.incident.IncidentStatus;
import io.github.enslocal.core.incident.Priority;
import io.github.enslocal.core.incident.classification.ImpactLevel;
import io.github.enslocal.core.incident.classification.NotificationPolicy;
import io.github.enslocal.core.incident.classification.SecurityClassification;
import io.github.enslocal.core.money.Money;
import io.github.enslocal.core.sla.SlaPolicy;
import io.github.enslocal.core.territory.IneCode;
import io.github.enslocal.core.territory.Municipality;
import io.github.enslocal.core.territory.MunicipalityKind;
import io.github.enslocal.core.territory.SupportBody;
import io.github.enslocal.core.territory.SupportBodyKind;
import io.github.enslocal.core.time.DateRange;
import io.github.enslocal.reporting.sample.SampleFixtures;
import java.math.BigDecimal;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * The fixed dataset of the operations reports: the Consell Comarcal del Bages, five municipalities
 * (Manresa, Navarcles and Sant Fruitós de Bages adhered to its ICT convention from the start or
 * during 2024, Artés from January 2025, Santpedor never), one convention with a €120,000 maximum,
 * 51 incidents opened in the 14 months from January 2024 to February 2025 (five of them security
 * incidents, two from Santpedor), two outside that period, and 30 assets.
 *
 * <p>Key facts the model tests check by hand:
 * <ul>
 *   <li>served on 2024-01-01: Manresa (300 h), Navarcles (120 h); on 2025-02-28 also Sant Fruitós
 *       (150 h, from 2024-09-01) and Artés (80 h, from 2025-01-15): 2 → 4 municipalities,
 *       420 → 650 h a year; 2024 reads 570 h, 2025 reads 650 h, growth 14.0 %;</li>
 *   <li>eligible expenses in the period: personnel 30,000 + 30,000, contracted services 25,000 +
 *       40,000 of which 30,000 fit under the maximum, training 5,000; travel 800 is not an eligible
 *       type; so 120,000 counted, 10,000 over the maximum, nothing remaining;</li>
 *   <li>security incidents: a network scan (BAJO, not due), a phishing notified after 2 h (in
 *       time), an infected system notified after 30 h (late), a credential attack of impact ALTO
 *       never notified (late) and a DDoS opened on the period's last day (pending); with an allowed
 *       delay of 24 h: 4 due, 2 done, 2 late, 1 pending;</li>
 *   <li>two incidents from Santpedor, which the convention does not serve.</li>
 * </ul>
 */
public final class OperationsFixture {

    /** Manresa. */
    public static final IneCode MANRESA = IneCode.parse("08113");
    /** Navarcles. */
    public static final IneCode NAVARCLES = IneCode.parse("08140");
    /** Sant Fruitós de Bages. */
    public static final IneCode SANT_FRUITOS = IneCode.parse("08213");
    /** Artés. */
    public static final IneCode ARTES = IneCode.parse("08010");
    /** Santpedor, not adhered to the convention. */
    public static final IneCode SANTPEDOR = IneCode.parse("08192");
    /** The convention's id. */
    public static final String CONVENTION_ID = "conv-bages-tic-2024";
    /** The support body's id. */
    public static final String SUPPORT_BODY_ID = "cc-bages";
    /** The 14 months reported on. */
    public static final DateRange PERIOD = DateRange.parse("2024-01-01/2025-02-28");
    /** The allowed CCN-CERT notification delay the tests choose. */
    public static final NotificationPolicy NOTIFICATION_POLICY = NotificationPolicy.withAllowedDelay(Duration.ofHours(24));
    /** The inventory date. */
    public static final LocalDate AS_OF = PERIOD.end();

    private static final ZoneId MADRID = ZoneId.of("Europe/Madrid");
    private static final List<IncidentCategory> CATEGORIES = List.of(IncidentCategory.HARDWARE,
            IncidentCategory.SOFTWARE, IncidentCategory.EMAIL, IncidentCategory.ACCOUNTS_AND_ACCESS,
            IncidentCategory.PRINTING, IncidentCategory.EXPEDIENT_MANAGER, IncidentCategory.NETWORK);
    private static final List<Priority> PRIORITIES = List.of(Priority.MEDIUM, Priority.LOW, Priority.HIGH,
            Priority.MEDIUM, Priority.CRITICAL);

    private OperationsFixture() {
    }

    /**
     * Returns the dataset with ordinary texts.
     *
     * @return the dataset
     */
    public static Dataset dataset() {
        return build(new Texts("Manresa", "Consell Comarcal del Bages",
                "Conveni de suport TIC Consell Comarcal del Bages 2024–2027", "Suplantació de la seu electrònica",
                "PT-MAN-01", "Ajuntament, Alcaldia", "Alcalde"));
    }

    /**
     * Returns the dataset whose free texts are hostile: a municipality and support body name, the
     * convention title, a security incident's summary, and an unencrypted laptop's name, location and
     * responsible person.
     *
     * @return the dataset
     */
    public static Dataset hostileDataset() {
        return build(new Texts("Manresa " + SampleFixtures.IMG_ONERROR, SampleFixtures.DOM_MARKER_SCRIPT,
                SampleFixtures.SCRIPT + " " + SampleFixtures.DOM_MARKER_IMG, SampleFixtures.HYPERLINK,
                SampleFixtures.IMG_ONERROR, SampleFixtures.HYPERLINK, SampleFixtures.SCRIPT));
    }

    /** The free texts of the dataset, swapped for hostile ones in the injection tests. */
    private record Texts(String manresa, String supportBody, String conventionTitle, String phishingSummary,
            String laptopName, String laptopLocation, String laptopResponsible) {
    }

    private static Dataset build(Texts texts) {
        List<Municipality> municipalities = List.of(
                municipality(ARTES, "Artés", 6225),
                municipality(MANRESA, texts.manresa(), 79_953),
                municipality(NAVARCLES, "Navarcles", 6276),
                municipality(SANTPEDOR, "Santpedor", 7744),
                municipality(SANT_FRUITOS, "Sant Fruitós de Bages", 9333));
        SupportBody body = new SupportBody(SUPPORT_BODY_ID, texts.supportBody(), SupportBodyKind.CONSELL_COMARCAL,
                Optional.of("Bages"), Set.of("08"), Set.of(ARTES, MANRESA, NAVARCLES, SANTPEDOR, SANT_FRUITOS));
        return new Dataset(Dataset.CURRENT_FORMAT_VERSION, Optional.of("Bages 2024–2025"), Optional.of("Synthetic"),
                List.of(body), municipalities, List.of(convention(texts)), incidents(texts), assets(texts),
                List.of(), List.of(), List.of(), List.of(), Optional.of(SlaPolicy.example()));
    }

    private static Municipality municipality(IneCode code, String name, int population) {
        return new Municipality(code, name, "Barcelona", Optional.of("Bages"), population, 2025,
                MunicipalityKind.MUNICIPALITY, Optional.empty());
    }

    private static Convention convention(Texts texts) {
        Set<ConventionService> services = EnumSet.of(ConventionService.INCIDENT_DESK,
                ConventionService.EQUIPMENT_MANAGEMENT, ConventionService.CYBERSECURITY);
        return new Convention(CONVENTION_ID, texts.conventionTitle(),
                "Suport TIC i ciberseguretat als ajuntaments adherits", SUPPORT_BODY_ID,
                List.of(new Party(texts.supportBody(), PartyRole.SUPPORT_BODY),
                        new Party("Diputació de Barcelona", PartyRole.FUNDER)),
                Optional.of(LocalDate.of(2023, 12, 15)), DateRange.parse("2024-01-01/2027-12-31"), List.of(), services,
                Optional.of(Money.of(120_000)),
                EnumSet.of(ExpenseType.PERSONNEL_ASSIGNED, ExpenseType.CONTRACTED_SERVICES, ExpenseType.TRAINING),
                List.of(
                        expense("E-01", "2024-03-31", ExpenseType.PERSONNEL_ASSIGNED, 30_000),
                        expense("E-02", "2024-06-30", ExpenseType.CONTRACTED_SERVICES, 25_000),
                        expense("E-03", "2024-10-15", ExpenseType.TRAINING, 5_000),
                        expense("E-04", "2024-11-20", ExpenseType.TRAVEL, 800),
                        expense("E-05", "2025-01-31", ExpenseType.PERSONNEL_ASSIGNED, 30_000),
                        expense("E-06", "2025-02-20", ExpenseType.CONTRACTED_SERVICES, 40_000)),
                List.of(
                        adhesion(MANRESA, "2024-01-01", 300),
                        adhesion(NAVARCLES, "2024-01-01", 120),
                        adhesion(SANT_FRUITOS, "2024-09-01", 150),
                        adhesion(ARTES, "2025-01-15", 80)));
    }

    private static Expense expense(String id, String date, ExpenseType type, long euros) {
        return new Expense(id, LocalDate.parse(date), type, Money.of(euros), "Justificació " + id);
    }

    private static Adhesion adhesion(IneCode municipality, String from, long hours) {
        return new Adhesion(municipality, LocalDate.parse(from), Optional.empty(),
                Set.of(ConventionService.INCIDENT_DESK, ConventionService.EQUIPMENT_MANAGEMENT), BigDecimal.valueOf(hours));
    }

    /**
     * Returns the municipalities the convention serves on a date, in INE code order: the rule the
     * generated incidents follow to pick their municipality.
     */
    private static List<IneCode> servedOn(LocalDate date) {
        List<IneCode> served = new ArrayList<>();
        if (!date.isBefore(LocalDate.of(2025, 1, 15))) {
            served.add(ARTES);
        }
        served.add(MANRESA);
        served.add(NAVARCLES);
        if (!date.isBefore(LocalDate.of(2024, 9, 1))) {
            served.add(SANT_FRUITOS);
        }
        return served;
    }

    private static List<Incident> incidents(Texts texts) {
        List<Incident> incidents = new ArrayList<>();
        for (int i = 0; i < 43; i++) {
            LocalDate month = PERIOD.start().plusMonths(i % 14);
            LocalDate day = month.plusDays(2 + 7L * (i / 14)).with(TemporalAdjusters.nextOrSame(DayOfWeek.MONDAY));
            Instant opened = at(day, 9 + i % 3, 0);
            List<IneCode> served = servedOn(day);
            Incident incident = Incident.open(String.format("INC-%03d", i + 1), served.get(i % served.size()),
                    opened, IncidentChannel.values()[i % 4], CATEGORIES.get(i % CATEGORIES.size()),
                    PRIORITIES.get(i % PRIORITIES.size()), "Incidència " + (i + 1))
                    .withEffortMinutes(30 + (i % 5) * 15L);
            incidents.add(lifecycle(incident, opened, i));
        }
        incidents.add(Incident.open("INC-SP-1", SANTPEDOR, at(LocalDate.of(2024, 5, 6), 10, 0), IncidentChannel.PHONE,
                IncidentCategory.HARDWARE, Priority.LOW, "Impressora de l'oficina").withEffortMinutes(45));
        incidents.add(resolved(Incident.open("INC-SP-2", SANTPEDOR, at(LocalDate.of(2024, 11, 4), 10, 0),
                IncidentChannel.EMAIL, IncidentCategory.EMAIL, Priority.MEDIUM, "Bústia plena"), 3));
        incidents.add(Incident.open("INC-OLD", MANRESA, at(LocalDate.of(2023, 12, 20), 9, 0), IncidentChannel.PHONE,
                IncidentCategory.HARDWARE, Priority.LOW, "Abans del període"));
        incidents.add(Incident.open("INC-NEXT", MANRESA, at(LocalDate.of(2025, 3, 3), 9, 0), IncidentChannel.PHONE,
                IncidentCategory.HARDWARE, Priority.LOW, "Després del període"));
        incidents.add(Incident.open("INC-LATE-NIGHT", NAVARCLES,
                        LocalDateTime.of(2025, 2, 28, 23, 30).atZone(MADRID).toInstant(), IncidentChannel.MONITORING_ALERT,
                        IncidentCategory.NETWORK, Priority.LOW, "Obert el darrer dia a les 23:30")
                .withEffortMinutes(0));
        incidents.add(security("SEC-1", MANRESA, at(LocalDate.of(2024, 2, 12), 10, 0), "Escaneig de ports",
                SecurityClassification.of("ESCANEO_REDES", ImpactLevel.BAJO), Priority.LOW));
        incidents.add(security("SEC-2", NAVARCLES, at(LocalDate.of(2024, 4, 8), 9, 0), texts.phishingSummary(),
                SecurityClassification.of("PHISHING", ImpactLevel.BAJO).withCcnCertNotification(
                        at(LocalDate.of(2024, 4, 8), 11, 0), "LUCIA-2024-0101"), Priority.HIGH));
        incidents.add(security("SEC-3", MANRESA, at(LocalDate.of(2024, 10, 7), 9, 0), "Equip infectat a Intervenció",
                SecurityClassification.of("SISTEMA_INFECTADO", ImpactLevel.MEDIO).withCcnCertNotification(
                        at(LocalDate.of(2024, 10, 8), 15, 0), "LUCIA-2024-0377"), Priority.CRITICAL));
        incidents.add(security("SEC-4", SANT_FRUITOS, at(LocalDate.of(2024, 12, 2), 9, 0),
                "Intents d'accés amb credencials robades",
                SecurityClassification.of("INTENTO_ACCESO_VULNERACION_CREDENCIALES", ImpactLevel.ALTO), Priority.HIGH));
        incidents.add(security("SEC-5", ARTES, at(LocalDate.of(2025, 2, 28), 10, 0), "Denegació de servei a la seu",
                SecurityClassification.of("DDOS", ImpactLevel.MEDIO), Priority.CRITICAL));
        return incidents;
    }

    private static Incident security(String id, IneCode municipality, Instant opened, String summary,
            SecurityClassification classification, Priority priority) {
        return resolved(Incident.open(id, municipality, opened, IncidentChannel.MONITORING_ALERT,
                IncidentCategory.SECURITY, priority, summary), 2).withSecurity(classification).withEffortMinutes(120);
    }

    /** Resolves an incident a number of hours after it was opened, answering after 15 minutes. */
    private static Incident resolved(Incident incident, long hours) {
        Instant opened = incident.openedAt();
        return incident.moveTo(IncidentStatus.ASSIGNED, opened.plus(Duration.ofMinutes(15)))
                .moveTo(IncidentStatus.IN_PROGRESS, opened.plus(Duration.ofMinutes(20)))
                .moveTo(IncidentStatus.RESOLVED, opened.plus(Duration.ofHours(hours)));
    }

    /**
     * Gives generated incident i a lifecycle: every 11th (i = 5, 16, 27, 38) cancelled after
     * assignment, the last two left in progress, the others resolved after 2 to 31 hours and
     * closed a day later.
     */
    private static Incident lifecycle(Incident incident, Instant opened, int i) {
        Incident assigned = incident.moveTo(IncidentStatus.ASSIGNED, opened.plus(Duration.ofMinutes(20 + (i % 4) * 25L)));
        if (i % 11 == 5) {
            return assigned.moveTo(IncidentStatus.CANCELLED, opened.plus(Duration.ofHours(3)));
        }
        Incident working = assigned.moveTo(IncidentStatus.IN_PROGRESS, opened.plus(Duration.ofMinutes(100)));
        if (i >= 41) {
            return working;
        }
        Instant resolvedAt = opened.plus(Duration.ofHours(2 + (i * 7L) % 30));
        return working.moveTo(IncidentStatus.RESOLVED, resolvedAt)
                .moveTo(IncidentStatus.CLOSED, resolvedAt.plus(Duration.ofDays(1)));
    }

    private static Instant at(LocalDate day, int hour, int minute) {
        return day.atTime(hour, minute).atZone(MADRID).toInstant();
    }

    private static List<Asset> assets(Texts texts) {
        List<Asset> assets = new ArrayList<>();
        assets.add(asset("A-01", MANRESA, AssetType.DESKTOP, "PC-MAN-01", "Ajuntament, planta 1", "Cap de Secretaria",
                Management.SUPPORT_BODY, "2021-03-01", "2025-10-14", Fact.YES));
        assets.add(asset("A-02", MANRESA, AssetType.DESKTOP, "PC-MAN-02", "Ajuntament, planta 1", "Cap de Secretaria",
                Management.SUPPORT_BODY, "2021-03-01", "2025-10-14", Fact.YES));
        assets.add(asset("A-03", MANRESA, AssetType.LAPTOP, texts.laptopName(), texts.laptopLocation(),
                texts.laptopResponsible(), Management.SUPPORT_BODY, "2022-05-10", "2027-05-10", Fact.NO));
        assets.add(asset("A-04", MANRESA, AssetType.LAPTOP, "PT-MAN-02", null, "Tècnic d'informàtica",
                Management.SUPPORT_BODY, "2023-02-01", "2028-02-01", Fact.YES));
        assets.add(asset("A-05", MANRESA, AssetType.SERVER, "SRV-MAN-01", "CPD Manresa", "Cap TIC",
                Management.SUPPORT_BODY, "2018-06-01", "2024-06-30", Fact.UNKNOWN));
        assets.add(asset("A-06", MANRESA, AssetType.VIRTUAL_SERVER, "VM-MAN-GEX", "CPD Manresa", "Cap TIC",
                Management.SUPPORT_BODY, "2022-01-10", null, Fact.UNKNOWN));
        assets.add(asset("A-07", MANRESA, AssetType.NETWORK_DEVICE, "FW-MAN-01", "CPD Manresa", "Cap TIC",
                Management.THIRD_PARTY, "2020-09-01", "2024-09-01", Fact.UNKNOWN));
        assets.add(asset("A-08", MANRESA, AssetType.PRINTER, "IMP-MAN-01", "Ajuntament, planta 0", null,
                Management.MUNICIPALITY, "2019-04-01", null, Fact.UNKNOWN));
        assets.add(asset("A-09", MANRESA, AssetType.MOBILE, "MOB-MAN-01", null, "Alcalde",
                Management.SUPPORT_BODY, "2023-09-15", "2027-09-15", Fact.YES));
        assets.add(asset("A-10", MANRESA, AssetType.CLOUD_SERVICE, "Correu M365", null, "Cap TIC",
                Management.THIRD_PARTY, "2022-01-01", null, Fact.UNKNOWN));
        assets.add(asset("A-11", NAVARCLES, AssetType.DESKTOP, "PC-NAV-01", "Ajuntament", "Secretària",
                Management.SUPPORT_BODY, "2019-02-01", "2025-01-31", Fact.NO));
        assets.add(asset("A-12", NAVARCLES, AssetType.DESKTOP, "PC-NAV-02", "Ajuntament", "Administratiu",
                Management.SUPPORT_BODY, "2022-02-01", "2025-10-14", Fact.YES));
        assets.add(asset("A-13", NAVARCLES, AssetType.LAPTOP, "PT-NAV-01", "Ajuntament", null,
                Management.SUPPORT_BODY, "2021-11-01", "2026-11-01", Fact.NO));
        assets.add(asset("A-14", NAVARCLES, AssetType.TABLET, "TAB-NAV-01", null, null,
                Management.MUNICIPALITY, "2023-04-01", null, Fact.NO));
        assets.add(asset("A-15", NAVARCLES, AssetType.NETWORK_DEVICE, "RT-NAV-01", "Ajuntament", "Secretària",
                Management.SUPPORT_BODY, "2020-01-15", "2023-12-31", Fact.UNKNOWN));
        assets.add(asset("A-16", NAVARCLES, AssetType.PRINTER, "IMP-NAV-01", "Ajuntament", "Secretària",
                Management.SUPPORT_BODY, "2020-01-15", null, Fact.UNKNOWN));
        assets.add(asset("A-17", NAVARCLES, AssetType.STORAGE, "NAS-NAV-01", "Ajuntament", "Secretària",
                Management.SUPPORT_BODY, "2021-06-01", "2026-06-01", Fact.YES));
        assets.add(asset("A-18", SANT_FRUITOS, AssetType.DESKTOP, "PC-SFB-01", "Ajuntament", "Secretari",
                Management.SUPPORT_BODY, "2024-09-15", "2029-09-15", Fact.YES));
        assets.add(asset("A-19", SANT_FRUITOS, AssetType.DESKTOP, "PC-SFB-02", "Ajuntament", "Tresorera",
                Management.SUPPORT_BODY, "2024-09-15", "2029-09-15", Fact.YES));
        assets.add(asset("A-20", SANT_FRUITOS, AssetType.LAPTOP, "PT-SFB-01", "Ajuntament", "Alcaldessa",
                Management.SUPPORT_BODY, "2024-10-01", "2029-10-01", Fact.YES));
        assets.add(asset("A-21", SANT_FRUITOS, AssetType.MOBILE, "MOB-SFB-01", null, "Alcaldessa",
                Management.MUNICIPALITY, "2022-03-01", "2025-02-01", Fact.NO));
        assets.add(asset("A-22", SANT_FRUITOS, AssetType.SERVER, "SRV-SFB-01", "Ajuntament, sala tècnica", "Secretari",
                Management.SUPPORT_BODY, "2019-05-01", "2024-05-01", Fact.UNKNOWN));
        assets.add(asset("A-23", SANT_FRUITOS, AssetType.SOFTWARE, "Gestor d'expedients", null, "Secretari",
                Management.THIRD_PARTY, "2020-01-01", null, Fact.UNKNOWN));
        assets.add(asset("A-24", SANT_FRUITOS, AssetType.PRINTER, "IMP-SFB-01", "Ajuntament", null,
                Management.SUPPORT_BODY, "2024-10-01", null, Fact.UNKNOWN));
        assets.add(asset("A-25", ARTES, AssetType.DESKTOP, "PC-ART-01", "Ajuntament", "Secretària",
                Management.SUPPORT_BODY, "2025-01-20", "2030-01-20", Fact.YES));
        assets.add(asset("A-26", ARTES, AssetType.LAPTOP, "PT-ART-01", "Ajuntament", "Alcalde",
                Management.SUPPORT_BODY, "2025-01-20", "2030-01-20", Fact.UNKNOWN));
        assets.add(asset("A-27", ARTES, AssetType.NETWORK_DEVICE, "RT-ART-01", "Ajuntament", "Secretària",
                Management.SUPPORT_BODY, "2025-01-20", "2030-01-20", Fact.UNKNOWN));
        assets.add(asset("A-28", ARTES, AssetType.DESKTOP, "PC-ART-02", "Ajuntament", "Administrativa",
                Management.SUPPORT_BODY, "2025-06-01", "2030-06-01", Fact.YES));
        assets.add(asset("A-29", SANTPEDOR, AssetType.DESKTOP, "PC-SPD-01", "Ajuntament", "Secretari",
                Management.MUNICIPALITY, "2020-01-01", "2025-10-14", Fact.YES));
        assets.add(asset("A-30", SANTPEDOR, AssetType.LAPTOP, "PT-SPD-01", null, null,
                Management.SUPPORT_BODY, "2021-01-01", "2024-12-31", Fact.NO));
        return assets;
    }

    private static Asset asset(String id, IneCode owner, AssetType type, String name, String location,
            String responsible, Management managedBy, String acquired, String endOfSupport, Fact encryption) {
        return new Asset(id, owner, type, name, Optional.empty(), Optional.ofNullable(location),
                Optional.ofNullable(responsible), managedBy, Optional.of(LocalDate.parse(acquired)), Optional.empty(),
                Optional.empty(), Optional.ofNullable(endOfSupport).map(LocalDate::parse),
                new SecurityFacts(encryption, null, null, null, null, null, null, null));
    }
}
