// SPDX-License-Identifier: Apache-2.0
package io.github.enslocal.samples.demo;

import io.github.enslocal.core.asset.AssetType;
import io.github.enslocal.core.incident.Incident;
import io.github.enslocal.core.incident.IncidentCategory;
import io.github.enslocal.core.incident.IncidentChannel;
import io.github.enslocal.core.incident.IncidentStatus;
import io.github.enslocal.core.incident.Priority;
import io.github.enslocal.core.incident.StatusChange;
import io.github.enslocal.core.incident.classification.ImpactLevel;
import io.github.enslocal.core.incident.classification.SecurityClassification;
import io.github.enslocal.core.sla.BusinessCalendar;
import io.github.enslocal.core.sla.SlaPolicy;
import io.github.enslocal.core.sla.SlaTargets;
import io.github.enslocal.core.time.DateRange;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * Generates a help desk's incidents: opened mostly in business hours, with realistic categories,
 * priorities and channels, and status histories whose durations are drawn as fractions of the SLA
 * targets, so that attainment is high but not perfect (about 5% of resolutions late).
 *
 * <p>Each town hall's incidents are drawn independently, working day by working day, so a town's
 * incidents depend only on its own dice. Histories are cut at the generation's cut-off instant:
 * an incident opened shortly before it may still be open.
 */
final class Helpdesk {

    private static final Map<IncidentCategory, List<String>> SUMMARIES = new EnumMap<>(Map.ofEntries(
            Map.entry(IncidentCategory.HARDWARE, List.of("L'ordinador de secretaria no arrenca",
                    "La pantalla d'atenció ciutadana no té senyal", "El portàtil de l'alcaldia fa soroll i s'apaga",
                    "Cal substituir el teclat i el ratolí de recepció")),
            Map.entry(IncidentCategory.SOFTWARE, List.of("Error en obrir el programa de comptabilitat",
                    "Cal instal·lar el lector de DNI electrònic", "L'ofimàtica demana activar la llicència",
                    "Actualització pendent que bloqueja l'equip")),
            Map.entry(IncidentCategory.NETWORK, List.of("Sense connexió a Internet a l'ajuntament",
                    "La wifi de la biblioteca no funciona", "Talls intermitents de la VPN amb el Consell")),
            Map.entry(IncidentCategory.EMAIL, List.of("No arriben correus externs a la bústia general",
                    "Bústia plena: no es poden enviar correus", "Configurar el correu al mòbil nou")),
            Map.entry(IncidentCategory.ACCOUNTS_AND_ACCESS, List.of("Contrasenya caducada i compte bloquejat",
                    "Alta d'usuari per a personal nou", "Baixa d'accessos d'una persona que ha plegat",
                    "Problema amb el segon factor d'autenticació")),
            Map.entry(IncidentCategory.PRINTING, List.of("La impressora multifunció no escaneja a correu",
                    "Embús de paper recurrent a la impressora", "Cal afegir la impressora a un equip nou")),
            Map.entry(IncidentCategory.EXPEDIENT_MANAGER, List.of("Error en signar un decret al gestor d'expedients",
                    "No es pot incorporar un document a l'expedient", "Permisos d'accés a una sèrie documental")),
            Map.entry(IncidentCategory.WEBSITE, List.of("Publicar un edicte al web municipal",
                    "El portal de transparència mostra dades antigues")),
            Map.entry(IncidentCategory.TELEPHONY, List.of("La centraleta no desvia les trucades",
                    "Mòbil corporatiu sense cobertura de dades")),
            Map.entry(IncidentCategory.SECURITY, List.of("Correu sospitós rebut per diversos usuaris",
                    "Alerta de l'antivirus en un equip", "Intents d'accés fallits a un compte")),
            Map.entry(IncidentCategory.OTHER, List.of("Consulta sobre la renovació d'un certificat digital",
                    "Assessorament per a la compra d'equips"))));
    private static final IncidentCategory[] CATEGORIES = IncidentCategory.values();
    // Relative weights in the order of IncidentCategory.
    private static final int[] CATEGORY_WEIGHTS = {14, 17, 8, 12, 16, 10, 10, 3, 4, 2, 4};
    private static final Priority[] PRIORITIES = Priority.values();
    private static final int[] PRIORITY_WEIGHTS = {2, 12, 56, 30};
    private static final IncidentChannel[] CHANNELS = {IncidentChannel.PHONE, IncidentChannel.EMAIL,
        IncidentChannel.WEB_PORTAL, IncidentChannel.IN_PERSON, IncidentChannel.MONITORING_ALERT};
    private static final int[] CHANNEL_WEIGHTS = {35, 25, 30, 3, 7};
    /** CCN-STIC 817 types of danger BAJO or MEDIO, for the routine security incidents. */
    private static final List<String> ROUTINE_SECURITY_TYPES = List.of("SPAM", "ESCANEO_REDES",
            "INGENIERIA_SOCIAL", "INTENTO_ACCESO_VULNERACION_CREDENCIALES", "COMPROMISO_CUENTA_SIN_PRIVILEGIOS",
            "SISTEMA_VULNERABLE");

