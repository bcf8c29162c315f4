// SPDX-License-Identifier: Apache-2.0
package io.github.enslocal.reporting.convention;

import io.github.enslocal.core.asset.Asset;
import io.github.enslocal.core.asset.Management;
import io.github.enslocal.core.convention.Convention;
import io.github.enslocal.core.convention.ConventionStatus;
import io.github.enslocal.core.dataset.Dataset;
import io.github.enslocal.core.incident.Incident;
import io.github.enslocal.core.sla.SlaPolicy;
import io.github.enslocal.core.territory.IneCode;
import io.github.enslocal.core.territory.SupportBody;
import io.github.enslocal.core.time.DateRange;
import io.github.enslocal.reporting.ReportLanguage;
import io.github.enslocal.reporting.Table;
import io.github.enslocal.reporting.i18n.ValueFormat;
import io.github.enslocal.reporting.incidents.CategoryCount;
import io.github.enslocal.reporting.incidents.IncidentCells;
import io.github.enslocal.reporting.incidents.IncidentReport;
import io.github.enslocal.reporting.incidents.IncidentWindow;
import io.github.enslocal.reporting.incidents.MonthCount;
import io.github.enslocal.reporting.incidents.ResolutionTimes;
import io.github.enslocal.reporting.incidents.SlaAttainment;
import io.github.enslocal.reporting.inventory.AssetTypeCount;
import io.github.enslocal.reporting.inventory.InventoryReport;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.time.Year;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.SortedSet;
import java.util.TreeSet;
import java.util.function.Function;

/**
 * The balance of a support convention over a period: what it delivered to the municipalities it
 * serves.
 *
 * <p>Each figure reads the dataset as follows.
 * <ul>
 *   <li><b>Municipalities served</b> on the first and last day of the period:
 *       {@link Convention#municipalitiesServedOn}.</li>
 *   <li><b>Technical dedication</b>, per calendar year, in two measures kept apart: the dedication
 *       <em>committed</em> by the adhesions ({@link Convention#committedDedicationOn}, hours per
 *       year) and its growth, and the technician effort <em>spent</em> on the convention's
 *       incidents (their recorded effort). See {@link DedicationYear}.</li>
 *   <li><b>Managed equipment</b>: the assets managed by the support body
 *       ({@link Management#SUPPORT_BODY}) of the municipalities served at the end of the period and
 *       in the inventory on that day ({@link InventoryReport#inventoryOn}), by type.</li>
 *   <li><b>Incidents</b>: those opened on a day of the period (see {@link IncidentWindow}) by a
 *       municipality the convention served on that day; per month, their monthly mean, per
 *       category with its monthly mean.</li>
 *   <li><b>Resolution times</b>: median and 90th percentile in business hours of the dataset's SLA
 *       calendar, or in calendar hours without an SLA policy ({@link ResolutionTimes}).</li>
 *   <li><b>SLA attainment</b>: {@link SlaPolicy#measure} at the end of the period, if the dataset
 *       has an SLA policy.</li>
 *   <li><b>Budget execution</b> against the maximum, by expense type:
 *       {@link Convention#budgetExecution}.</li>
 * </ul>
 * This class is immutable and thread-safe; it holds no text in any language.
 *
 * @param conventionId the convention's id
 * @param conventionTitle the convention's title, as typed
 * @param supportBodyId the support body's id
 * @param supportBodyName the support body's name, or its id if the dataset lacks it
 * @param period the period, both ends included
 * @param effectiveValidity the convention's validity with the extensions that take effect
 * @param statusAtStart the convention's status on the first day of the period
 * @param statusAtEnd the convention's status on the last day of the period
 * @param servedAtStart the number of municipalities served on the first day
 * @param servedAtEnd the number of municipalities served on the last day
 * @param municipalities the municipalities served on the first or last day, in INE code order
 * @param committedHoursAtStart the committed dedication on the first day, hours per year
 * @param committedHoursAtEnd the committed dedication on the last day, hours per year
 * @param dedication the dedication per calendar year of the period, in year order
 * @param managedEquipment the managed assets per type with assets, in type declaration order
 * @param managedEquipmentTotal the managed assets
 * @param incidents the convention's incidents opened in the period
 * @param meanIncidentsPerMonth {@code incidents} divided by the months of the period, two decimals
 * @param incidentsByMonth one count per month of the period
 * @param incidentsByCategory the categories with incidents, most frequent first
 * @param resolutionTimes the median and 90th percentile of the resolution times
 * @param sla the SLA attainment, or empty if the dataset has no SLA policy
 * @param budget the budget execution in the period
 */
