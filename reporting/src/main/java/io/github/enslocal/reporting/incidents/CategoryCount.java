// SPDX-License-Identifier: Apache-2.0
package io.github.enslocal.reporting.incidents;

import io.github.enslocal.core.incident.Incident;
import io.github.enslocal.core.incident.IncidentCategory;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Collection;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * The number of incidents of one category over a period, and its monthly mean. This class is
 * immutable and thread-safe.
 *
 * @param category the category
 * @param count the incidents of the category, one or more
 * @param meanPerMonth {@code count} divided by the months the period touches, two decimals
 *     rounded half up
 */
public record CategoryCount(IncidentCategory category, long count, BigDecimal meanPerMonth) {

    /** The scale of monthly means. */
    static final int MEAN_SCALE = 2;

    /**
     * Creates a category count.
     *
     * @param category the category
     * @param count the count
     * @param meanPerMonth the monthly mean
     * @throws NullPointerException if an argument is null
     */
    public CategoryCount {
        Objects.requireNonNull(category, "category");
        Objects.requireNonNull(meanPerMonth, "meanPerMonth");
    }

    /**
     * Counts incidents by category, leaving out the categories without incidents.
     *
     * @param incidents the incidents
     * @param months the number of months of the period, one or more
     * @return the counts, most frequent first, ties in category declaration order
     * @throws NullPointerException if {@code incidents} is null
     * @throws IllegalArgumentException if {@code months} is less than one
     */
    public static List<CategoryCount> tally(Collection<Incident> incidents, int months) {
        Map<IncidentCategory, Long> counts = new EnumMap<>(IncidentCategory.class);
        incidents.forEach(incident -> counts.merge(incident.category(), 1L, Long::sum));
        return counts.entrySet().stream()
                .map(entry -> new CategoryCount(entry.getKey(), entry.getValue(), mean(entry.getValue(), months)))
                .sorted(Comparator.comparingLong(CategoryCount::count).reversed()
                        .thenComparing(CategoryCount::category))
                .toList();
    }

    /**
     * Returns a count's mean per month.
     *
     * @param count the count
     * @param months the number of months, one or more
     * @return {@code count / months}, two decimals rounded half up
     * @throws IllegalArgumentException if {@code months} is less than one
     */
    public static BigDecimal mean(long count, int months) {
        if (months < 1) {
            throw new IllegalArgumentException("Invalid number of months " + months + ", expected e.g. 12");
        }
        return BigDecimal.valueOf(count).divide(BigDecimal.valueOf(months), MEAN_SCALE, RoundingMode.HALF_UP);
    }
}