    private final SlaPolicy policy;
    private final BusinessCalendar calendar;
    private final Instant cutOff;
    private final List<String> technicians;

    Helpdesk(SlaPolicy policy, Instant cutOff, List<String> technicians) {
        this.policy = policy;
        this.calendar = policy.calendar();
        this.cutOff = cutOff;
        this.technicians = List.copyOf(technicians);
    }

    /**
     * Generates one town hall's incidents over some days, drawing a Poisson count for each working
     * day, numbered from {@code firstNumber} in opening order.
     */
    List<Incident> incidents(Town town, DateRange days, double perWorkingDay, Map<AssetType, List<String>> assets,
            int firstNumber, Dice dice) {
        List<Incident> incidents = new ArrayList<>();
        int number = firstNumber;
        for (LocalDate day = days.start(); !day.isAfter(days.end()); day = day.plusDays(1)) {
            if (!calendar.isWorkingDay(day)) {
                continue;
            }
            List<Instant> openings = new ArrayList<>();
            for (int k = dice.poisson(perWorkingDay); k > 0; k--) {
                openings.add(openingOn(day, dice));
            }
            openings.sort(null);
            for (Instant openedAt : openings) {
                incidents.add(routine(id(town, number++), town, openedAt, assets, dice));
            }
        }
        return incidents;
    }

    static String id(Town town, int number) {
        return "INC-" + town.code() + "-" + String.format(Locale.ROOT, "%05d", number);
    }

    private Instant openingOn(LocalDate day, Dice dice) {
        LocalTime time = dice.chance(0.92)
                ? LocalTime.of(8, 0).plusMinutes(dice.between(0, 7 * 60 - 1))
                : LocalTime.of(15, 0).plusMinutes(dice.between(0, 5 * 60));
        return day.atTime(time).atZone(calendar.zone()).toInstant();
    }

    private Incident routine(String id, Town town, Instant openedAt, Map<AssetType, List<String>> assets, Dice dice) {
        IncidentCategory category = CATEGORIES[dice.weighted(CATEGORY_WEIGHTS)];
        Priority priority = category == IncidentCategory.SECURITY
                ? (dice.chance(0.4) ? Priority.HIGH : Priority.MEDIUM)
                : PRIORITIES[dice.weighted(PRIORITY_WEIGHTS)];
        IncidentChannel channel = CHANNELS[dice.weighted(CHANNEL_WEIGHTS)];
        Incident incident = Incident.open(id, town.code(), openedAt, channel, category, priority,
                dice.pick(SUMMARIES.get(category)));
        incident = lifecycle(incident, dice);
        List<String> affected = affectedAsset(category, assets, dice);
        if (!affected.isEmpty()) {
            incident = incident.withAffectedAssetIds(affected);
        }
        if (category == IncidentCategory.SECURITY) {
            ImpactLevel impact = dice.chance(0.7) ? ImpactLevel.IRRELEVANTE : ImpactLevel.BAJO;
            incident = incident.withSecurity(SecurityClassification.of(dice.pick(ROUTINE_SECURITY_TYPES), impact));
        }
        return cut(incident);
    }

    /**
     * Returns an incident with a given security classification and a complete, prompt history,
     * for the notable security incidents a demo must show.
     */
    Incident security(String id, Town town, Instant openedAt, Priority priority, String summary,
            SecurityClassification classification, List<String> affected, Dice dice) {
        Incident incident = Incident.open(id, town.code(), openedAt, IncidentChannel.MONITORING_ALERT,
                IncidentCategory.SECURITY, priority, summary);
        return cut(lifecycle(incident, dice).withAffectedAssetIds(affected).withSecurity(classification));
    }

