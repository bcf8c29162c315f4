// SPDX-License-Identifier: Apache-2.0
package io.github.enslocal.core.territory;

import java.util.OptionalInt;

/**
 * A band of municipal population, used to group town halls by size, from smallest to largest.
 *
 * <p>Every bound is inclusive: {@link #UP_TO_20_000} holds populations from 5,001 to 20,000, so
 * a municipality of exactly 20,000 inhabitants is in it.
 *
 * <p>The 20,000 boundary matters beyond grouping. The project's design reference names it as the
 * threshold for diputació assistance and for the CCN-STIC 883B profile. The CCN-STIC 883 guide
 * (May 2020), as summarised in this project's sources, writes 883B as for town halls "&lt; 20 000
 * habitantes" and 883C as for those "&gt; 20 000 y &lt; 75 000", and says small towns
 * (&lt; 20 000) may rely on the Diputación. Those sources leave a population of exactly 20,000
 * (and of exactly 75,000) in neither block. The inclusive upper bounds used here follow the
 * design's "≤20,000" and "≤75,000" bands; they are a documented default, not a statement of
 * law. Code that needs a legal threshold should compare the population itself.
 *
 * <p>This enum is immutable and thread-safe.
 */
public enum PopulationBand {
    /** Up to 1,000 inhabitants: 0 to 1,000. */
    UP_TO_1_000(0, 1_000),
    /** Up to 5,000 inhabitants: 1,001 to 5,000. */
    UP_TO_5_000(1_001, 5_000),
    /** Up to 20,000 inhabitants: 5,001 to 20,000. */
    UP_TO_20_000(5_001, 20_000),
    /** Up to 75,000 inhabitants: 20,001 to 75,000. */
    UP_TO_75_000(20_001, 75_000),
    /** More than 75,000 inhabitants: 75,001 and above, with no upper bound. */
    OVER_75_000(75_001, Integer.MAX_VALUE);

    private final int lowerBound;
    private final int upperBound;

    PopulationBand(int lowerBound, int upperBound) {
        this.lowerBound = lowerBound;
        this.upperBound = upperBound;
    }

    /**
     * Obtains the band a population falls in.
     *
     * @param population the number of inhabitants, 0 or more
     * @return the band whose bounds include {@code population}
     * @throws IllegalArgumentException if {@code population} is negative
     */
    public static PopulationBand of(int population) {
        if (population < 0) {
            throw new IllegalArgumentException(
                    "Invalid population " + population + ", expected 0 or more, e.g. 6276");
        }
        for (PopulationBand band : values()) {
            if (population <= band.upperBound) {
                return band;
            }
        }
        throw new AssertionError("The last band is unbounded");
    }

    /**
     * Returns the smallest population in this band, inclusive.
     *
     * @return the lower bound, e.g. {@code 5001} for {@link #UP_TO_20_000}
     */
    public int lowerBound() {
        return lowerBound;
    }

    /**
     * Returns the largest population in this band, inclusive.
     *
     * @return the upper bound, e.g. {@code 20000} for {@link #UP_TO_20_000}, or empty for
     *     {@link #OVER_75_000}, which has none
     */
    public OptionalInt upperBound() {
        return this == OVER_75_000 ? OptionalInt.empty() : OptionalInt.of(upperBound);
    }

    /**
     * Returns whether a population falls in this band.
     *
     * @param population the number of inhabitants
     * @return true if {@code lowerBound() <= population} and the population does not exceed the
     *     upper bound, if any
     */
    public boolean contains(int population) {
        return population >= lowerBound && population <= upperBound;
    }
}