public record ConventionBalance(String conventionId, String conventionTitle, String supportBodyId,
        String supportBodyName, DateRange period, DateRange effectiveValidity, ConventionStatus statusAtStart,
        ConventionStatus statusAtEnd, long servedAtStart, long servedAtEnd, List<ServedMunicipality> municipalities,
        BigDecimal committedHoursAtStart, BigDecimal committedHoursAtEnd, List<DedicationYear> dedication,
        List<AssetTypeCount> managedEquipment, long managedEquipmentTotal, long incidents,
        BigDecimal meanIncidentsPerMonth, List<MonthCount> incidentsByMonth, List<CategoryCount> incidentsByCategory,
        ResolutionTimes resolutionTimes, Optional<SlaAttainment> sla, Budget budget) {

    private static final BigDecimal MINUTES_PER_HOUR = BigDecimal.valueOf(60);

    /**
     * Creates a balance, copying the lists.
     *
     * @param conventionId the convention's id
     * @param conventionTitle the title
     * @param supportBodyId the support body's id
     * @param supportBodyName the support body's name
     * @param period the period
     * @param effectiveValidity the effective validity
     * @param statusAtStart the status at the start
     * @param statusAtEnd the status at the end
     * @param servedAtStart the municipalities served at the start
     * @param servedAtEnd the municipalities served at the end
     * @param municipalities the municipalities served at the start or end
     * @param committedHoursAtStart the committed dedication at the start
     * @param committedHoursAtEnd the committed dedication at the end
     * @param dedication the dedication per year
     * @param managedEquipment the managed assets per type
     * @param managedEquipmentTotal the managed assets
     * @param incidents the incidents
     * @param meanIncidentsPerMonth the monthly mean
     * @param incidentsByMonth the incidents per month
     * @param incidentsByCategory the incidents per category
     * @param resolutionTimes the resolution times
     * @param sla the SLA attainment, or empty
     * @param budget the budget execution
     * @throws NullPointerException if a non-optional argument or an element is null
     */
    public ConventionBalance {
        Objects.requireNonNull(conventionId, "conventionId");
        Objects.requireNonNull(conventionTitle, "conventionTitle");
        Objects.requireNonNull(supportBodyId, "supportBodyId");
        Objects.requireNonNull(supportBodyName, "supportBodyName");
        Objects.requireNonNull(period, "period");
        Objects.requireNonNull(effectiveValidity, "effectiveValidity");
        Objects.requireNonNull(statusAtStart, "statusAtStart");
        Objects.requireNonNull(statusAtEnd, "statusAtEnd");
        municipalities = List.copyOf(municipalities);
        Objects.requireNonNull(committedHoursAtStart, "committedHoursAtStart");
        Objects.requireNonNull(committedHoursAtEnd, "committedHoursAtEnd");
        dedication = List.copyOf(dedication);
        managedEquipment = List.copyOf(managedEquipment);
        Objects.requireNonNull(meanIncidentsPerMonth, "meanIncidentsPerMonth");
        incidentsByMonth = List.copyOf(incidentsByMonth);
        incidentsByCategory = List.copyOf(incidentsByCategory);
        Objects.requireNonNull(resolutionTimes, "resolutionTimes");
        sla = sla == null ? Optional.empty() : sla;
        Objects.requireNonNull(budget, "budget");
    }

    /**
     * Builds the balance of a convention over a period.
     *
     * @param dataset the dataset, valid
     * @param conventionId the id of a convention of the dataset
     * @param period the period, both ends included
     * @return the balance
     * @throws NullPointerException if an argument is null
     * @throws IllegalArgumentException if the dataset has no convention with that id
     */
    public static ConventionBalance of(Dataset dataset, String conventionId, DateRange period) {
        Objects.requireNonNull(dataset, "dataset");
        Objects.requireNonNull(conventionId, "conventionId");
        Objects.requireNonNull(period, "period");
        Convention convention = dataset.conventions().stream()
                .filter(candidate -> candidate.id().equals(conventionId))
                .findFirst()
                .orElseThrow(() -> new IllegalArgumentException("Unknown convention '" + conventionId
                        + "', expected the id of a convention of the dataset, one of " + dataset.conventions().stream()
                                .map(Convention::id).sorted().toList()));
        return of(dataset, convention, period);
    }

    /**
     * Builds the balance over a period of the one convention of a support body that is signed and
     * whose effective validity overlaps the period.
     *
     * @param dataset the dataset, valid
     * @param supportBodyId the id of the support body
     * @param period the period, both ends included
     * @return the balance
     * @throws NullPointerException if an argument is null
     * @throws IllegalArgumentException if no convention or more than one matches (the message
     *     lists the candidates; call {@link #of(Dataset, String, DateRange)} with one of them)
     */
    public static ConventionBalance ofSupportBody(Dataset dataset, String supportBodyId, DateRange period) {
        Objects.requireNonNull(dataset, "dataset");
        Objects.requireNonNull(supportBodyId, "supportBodyId");
        Objects.requireNonNull(period, "period");
        List<Convention> candidates = conventionsInForce(dataset, supportBodyId, period);
        if (candidates.size() != 1) {
            throw new IllegalArgumentException("Support body '" + supportBodyId + "' has " + candidates.size()
                    + " signed conventions in force during " + period + " " + candidates.stream().map(Convention::id)
                            .toList() + ", expected exactly one; name the convention by its id instead");
        }
        return of(dataset, candidates.get(0), period);
    }

    /**
     * Returns the conventions of a support body that are signed and in force at some time during a
     * period: those {@link #ofSupportBody} chooses from.
     *
     * @param dataset the dataset
     * @param supportBodyId the support body's id
     * @param period the period
     * @return the conventions, in id order
     * @throws NullPointerException if an argument is null
     */
    public static List<Convention> conventionsInForce(Dataset dataset, String supportBodyId, DateRange period) {
        Objects.requireNonNull(dataset, "dataset");
        Objects.requireNonNull(supportBodyId, "supportBodyId");
        Objects.requireNonNull(period, "period");
        return dataset.conventions().stream()
                .filter(convention -> convention.supportBodyId().equals(supportBodyId))
                .filter(convention -> convention.signedOn().isPresent())
                .filter(convention -> convention.effectiveValidity().overlaps(period))
                .sorted(Comparator.comparing(Convention::id))
                .toList();
    }

    private static ConventionBalance of(Dataset dataset, Convention convention, DateRange period) {
        Function<IneCode, String> names = IncidentReport.municipalityNames(dataset);
        LocalDate start = period.start();
        LocalDate end = period.end();
        SortedSet<IneCode> atStart = convention.municipalitiesServedOn(start);
        SortedSet<IneCode> atEnd = convention.municipalitiesServedOn(end);
        SortedSet<IneCode> either = new TreeSet<>(atStart);
        either.addAll(atEnd);
        List<ServedMunicipality> municipalities = either.stream().map(code -> new ServedMunicipality(code,
                names.apply(code), atStart.contains(code), atEnd.contains(code))).toList();

        IncidentWindow window = IncidentWindow.of(dataset, period);
        List<Incident> incidents = dataset.incidents().stream()
                .filter(window::contains)
                .filter(incident -> convention.municipalitiesServedOn(window.openedOn(incident))
                        .contains(incident.municipality()))
                .sorted(Comparator.comparing(Incident::openedAt).thenComparing(Incident::id))
                .toList();
        List<Asset> managed = managedAssets(dataset, atEnd, end);
        Optional<SlaPolicy> policy = dataset.slaPolicy();
        String supportBodyName = dataset.supportBodies().stream()
                .filter(body -> body.id().equals(convention.supportBodyId()))
                .map(SupportBody::name)
                .findFirst()
                .orElse(convention.supportBodyId());
        return new ConventionBalance(convention.id(), convention.title(), convention.supportBodyId(),
                supportBodyName, period, convention.effectiveValidity(), convention.status(start),
                convention.status(end), atStart.size(), atEnd.size(), municipalities,
                convention.committedDedicationOn(start), convention.committedDedicationOn(end),
                dedication(convention, period, incidents, window), AssetTypeCount.tally(managed), managed.size(),
                incidents.size(), CategoryCount.mean(incidents.size(), window.months()),
                MonthCount.tally(incidents, period, window.zone()),
                CategoryCount.tally(incidents, window.months()),
                ResolutionTimes.of(incidents, policy.map(SlaPolicy::calendar), window.measuredAt()),
                policy.map(sla -> SlaAttainment.of(incidents, sla, window.measuredAt())),
                Budget.of(convention.budgetExecution(period)));
    }

    /**
     * Returns the assets the support body manages for some municipalities, in the inventory on a
     * date.
     *
     * @param dataset the dataset
     * @param owners the municipalities
     * @param asOf the date
     * @return the assets by id
     */
    static List<Asset> managedAssets(Dataset dataset, Set<IneCode> owners, LocalDate asOf) {
        return InventoryReport.inventoryOn(dataset.assets(), asOf).stream()
                .filter(asset -> asset.managedBy() == Management.SUPPORT_BODY)
                .filter(asset -> owners.contains(asset.owner()))
                .toList();
    }

    private static List<DedicationYear> dedication(Convention convention, DateRange period, List<Incident> incidents,
            IncidentWindow window) {
        // One pass over the incidents, not one per year: the work follows the data, not the period's length.
        Map<Integer, Long> minutesByYear = new HashMap<>();
        for (Incident incident : incidents) {
            LocalDate opened = window.openedOn(incident);
            if (period.contains(opened)) {
                minutesByYear.merge(opened.getYear(), incident.effortMinutes(), Long::sum);
            }
        }
        List<DedicationYear> years = new ArrayList<>();
        Optional<BigDecimal> previous = Optional.empty();
        for (int year = period.start().getYear(); year <= period.end().getYear(); year++) {
            LocalDate last = min(period.end(), Year.of(year).atMonth(12).atEndOfMonth());
            BigDecimal committed = convention.committedDedicationOn(last);
            long minutes = minutesByYear.getOrDefault(year, 0L);
            years.add(new DedicationYear(year, last, committed,
                    previous.filter(before -> before.signum() > 0).map(before -> growth(before, committed)),
                    BigDecimal.valueOf(minutes).divide(MINUTES_PER_HOUR, 2, RoundingMode.HALF_UP)));
            previous = Optional.of(committed);
        }
        return years;
    }

    /** Returns the change from a positive value, in percent with one decimal rounded half up. */
    static BigDecimal growth(BigDecimal before, BigDecimal after) {
        return ValueFormat.percentage(after.subtract(before).movePointRight(2).longValue(),
                before.movePointRight(2).longValue());
    }

    private static LocalDate min(LocalDate a, LocalDate b) {
        return a.isBefore(b) ? a : b;
    }

    /**
     * Returns the growth of the municipalities served over the period.
     *
     * @return {@code (servedAtEnd - servedAtStart) / servedAtStart} in percent with one decimal,
     *     rounded half up, e.g. {@code 35.3} for 17 to 23; empty when none was served at the start
     */
    public Optional<BigDecimal> servedGrowthPercent() {
        return servedAtStart > 0
                ? Optional.of(ValueFormat.percentage(servedAtEnd - servedAtStart, servedAtStart))
                : Optional.empty();
    }

    /**
     * Returns the growth of the committed dedication over the period.
     *
     * @return the change from {@code committedHoursAtStart} to {@code committedHoursAtEnd} in
     *     percent with one decimal, rounded half up; empty when nothing was committed at the start
     */
    public Optional<BigDecimal> committedGrowthPercent() {
        return committedHoursAtStart.signum() > 0
                ? Optional.of(growth(committedHoursAtStart, committedHoursAtEnd))
                : Optional.empty();
    }

    /**
     * Returns one of the balance's tables, labelled in a language, for people to read; the CSV
     * writers write the same rows with months in ISO-8601 ({@code 2025-03}).
     *
     * @param which the table
     * @param language the language of the labels
     * @return the table
     * @throws NullPointerException if an argument is null
     */
    public Table table(ConventionTable which, ReportLanguage language) {
        return new ConventionTables(this, IncidentCells.forPeople(language))
                .table(which);
    }
}
