// SPDX-License-Identifier: Apache-2.0
package io.github.enslocal.reporting.incidents;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.List;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.Size;

/** The nearest-rank percentile: always an observed time, monotone in the percentile. */
class ResolutionTimesPropertiesTest {

    @Property
    void nearestRank_isAnObservedTimeAndGrowsWithThePercentile(
            @ForAll @Size(min = 1, max = 60) List<@IntRange(min = 0, max = 10_000) Integer> minutes,
            @ForAll @IntRange(min = 1, max = 99) int percent) {
        List<Duration> sorted = minutes.stream().sorted().map(Duration::ofMinutes).toList();

        Duration lower = ResolutionTimes.nearestRank(sorted, percent).orElseThrow();
        Duration higher = ResolutionTimes.nearestRank(sorted, percent + 1).orElseThrow();

        assertThat(sorted).contains(lower);
        assertThat(higher).isGreaterThanOrEqualTo(lower);
        assertThat(ResolutionTimes.nearestRank(sorted, 100)).contains(sorted.get(sorted.size() - 1));
    }

    @Property
    void nearestRank_hasAtLeastThePercentOfTimesAtOrBelowIt(
            @ForAll @Size(min = 1, max = 60) List<@IntRange(min = 0, max = 10_000) Integer> minutes,
            @ForAll @IntRange(min = 1, max = 100) int percent) {
        List<Duration> sorted = minutes.stream().sorted().map(Duration::ofMinutes).toList();

        Duration value = ResolutionTimes.nearestRank(sorted, percent).orElseThrow();

        long atOrBelow = sorted.stream().filter(time -> time.compareTo(value) <= 0).count();
        long below = sorted.stream().filter(time -> time.compareTo(value) < 0).count();
        assertThat(atOrBelow * 100).isGreaterThanOrEqualTo((long) percent * sorted.size());
        assertThat(below * 100).isLessThan((long) percent * sorted.size());
    }
}
