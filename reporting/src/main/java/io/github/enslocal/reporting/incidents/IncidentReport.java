// SPDX-License-Identifier: Apache-2.0
package io.github.enslocal.reporting.incidents;

import io.github.enslocal.core.dataset.Dataset;
import io.github.enslocal.core.incident.Incident;
import io.github.enslocal.core.incident.classification.IncidentClass;
import io.github.enslocal.core.incident.classification.IncidentTaxonomy;
import io.github.enslocal.core.incident.classification.IncidentType;
import io.github.enslocal.core.incident.classification.NotificationPolicy;
import io.github.enslocal.core.incident.classification.SecurityClassification;
import io.github.enslocal.core.sla.SlaPolicy;
import io.github.enslocal.core.territory.IneCode;
import io.github.enslocal.core.territory.Municipality;
import io.github.enslocal.core.time.DateRange;
import io.github.enslocal.reporting.ReportLanguage;
import io.github.enslocal.reporting.Table;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.TreeMap;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * The incidents report of a period: volumes by month, category and municipality, resolution times,
 * SLA attainment, security incidents by CCN-STIC 817 class and danger level, and CCN-CERT
 * notifications due, done and late.
 *
 * <p>The report covers the incidents opened on a day of the period (see {@link IncidentWindow})
 * and measures them at the end of the period, reading each history as it stood then. Security
 * incidents are those with a {@link SecurityClassification}, whatever their category; their class
 * and danger come from {@link IncidentTaxonomy#bundled()}. Whether a CCN-CERT notification is late
 * depends on the allowed delay the caller gives in the {@link NotificationPolicy}, which has no
 * default because the rules set no hour count. Lists are sorted as each component says, so the
 * same dataset and parameters always give the same report. This class is immutable and
 * thread-safe; it holds no text in any language: labels are chosen when it is written.
 *
 * @param period the period, both ends included
 * @param zone the zone in which opening instants become days and months
 * @param measuredAt the instant of measurement, the end of the period
 * @param total the incidents opened in the period
 * @param meanPerMonth {@code total} divided by the months of the period, two decimals
 * @param byMonth one count per month of the period, in month order
 * @param byCategory the categories with incidents, most frequent first
 * @param byMunicipality the municipalities with incidents, in INE code order
 * @param resolutionTimes the median and 90th percentile of the resolution times
 * @param sla the SLA attainment, or empty if the dataset has no SLA policy
 * @param securityByClassAndDanger the security incidents per class (in taxonomy order) and danger
 *     level (lowest first)
 * @param securityIncidents the security incidents, by opening instant then id
 * @param notifications the CCN-CERT notifications of the security incidents
 */
public record IncidentReport(DateRange period, ZoneId zone, Instant measuredAt, long total, BigDecimal meanPerMonth,
        List<MonthCount> byMonth, List<CategoryCount> byCategory, List<MunicipalityCount> byMunicipality,
        ResolutionTimes resolutionTimes, Optional<SlaAttainment> sla, List<ClassDangerCount> securityByClassAndDanger,
        List<SecurityIncident> securityIncidents, NotificationSummary notifications) {

    /**
     * Creates a report, copying the lists.
     *
     * @param period the period
     * @param zone the zone
     * @param measuredAt the instant of measurement
     * @param total the incidents
     * @param meanPerMonth the monthly mean
     * @param byMonth the counts per month
     * @param byCategory the counts per category
     * @param byMunicipality the counts per municipality
     * @param resolutionTimes the resolution times
     * @param sla the SLA attainment, or empty
     * @param securityByClassAndDanger the security counts
     * @param securityIncidents the security incidents
     * @param notifications the notifications
     * @throws NullPointerException if an argument or element is null
     */
    public IncidentReport {
        Objects.requireNonNull(period, "period");
        Objects.requireNonNull(zone, "zone");
        Objects.requireNonNull(measuredAt, "measuredAt");
        Objects.requireNonNull(meanPerMonth, "meanPerMonth");
        byMonth = List.copyOf(byMonth);
        byCategory = List.copyOf(byCategory);
        byMunicipality = List.copyOf(byMunicipality);
        Objects.requireNonNull(resolutionTimes, "resolutionTimes");
        sla = sla == null ? Optional.empty() : sla;
        securityByClassAndDanger = List.copyOf(securityByClassAndDanger);
        securityIncidents = List.copyOf(securityIncidents);
        Objects.requireNonNull(notifications, "notifications");
    }

    /**
     * Builds the report of a period.
     *
     * @param dataset the dataset, valid
     * @param period the period, both ends included
     * @param notificationPolicy the trigger and the allowed delay of CCN-CERT notifications
     * @return the report
     * @throws NullPointerException if any argument is null
     * @throws IllegalArgumentException if a security incident of the period names a type the
     *     bundled taxonomy lacks (the message lists every such incident)
     */
    public static IncidentReport of(Dataset dataset, DateRange period, NotificationPolicy notificationPolicy) {
        Objects.requireNonNull(dataset, "dataset");
        Objects.requireNonNull(period, "period");
        Objects.requireNonNull(notificationPolicy, "notificationPolicy");
        IncidentWindow window = IncidentWindow.of(dataset, period);
        Instant measuredAt = window.measuredAt();
        List<Incident> incidents = dataset.incidents().stream()
                .filter(window::contains)
                .sorted(Comparator.comparing(Incident::openedAt).thenComparing(Incident::id))
                .toList();
        Function<IneCode, String> names = municipalityNames(dataset);
        List<SecurityIncident> security = securityIncidents(incidents, notificationPolicy, measuredAt, names);
        Optional<SlaPolicy> policy = dataset.slaPolicy();
        return new IncidentReport(period, window.zone(), measuredAt, incidents.size(),
                CategoryCount.mean(incidents.size(), window.months()),
                MonthCount.tally(incidents, period, window.zone()),
                CategoryCount.tally(incidents, window.months()),
                byMunicipality(incidents, names),
                ResolutionTimes.of(incidents, policy.map(SlaPolicy::calendar), measuredAt),
                policy.map(sla -> SlaAttainment.of(incidents, sla, measuredAt)),
                byClassAndDanger(security),
                security,
                NotificationSummary.of(notificationPolicy.trigger(), notificationPolicy.allowedDelay(), security));
    }

    /**
     * Returns one of the report's tables, labelled in a language, for people to read; the CSV
     * writers write the same rows with months in ISO-8601 ({@code 2025-03}).
     *
     * @param which the table
     * @param language the language of the labels
     * @return the table
     * @throws NullPointerException if any argument is null
     */
    public Table table(IncidentTable which, ReportLanguage language) {
        return new IncidentTables(this, IncidentCells.forPeople(language)).table(which);
    }

    /**
     * Returns a function giving a municipality's name in a dataset in its natural form (see
     * {@link Municipality#naturalName()}), or its INE code when the dataset does not list it.
     *
     * @param dataset the dataset
     * @return the function
     */
    public static Function<IneCode, String> municipalityNames(Dataset dataset) {
        Map<IneCode, String> names = dataset.municipalities().stream()
                .collect(Collectors.toMap(Municipality::code, Municipality::naturalName, (a, b) -> a, TreeMap::new));
        return code -> names.getOrDefault(code, code.toString());
    }

    private static List<MunicipalityCount> byMunicipality(List<Incident> incidents, Function<IneCode, String> names) {
        Map<IneCode, List<Incident>> groups = incidents.stream()
                .collect(Collectors.groupingBy(Incident::municipality, TreeMap::new, Collectors.toList()));
        List<MunicipalityCount> rows = new ArrayList<>();
        groups.forEach((code, group) -> rows.add(new MunicipalityCount(code, names.apply(code), group.size(),
                group.stream().filter(incident -> incident.security().isPresent()).count())));
        return rows;
    }

    private static List<SecurityIncident> securityIncidents(List<Incident> incidents, NotificationPolicy policy,
            Instant measuredAt, Function<IneCode, String> names) {
        IncidentTaxonomy taxonomy = IncidentTaxonomy.bundled();
        List<String> unknown = incidents.stream()
                .filter(incident -> incident.security().filter(c -> taxonomy.type(c.typeId()).isEmpty()).isPresent())
                .map(incident -> incident.id() + " (" + incident.security().orElseThrow().typeId() + ")")
                .toList();
        if (!unknown.isEmpty()) {
            throw new IllegalArgumentException("Security incidents name types the CCN-STIC 817 taxonomy lacks: "
                    + String.join(", ", unknown) + "; expected type ids such as 'PHISHING'");
        }
        List<SecurityIncident> rows = new ArrayList<>();
        for (Incident incident : incidents) {
            incident.security().ifPresent(classification -> {
                IncidentType type = taxonomy.requireType(classification.typeId());
                IncidentClass incidentClass = taxonomy.classOf(type);
                Optional<Instant> notifiedAt = classification.notifiedToCcnCertAt().filter(at -> !at.isAfter(measuredAt));
                rows.add(new SecurityIncident(incident.id(), incident.municipality(),
                        names.apply(incident.municipality()), incident.openedAt(), incident.summary(),
                        incidentClass.id(), incidentClass.name(), type.id(), type.name(),
                        classification.danger(taxonomy), classification.impact(),
                        classification.mustNotifyCcnCert(taxonomy, policy.trigger()), notifiedAt,
                        incident.isCcnCertNotificationLate(taxonomy, policy, measuredAt)));
            });
        }
        return rows;
    }

    private static List<ClassDangerCount> byClassAndDanger(List<SecurityIncident> incidents) {
        List<IncidentClass> classes = IncidentTaxonomy.bundled().classes();
        List<ClassDangerCount> rows = new ArrayList<>();
        for (IncidentClass incidentClass : classes) {
            incidents.stream()
                    .filter(incident -> incident.classId().equals(incidentClass.id()))
                    .collect(Collectors.groupingBy(SecurityIncident::danger, TreeMap::new, Collectors.counting()))
                    .forEach((danger, count) ->
                            rows.add(new ClassDangerCount(incidentClass.id(), incidentClass.name(), danger, count)));
        }
        return rows;
    }
}
