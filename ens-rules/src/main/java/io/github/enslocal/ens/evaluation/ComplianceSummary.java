// SPDX-License-Identifier: Apache-2.0
package io.github.enslocal.ens.evaluation;

import io.github.enslocal.ens.spi.Finding;
import io.github.enslocal.ens.spi.FindingGrade;
import java.util.Collection;
import java.util.Collections;
import java.util.EnumMap;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * The figures of one system or of a group of systems: the two CCN-STIC 815 indices, the zone and
 * the counts of measure statuses and finding grades. Summaries of a group are the {@link #plus sum}
 * of their members'.
 *
 * <ul>
 *   <li><b>Compliance index</b> (índice de cumplimiento, 815 §7.1.2): over the required set (every
 *       measure whose status {@linkplain MeasureStatus#isRequired() is required}), the number
 *       {@linkplain MeasureStatus#isMet() met} (COMPLIANT or COMPENSATED) over the number in the
 *       set.
 *   <li><b>Maturity index</b> (índice de madurez, 815 §7.1.1): over the same set, the sum of the
 *       declared maturity values (0 to 5; a measure not assessed counts 0) over 5 times the number
 *       of measures, so 100&nbsp;% means every measure at L5. The guide applies its algorithm to
 *       every measure but those not applicable; reading it as this fraction of the top of the scale
 *       is the library's interpretation. Excluded measures are left out of both sets, like measures
 *       not applicable, since the Declaración de Aplicabilidad justifies their absence.
 *   <li><b>Zone</b>: the worst {@link Zone} of any measure in the set, from declared minus required
 *       maturity; empty when the set is empty (for example, a system without a category).
 * </ul>
 * Both the maturity index and the zone read each measure's {@linkplain MeasureResult#countedMaturity()
 * counted maturity}: the declared one, unless a major finding refutes it
 * ({@link MeasureResult#isRefuted()}), in which case the measure counts below the category's
 * minimum, so that a municipality whose evidence contradicts its declarations is not shown in the
 * green zone. For the same reason a system with a major non-conformity about the system as a whole
 * (no conformity audit, an out-of-date one, a category below the valuations: CCN-STIC 802 §7.1 ¶129
 * counts failures in the essential articles as major) is at best YELLOW: its declared maturities
 * stand unverified, and the zone must not tell the reader otherwise.
 *
 * <p>This class is immutable and thread-safe.
 *
 * @param compliance the compliance index
 * @param maturity the maturity index
 * @param zone the worst zone, or empty if nothing was measured
 * @param statuses the number of measure results per status, with an entry for every status
 * @param findings the number of findings per grade, with an entry for every grade
 */
public record ComplianceSummary(Ratio compliance, Ratio maturity, Optional<Zone> zone,
        Map<MeasureStatus, Integer> statuses, Map<FindingGrade, Integer> findings) {

    private static final ComplianceSummary EMPTY = new ComplianceSummary(Ratio.ZERO, Ratio.ZERO, Optional.empty(),
            Map.of(), Map.of());

    /**
     * Creates a summary, completing the counts with zeros.
     *
     * @param compliance the compliance index, not null
     * @param maturity the maturity index, not null
     * @param zone the zone; null means empty
     * @param statuses the status counts; null or missing keys mean 0
     * @param findings the grade counts; null or missing keys mean 0
     * @throws NullPointerException if an index is null
     */
    public ComplianceSummary {
        Objects.requireNonNull(compliance, "compliance");
        Objects.requireNonNull(maturity, "maturity");
        zone = zone == null ? Optional.empty() : zone;
        statuses = complete(statuses, MeasureStatus.class);
        findings = complete(findings, FindingGrade.class);
    }

    private static <K extends Enum<K>> Map<K, Integer> complete(Map<K, Integer> counts, Class<K> type) {
        EnumMap<K, Integer> complete = new EnumMap<>(type);
        for (K key : type.getEnumConstants()) {
            complete.put(key, counts == null ? 0 : counts.getOrDefault(key, 0));
        }
        return Collections.unmodifiableMap(complete);
    }

    /**
     * Returns the summary of nothing: 0/0 indices, no zone, zero counts.
     *
     * @return the empty summary
     */
    public static ComplianceSummary empty() {
        return EMPTY;
    }

    static ComplianceSummary of(Collection<MeasureResult> measures, Collection<Finding> findings) {
        long met = 0;
        long required = 0;
        long maturity = 0;
        Optional<Zone> zone = Optional.empty();
        EnumMap<MeasureStatus, Integer> statuses = new EnumMap<>(MeasureStatus.class);
        for (MeasureResult measure : measures) {
            statuses.merge(measure.status(), 1, Integer::sum);
            if (measure.status().isRequired()) {
                required++;
                met += measure.status().isMet() ? 1 : 0;
                maturity += measure.countedLevel();
                // As measure.zone(), without its optionals.
                Zone own = Zone.of(measure.gap());
                zone = Optional.of(zone.isEmpty() ? own : zone.get().worst(own));
            }
        }
        EnumMap<FindingGrade, Integer> grades = new EnumMap<>(FindingGrade.class);
        boolean systemMajor = false;
        for (Finding finding : findings) {
            grades.merge(finding.grade(), 1, Integer::sum);
            systemMajor |= finding.measure().isEmpty() && finding.grade() == FindingGrade.MAJOR;
        }
        if (systemMajor && zone.filter(Zone.GREEN::equals).isPresent()) {
            zone = Optional.of(Zone.YELLOW);
        }
        return new ComplianceSummary(Ratio.of(met, required), Ratio.of(maturity, 5 * required), zone, statuses, grades);
    }

    /**
     * Returns the sum of this summary and another: indices and counts added, the worse zone.
     *
     * @param other the other summary, not null
     * @return the sum
     */
    public ComplianceSummary plus(ComplianceSummary other) {
        EnumMap<MeasureStatus, Integer> statusSum = new EnumMap<>(statuses);
        other.statuses.forEach((key, count) -> statusSum.merge(key, count, Integer::sum));
        EnumMap<FindingGrade, Integer> gradeSum = new EnumMap<>(findings);
        other.findings.forEach((key, count) -> gradeSum.merge(key, count, Integer::sum));
        return new ComplianceSummary(compliance.plus(other.compliance), maturity.plus(other.maturity),
                worst(zone, other.zone), statusSum, gradeSum);
    }

    /**
     * Returns the number of measure results with a status.
     *
     * @param status the status, not null
     * @return the count
     */
    public int count(MeasureStatus status) {
        return statuses.get(Objects.requireNonNull(status, "status"));
    }

    /**
     * Returns the number of findings of a grade.
     *
     * @param grade the grade, not null
     * @return the count
     */
    public int count(FindingGrade grade) {
        return findings.get(Objects.requireNonNull(grade, "grade"));
    }

    /**
     * Returns the figures as a sentence.
     *
     * @return e.g. {@code "compliance 12/52, maturity 130/260, zone RED; 3 major, 5 minor, 2 observations"}
     */
    public String describe() {
        return "compliance " + compliance + ", maturity " + maturity + ", zone " + zone.map(Zone::name).orElse("none")
                + "; " + count(FindingGrade.MAJOR) + " major, " + count(FindingGrade.MINOR) + " minor, "
                + count(FindingGrade.OBSERVATION) + " observations";
    }

    private static Optional<Zone> worst(Optional<Zone> a, Optional<Zone> b) {
        if (a.isEmpty()) {
            return b;
        }
        return b.isEmpty() ? a : Optional.of(a.get().worst(b.get()));
    }
}