    /** Draws the history and the effort: durations are fractions of the SLA targets, a few beyond them. */
    private Incident lifecycle(Incident incident, Dice dice) {
        SlaTargets targets = policy.targetsFor(incident.priority());
        Instant openedAt = incident.openedAt();
        String technician = dice.pick(technicians);
        if (dice.chance(0.02)) {
            Instant at = calendar.addBusinessTime(openedAt, minutes(dice.between(5, 90)));
            return incident.moveTo(StatusChange.of(at, IncidentStatus.CANCELLED)
                    .withTechnician(technician).withNote("Duplicada d'una altra sol·licitud"))
                    .withEffortMinutes(5);
        }
        double responseShare = dice.chance(0.04) ? dice.uniform(1.05, 2.5) : dice.uniform(0.05, 0.9);
        Instant assigned = calendar.addBusinessTime(openedAt, scaled(targets.firstResponse(), responseShare));
        Instant started = calendar.addBusinessTime(assigned, minutes(dice.between(2, 30)));
        double resolutionShare = Math.min(3.0, dice.logNormal(0.3, 0.7));
        Instant resolved = later(calendar.addBusinessTime(openedAt, scaled(targets.resolution(), resolutionShare)),
                calendar.addBusinessTime(started, minutes(dice.between(10, 60))));
        incident = incident.moveTo(StatusChange.of(assigned, IncidentStatus.ASSIGNED).withTechnician(technician))
                .moveTo(StatusChange.of(started, IncidentStatus.IN_PROGRESS).withTechnician(technician));
        if (dice.chance(0.12)) {
            Duration working = calendar.businessTimeBetween(started, resolved);
            Instant held = calendar.addBusinessTime(started, scaled(working, 0.3));
            Instant resumed = calendar.addBusinessTime(started, scaled(working, 0.7));
            incident = incident.moveTo(StatusChange.of(held, IncidentStatus.ON_HOLD).withTechnician(technician)
                            .withNote("Pendent de resposta de l'ajuntament"))
                    .moveTo(StatusChange.of(resumed, IncidentStatus.IN_PROGRESS).withTechnician(technician));
        }
        incident = incident.moveTo(StatusChange.of(resolved, IncidentStatus.RESOLVED).withTechnician(technician));
        if (dice.chance(0.02)) {
            Instant reopened = calendar.addBusinessTime(resolved, minutes(dice.between(30, 240)));
            resolved = calendar.addBusinessTime(reopened, minutes(dice.between(20, 120)));
            incident = incident.moveTo(StatusChange.of(reopened, IncidentStatus.IN_PROGRESS).withTechnician(technician)
                            .withNote("Reoberta: l'ajuntament indica que el problema persisteix"))
                    .moveTo(StatusChange.of(resolved, IncidentStatus.RESOLVED).withTechnician(technician));
        }
        Instant closed = calendar.addBusinessTime(resolved, Duration.ofHours(dice.between(2, 21)));
        double factor = switch (incident.category()) {
            case HARDWARE, NETWORK -> 1.5;
            case SECURITY -> 2.0;
            default -> 1.0;
        } * (incident.priority() == Priority.CRITICAL ? 2.0 : 1.0);
        long effort = Math.max(5, Math.round(dice.logNormal(35 * factor, 0.7) / 5) * 5);
        return incident.moveTo(StatusChange.of(closed, IncidentStatus.CLOSED)).withEffortMinutes(effort);
    }

    /** Keeps only the changes up to the cut-off; the effort of an incident still open is partial. */
    private Incident cut(Incident incident) {
        Incident then = incident.asOf(cutOff);
        return then.status().isOpen() ? then.withEffortMinutes(incident.effortMinutes() / 2) : then;
    }

    private static List<String> affectedAsset(IncidentCategory category, Map<AssetType, List<String>> assets,
            Dice dice) {
        Optional<AssetType> type = switch (category) {
            case HARDWARE, SOFTWARE, SECURITY -> Optional.of(dice.chance(0.7) ? AssetType.DESKTOP : AssetType.LAPTOP);
            case NETWORK -> Optional.of(AssetType.NETWORK_DEVICE);
            case PRINTING -> Optional.of(AssetType.PRINTER);
            case TELEPHONY -> Optional.of(AssetType.MOBILE);
            case EMAIL, WEBSITE -> Optional.of(AssetType.CLOUD_SERVICE);
            case EXPEDIENT_MANAGER -> Optional.of(AssetType.SOFTWARE);
            default -> Optional.empty();
        };
        List<String> candidates = type.map(value -> assets.getOrDefault(value, List.of())).orElse(List.of());
        return candidates.isEmpty() || dice.chance(0.2) ? List.of() : List.of(dice.pick(candidates));
    }

    private static Duration scaled(Duration duration, double share) {
        return Duration.ofSeconds(Math.max(60, Math.round(duration.toSeconds() * share)));
    }

    private static Duration minutes(int minutes) {
        return Duration.ofMinutes(minutes);
    }

    private static Instant later(Instant a, Instant b) {
        return a.isAfter(b) ? a : b;
    }
}
